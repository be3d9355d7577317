/**
 * Seeded random designs with a realistic mix for layout tests and the benchmark: clusters
 * and groups (some nested), a few layers, brokers and gateways fanning out, edges across
 * container borders, notes, isolated nodes.
 */
import type { KindId } from '../catalog/kinds';
import { createEdge, createNode } from '../model/factory';
import { emptyDesign } from '../model/document';
import type { Design, DesignNode } from '../model/schema';

const COMPONENTS: KindId[] = ['microservice', 'database', 'model-server', 'feature-store', 'event-processor', 'message-queue', 'client', 'monitoring', 'stream-processor', 'service'];
const HUBS: KindId[] = ['event-broker', 'api-gateway', 'service-bus'];

/** Mulberry32: small, fast, reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Number of components (containers and notes come on top, about one per 12). */
  components: number;
  seed?: number;
  /** Put a share of the components in ranked layers. */
  layers?: number;
}

export function generateDesign(opts: GenerateOptions): Design {
  const rand = rng(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const d = emptyDesign(`Generated ${opts.components}`);
  const at = { x: 0, y: 0 };
  const containers: string[] = [];
  const layerCount = opts.layers ?? 0;
  for (let i = 0; i < layerCount; i++) {
    d.nodes.push(createNode({ id: `layer${i}`, kind: 'layer', position: at, properties: { rank: layerCount - i } }));
    containers.push(`layer${i}`);
  }
  const groups = Math.max(1, Math.floor(opts.components / 12));
  for (let i = 0; i < groups; i++) {
    const kind: KindId = rand() < 0.6 ? 'cluster' : 'group';
    // A quarter nest inside an earlier container.
    const parent = containers.length && rand() < 0.25 ? pick(containers) : undefined;
    d.nodes.push(createNode({ id: `c${i}`, kind, position: at, ...(parent ? { parent } : {}) }));
    containers.push(`c${i}`);
  }
  const comps: DesignNode[] = [];
  const perContainer = Math.max(1, Math.ceil(opts.components / containers.length));
  for (let i = 0; i < opts.components; i++) {
    const kind = i % 25 === 0 ? pick(HUBS) : pick(COMPONENTS);
    // Neighbouring components usually share a container, as in drawn designs.
    const parent = containers.length && rand() < 0.7 ? containers[Math.floor(i / perContainer) % containers.length] : undefined;
    const n = createNode({ id: `n${i}`, kind, position: at, ...(parent ? { parent } : {}) });
    d.nodes.push(n);
    comps.push(n);
  }
  for (let i = 0; i < Math.max(1, Math.floor(opts.components / 50)); i++) d.nodes.push(createNode({ id: `note${i}`, kind: 'note', position: at }));
  let e = 0;
  comps.forEach((n, i) => {
    // Hubs fan out; others call one or two nodes downstream; a few call anywhere (back and
    // cross edges); some stay isolated.
    const fan = HUBS.includes(n.kind) ? 4 + Math.floor(rand() * 8) : rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 2);
    for (let k = 0; k < fan; k++) {
      const j = rand() < 0.9 ? i + 1 + Math.floor(rand() * 30) : Math.floor(rand() * comps.length);
      const target = comps[j];
      if (!target || target === n) continue;
      d.edges.push(createEdge({ id: `e${e++}`, source: n.id, target: target.id, preset: rand() < 0.5 ? 'request-response' : 'event-stream' }));
    }
  });
  return d;
}
