/**
 * The canvas's side of routing.worker.ts. Keeps what it last sent and sends only what changed;
 * at most one request is in flight, and changes made meanwhile are merged into the next one,
 * so a fast drag never queues up stale scenes behind the one being routed.
 */
import type { BoxTuple, RoutingReply, RoutingRequest, SceneDelta } from './protocol';
import { applyReply, clearRoutes } from './routeStore';

export interface SceneInput {
  boxes: Map<string, BoxTuple>;
  edgesKey: string;
  edges: SceneDelta['edges'];
  captionsKey: string;
  captions: SceneDelta['captions'];
  headersKey: string;
  headers: SceneDelta['headers'];
  titles: SceneDelta['titles'];
}

export class RouteClient {
  /** Made on the first message, so a canvas that never routes never loads the WebAssembly. */
  private worker: Worker | undefined;
  private sent = new Map<string, BoxTuple>();
  private keys = { edges: '', captions: '', headers: '' };
  private pending: SceneDelta | null = null;
  private inFlight = false;
  private seq = 0;
  /** Replies to requests sent before the last reset are dropped. */
  private since = 0;

  constructor(private readonly onError: (message: string) => void) {}

  private start(): Worker {
    const worker = new Worker(new URL('./routing.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RoutingReply>) => {
      const reply = event.data;
      if (reply.type === 'error') this.onError(reply.message);
      else if (reply.seq > this.since) applyReply(reply);
      this.inFlight = false;
      this.flush();
    };
    worker.onerror = (event) => {
      this.inFlight = false;
      this.onError(event.message || 'the routing worker failed');
    };
    return worker;
  }

  /** Sends the boxes, edges and captions that differ from what the worker has. */
  update(scene: SceneInput): void {
    const delta: SceneDelta = this.pending ?? { boxes: [], removedBoxes: [] };
    const boxes = new Map(delta.boxes.map((b) => [b[0], b]));
    const removed = new Set(delta.removedBoxes);
    for (const [id, b] of scene.boxes) {
      const old = this.sent.get(id);
      if (old && old[1] === b[1] && old[2] === b[2] && old[3] === b[3] && old[4] === b[4]) continue;
      this.sent.set(id, b);
      boxes.set(id, b);
      removed.delete(id);
    }
    for (const id of this.sent.keys()) {
      if (scene.boxes.has(id)) continue;
      this.sent.delete(id);
      boxes.delete(id);
      removed.add(id);
    }
    delta.boxes = [...boxes.values()];
    delta.removedBoxes = [...removed];
    if (scene.edgesKey !== this.keys.edges) [this.keys.edges, delta.edges] = [scene.edgesKey, scene.edges];
    if (scene.captionsKey !== this.keys.captions) [this.keys.captions, delta.captions] = [scene.captionsKey, scene.captions];
    if (scene.headersKey !== this.keys.headers) [this.keys.headers, delta.headers, delta.titles] = [scene.headersKey, scene.headers, scene.titles];
    const empty = !delta.boxes.length && !delta.removedBoxes.length && !delta.edges && !delta.captions && !delta.headers;
    this.pending = empty ? null : delta;
    this.flush();
  }

  /** Forgets the design (a new document is loaded). */
  reset(): void {
    this.sent.clear();
    this.keys = { edges: '', captions: '', headers: '' };
    this.pending = null;
    clearRoutes();
    this.since = ++this.seq;
    this.post({ type: 'reset', seq: this.since });
  }

  private flush(): void {
    if (this.inFlight || !this.pending) return;
    const delta = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.post({ type: 'update', seq: ++this.seq, delta });
  }

  private post(req: RoutingRequest): void {
    (this.worker ??= this.start()).postMessage(req);
  }

  dispose(): void {
    this.worker?.terminate();
  }
}
