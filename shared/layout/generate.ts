/**
 * Seeded random designs with a realistic mix for layout tests and the benchmark. Drawn
 * architectures are wide rather than deep: components sit in about ten tiers (clients,
 * gateways, services, stores...) and mostly call the next tier down. Containers (clusters
 * and groups, some nested once, and optional ranked layers) hold neighbouring tiers; hubs
 * fan out. Edges leaving a container mostly reach shared infrastructure (brokers, stores,
 * monitoring), some reach the next tier anywhere, one in twenty goes anywhere at all (back
 * and cross edges); there are notes and isolated nodes.
 */
import type { KindId } from '../catalog/kinds';
import { createEdge, createNode } from '../model/factory';
import { emptyDesign } from '../model/document';
import type { Design, DesignNode } from '../model/schema';

const COMPONENTS: KindId[] = ['microservice', 'database', 'model-server', 'feature-store', 'event-processor', 'message-queue', 'client', 'monitoring', 'stream-processor', 'service'];
const HUBS: KindId[] = ['event-broker', 'api-gateway', 'service-bus'];
const TIERS = 10;

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
  /** Number of components (containers and notes come on top, about one per 11). */
  components: number;
  seed?: number;
  /** Ranked layers; each holds a band of tiers. */
  layers?: number;
}

export function generateDesign(opts: GenerateOptions): Design {
  const rand = rng(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const d = emptyDesign(`Generated ${opts.components}`);
  const at = { x: 0, y: 0 };
  const layerCount = opts.layers ?? 0;
  /** Container id → the tiers it holds. */
  const holds = new Map<string, number[]>();
  for (let i = 0; i < layerCount; i++) {
    d.nodes.push(createNode({ id: `layer${i}`, kind: 'layer', position: at, properties: { rank: i + 1 } }));
  }
  const groups = Math.max(1, Math.floor(opts.components / 12));
  const topLevel: string[] = [];
  for (let i = 0; i < groups; i++) {
    const id = `c${i}`;
    const base = Math.floor(rand() * (TIERS - 2));
    // A quarter nest once inside a top-level container; with layers, most sit in one.
    const outer = topLevel.length && rand() < 0.25 ? pick(topLevel) : undefined;
    const layer = !outer && layerCount && rand() < 0.8 ? `layer${Math.min(layerCount - 1, Math.floor((base / TIERS) * layerCount))}` : undefined;
    const parent = outer ?? layer;
    d.nodes.push(createNode({ id, kind: rand() < 0.6 ? 'cluster' : 'group', position: at, ...(parent ? { parent } : {}) }));
    if (!outer) topLevel.push(id);
    holds.set(id, [base, base + 1, base + 2]);
  }
  const containers = [...holds.keys()];
  const byTier: DesignNode[][] = Array.from({ length: TIERS }, () => []);
  const byPlace = new Map<string, DesignNode[]>();
  const comps: { node: DesignNode; tier: number; place: string }[] = [];
  for (let i = 0; i < opts.components; i++) {
    const container = rand() < 0.7 ? pick(containers) : undefined;
    const tier = container ? pick(holds.get(container)!) : Math.floor(rand() * TIERS);
    // Outside containers, components of a layered design sit in their tier's layer.
    const parent = container ?? (layerCount ? `layer${Math.min(layerCount - 1, Math.floor((tier / TIERS) * layerCount))}` : undefined);
    const node = createNode({ id: `n${i}`, kind: i % 25 === 0 ? pick(HUBS) : pick(COMPONENTS), position: at, ...(parent ? { parent } : {}) });
    d.nodes.push(node);
    const place = `${container ?? ''}/${tier}`;
    comps.push({ node, tier, place });
    byTier[tier]!.push(node);
    byPlace.set(place, [...(byPlace.get(place) ?? []), node]);
  }
  for (let i = 0; i < Math.max(1, Math.floor(opts.components / 50)); i++) d.nodes.push(createNode({ id: `note${i}`, kind: 'note', position: at }));
  // Shared infrastructure at the top level: most edges leaving a container go to one of these.
  const shared = comps.filter((c) => !c.place.startsWith('c') && (HUBS.includes(c.node.kind) || c.node.kind === 'monitoring' || c.node.kind === 'database'));
  let e = 0;
  for (const { node, tier, place } of comps) {
    const hub = HUBS.includes(node.kind);
    const fan = hub ? 4 + Math.floor(rand() * 8) : rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 2);
    for (let k = 0; k < fan; k++) {
      const r = rand();
      const local = byPlace.get(`${place.split('/')[0]}/${tier + 1}`);
      const target =
        r < 0.55 && local?.length ? pick(local)
        : r < 0.75 && shared.length ? pick(shared).node
        : r < 0.9 && byTier[tier + 1]?.length ? pick(byTier[tier + 1]!)
        : r < 0.95 && byTier[tier + 2]?.length ? pick(byTier[tier + 2]!)
        : pick(comps).node;
      if (target === node) continue;
      d.edges.push(createEdge({ id: `e${e++}`, source: node.id, target: target.id, preset: rand() < 0.5 ? 'request-response' : 'event-stream' }));
    }
  }
  return d;
}
