/**
 * The edge router off the UI thread: loads libavoid-js (WebAssembly, served by Vite as an
 * asset; the CSP allows it with 'wasm-unsafe-eval') and keeps one shared EdgeRouter for the
 * open design, fed with what changed (protocol.ts). Captions are placed here too, since
 * their places depend on every route.
 */
import { AvoidLib } from 'libavoid-js';
// The package's exports map hides dist/, so the asset is imported by path.
import wasmUrl from '../../../node_modules/libavoid-js/dist/libavoid.wasm?url';
import { EdgeRouter, placeLabels, type AvoidApi, type Box, type LabelBox, type LabelRequest, type RoutedEdgeRef } from '../../../shared/routing';
import type { RoutingReply, RoutingRequest, SceneDelta } from './protocol';

const post = (msg: RoutingReply) => (self as unknown as Worker).postMessage(msg);

let avoid: Promise<AvoidApi> | undefined;
const load = (): Promise<AvoidApi> =>
  (avoid ??= AvoidLib.load(wasmUrl).then(() => AvoidLib.getInstance() as unknown as AvoidApi));

let router: EdgeRouter | undefined;
let boxes = new Map<string, Box>();
let edges: RoutedEdgeRef[] = [];
let captions = new Map<string, { width: number; height: number }>();
let headers: Box[] = [];
let titles = new Map<string, Box>();
let labels = new Map<string, LabelBox>();

function apply(delta: SceneDelta): void {
  // A new Map each time: the router compares the scene it gets with the one it kept.
  boxes = new Map(boxes);
  for (const id of delta.removedBoxes) boxes.delete(id);
  for (const [id, x, y, width, height] of delta.boxes) boxes.set(id, { x, y, width, height });
  if (delta.edges) edges = delta.edges.map(([id, source, target]) => ({ id, source, target }));
  if (delta.captions) captions = new Map(delta.captions.map(([id, width, height]) => [id, { width, height }]));
  if (delta.headers) headers = delta.headers.map(([x, y, width, height]) => ({ x, y, width, height }));
  if (delta.titles) titles = new Map(delta.titles.map(([key, x, y, width, height]) => [key, { x, y, width, height }]));
}

const sameLabel = (a: LabelBox | undefined, b: LabelBox): boolean => !!a && a.cx === b.cx && a.cy === b.cy && a.width === b.width && a.height === b.height;

async function handle(req: RoutingRequest): Promise<void> {
  const api = await load();
  const t0 = performance.now();
  if (req.type === 'reset') {
    router?.dispose();
    router = undefined;
    boxes = new Map();
    edges = [];
    captions = new Map();
    headers = [];
    titles = new Map();
    labels = new Map();
    return;
  }
  apply(req.delta);
  router ??= new EdgeRouter(api);
  const wanted = edges.filter((e) => e.source !== e.target && boxes.has(e.source) && boxes.has(e.target));
  const { changed, removed } = router.update({ boxes, edges: wanted, headers: titles });
  const all = router.all();
  const requests: LabelRequest[] = [];
  for (const e of wanted) {
    const size = captions.get(e.id);
    const route = all.get(e.id);
    if (size && route) requests.push({ id: e.id, route, ...size });
  }
  const placed = placeLabels(requests, boxes, headers);
  const labelOut: [string, number, number, number, number][] = [];
  for (const [id, b] of placed) if (!sameLabel(labels.get(id), b)) labelOut.push([id, b.cx, b.cy, b.width, b.height]);
  labels = placed;
  post({
    type: 'routes',
    seq: req.seq,
    changed: [...changed].map(([id, r]) => [id, ...r.flatMap((p) => [p.x, p.y])] as [string, ...number[]]),
    removed,
    labels: labelOut,
    ms: performance.now() - t0,
  });
}

// One request at a time, in order: the router's state is the sum of the deltas.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<RoutingRequest>) => {
  const req = event.data;
  queue = queue.then(() => handle(req)).catch((err: unknown) => post({ type: 'error', seq: req.seq, message: err instanceof Error ? err.message : String(err) }));
};
