/**
 * Rule checking: full check and incremental check after one edit, for generated designs
 * that mix every pattern (DESIGN §7 targets: 5,000 nodes / 10,000 edges under 50 ms full,
 * under 2 ms incremental).
 */
import type { BenchSection } from '../index';
import { ms, table } from '../util';
import { applyEdit, type DesignEdit } from '../../shared/model/edits';
import { createEdge, createNode } from '../../shared/model/factory';
import type { EdgePresetId } from '../../shared/catalog/edges';
import type { KindId } from '../../shared/catalog/kinds';
import type { Design, DesignEdge, DesignNode } from '../../shared/model/schema';
import { emptyDesign } from '../../shared/model/document';
import { checkDesign, createChecker } from '../../shared/rules/index';

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `nodes` nodes and `edges` edges in units of every pattern, plus random links between neighbouring units. */
export function generateDesign(nodes: number, edges: number, seed = 1): Design {
  const rand = rng(seed);
  const d = emptyDesign(`bench ${nodes}`);
  const ns: DesignNode[] = [];
  const es: DesignEdge[] = [];
  let eid = 0;
  const node = (id: string, kind: KindId, parent?: string, props = {}) =>
    ns.push(createNode({ id, kind, label: `${kind} ${id}`, position: { x: Math.round(rand() * 5000), y: Math.round(rand() * 5000) }, properties: props, ...(parent ? { parent } : {}) }));
  const edge = (source: string, target: string, preset: EdgePresetId = 'request-response') => es.push(createEdge({ id: `e${eid++}`, source, target, preset }));
  // Shared structure: four layers, the Lambda containers, a gateway and a registry.
  for (let r = 1; r <= 4; r++) ns.push(createNode({ id: `layer${r}`, kind: 'layer', label: `Layer ${r}`, position: { x: 0, y: r * 400 }, properties: { rank: r } }));
  node('batchL', 'batch-layer');
  node('speedL', 'speed-layer');
  node('servingL', 'serving-layer');
  node('gw', 'api-gateway');
  node('reg', 'service-registry');
  const units: string[][] = [];
  for (let u = 0; ns.length < nodes; u++) {
    const p = `u${u}_`;
    const ids: string[] = [];
    const add = (id: string, kind: KindId, parent?: string, props = {}) => (node(p + id, kind, parent, props), ids.push(p + id));
    switch (u % 5) {
      case 0: // layered (Figure 34.1)
        add('ui', 'client', 'layer1', { rate: 5 });
        add('app', 'service', 'layer2');
        add('ml', 'model-server', 'layer3');
        add('db', 'database', 'layer4');
        edge(p + 'ui', p + 'app');
        edge(p + 'app', p + 'ml');
        edge(p + 'ml', p + 'db', 'poll');
        break;
      case 1: // microservices (Figure 34.3)
        add('m1', 'microservice');
        add('m2', 'microservice');
        add('m3', 'microservice');
        add('db1', 'database');
        add('db2', 'database');
        add('mq', 'message-queue');
        edge('gw', p + 'm1');
        edge('gw', p + 'm2');
        edge(p + 'm1', p + 'db1');
        edge(p + 'm2', p + 'db2');
        edge(p + 'm3', p + 'db2');
        edge(p + 'm1', p + 'mq', 'async-message');
        edge(p + 'mq', p + 'm3', 'async-message');
        for (const m of ['m1', 'm2', 'm3']) edge(p + m, 'reg', 'async-message');
        break;
      case 2: // SOA (Figure 34.2)
        add('bus', 'service-bus');
        for (let i = 0; i < 5; i++) add(`s${i}`, 'service'), edge(p + `s${i}`, p + 'bus');
        break;
      case 3: // event-driven (Figure 34.4)
        add('src', 'event-source', undefined, { rate: 20 });
        add('kafka', 'event-broker');
        add('p1', 'event-processor');
        add('p2', 'event-processor');
        add('store', 'event-store');
        add('note', 'note');
        edge(p + 'src', p + 'kafka', 'event-stream');
        edge(p + 'kafka', p + 'p1', 'event-stream');
        edge(p + 'kafka', p + 'p2', 'event-stream');
        edge(p + 'p1', p + 'store', 'async-message');
        break;
      default: // Lambda (Figure 34.10) and batch
        add('bp', 'batch-processor', 'batchL');
        add('sp', 'stream-processor', 'speedL');
        add('view', 'database', 'servingL');
        add('sched', 'scheduler');
        edge(p + 'sched', p + 'bp', 'scheduled-trigger');
        edge(p + 'bp', p + 'view', 'scheduled-trigger');
        edge(p + 'sp', p + 'view', 'async-message');
    }
    units.push(ids);
  }
  // Links between nearby units until the edge count is reached: writes into stores, sync
  // calls into a leaf microservice, polls of a store (a realistic mix: no endless chains).
  const stores = units.map((ids) => ids.filter((id) => /_(db\d?|store|view)$/.test(id)));
  const leaves = units.map((ids) => ids.filter((id) => id.endsWith('_m3')));
  const callers = units.map((ids) => ids.filter((id) => id.endsWith('_m1')));
  const readers = units.map((ids) => ids.filter((id) => id.endsWith('_ml')));
  // Writers are components that are not stores themselves, so writes never chain.
  const writers = units.map((ids) => ids.filter((id) => !/_(db\d?|store|view|note)$/.test(id)));
  const seen = new Set<string>();
  const near = (u: number) => Math.min(units.length - 1, u + 1 + Math.floor(rand() * 4));
  const pickIn = (list: string[]) => list[Math.floor(rand() * list.length)];
  while (es.length < edges) {
    const u = Math.floor(rand() * units.length);
    const v = near(u);
    const roll = rand();
    const [from, to, preset]: [string[], string[], EdgePresetId] =
      roll < 0.6 ? [writers[u]!, stores[v]!, 'async-message'] : roll < 0.8 ? [callers[u]!, leaves[v]!, 'request-response'] : [readers[u]!, stores[v]!, 'poll'];
    const a = pickIn(from);
    const b = pickIn(to);
    if (!a || !b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    edge(a, b, preset);
  }
  return { ...d, nodes: ns, edges: es, requirements: { latency: 'sub-second', throughput: 5000, team: 'multiple' } };
}

export type EditKind = 'move' | 'relabel' | 'add edge' | 'remove edge' | 'change timing';
const KINDS: EditKind[] = ['move', 'relabel', 'add edge', 'remove edge', 'change timing'];

export function randomEdit(d: Design, kind: EditKind, rand: () => number, n: number): DesignEdit {
  const comps = d.nodes;
  const pick = () => comps[Math.floor(rand() * comps.length)]!;
  switch (kind) {
    case 'move': {
      const node = pick();
      return { type: 'moveNodes', moves: [{ id: node.id, position: { x: node.position.x + 7, y: node.position.y + 3 } }] };
    }
    case 'relabel':
      return { type: 'updateNode', id: pick().id, patch: { label: `renamed ${n}` } };
    case 'add edge': {
      let a = pick();
      let b = pick();
      while (a.kind === 'layer' || a.kind.endsWith('-layer') || a.kind === 'note') a = pick();
      while (b.kind === 'layer' || b.kind.endsWith('-layer') || b.kind === 'note' || b.id === a.id) b = pick();
      return { type: 'addEdges', edges: [createEdge({ id: `bench${n}`, source: a.id, target: b.id, preset: 'request-response' })] };
    }
    case 'remove edge':
      return { type: 'remove', nodeIds: [], edgeIds: [d.edges[Math.floor(rand() * d.edges.length)]!.id] };
    case 'change timing': {
      const e = d.edges[Math.floor(rand() * d.edges.length)]!;
      return { type: 'updateEdge', id: e.id, patch: { timing: e.timing === 'sync' ? 'async' : 'sync' } };
    }
  }
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const median = (xs: number[]) => quantile(xs, 0.5);

/**
 * Wall time and CPU time of one call, in ms. CPU time (this process's user + system time) is
 * shown beside wall time because a shared machine's load inflates wall time.
 */
function measure(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const section: BenchSection = {
  name: 'check',
  async run() {
    const rows: Record<string, string | number>[] = [];
    for (const [nodes, edges] of [[1000, 2000], [5000, 10_000], [20_000, 40_000]] as const) {
      const design = generateDesign(nodes, edges);
      const runs = nodes > 10_000 ? 5 : 11;
      for (let i = 0; i < 2; i++) checkDesign(design);
      const full = Array.from({ length: runs }, () => measure(() => checkDesign(design)));
      const result = checkDesign(design);
      const checker = createChecker();
      let d = design;
      checker.check(d);
      const rand = rng(7);
      const wall: number[] = [];
      const cpu: Record<EditKind, number[]> = { move: [], relabel: [], 'add edge': [], 'remove edge': [], 'change timing': [] };
      // Warm up the incremental path, then measure 40 edits of each kind, interleaved.
      for (let i = 0; i < 300; i++) {
        const kind = KINDS[i % KINDS.length]!;
        d = applyEdit(d, randomEdit(d, kind, rand, i));
        const next = d;
        const m = measure(() => checker.check(next));
        if (i >= 100) wall.push(m.wall), cpu[kind].push(m.cpu);
      }
      rows.push({
        design: `${design.nodes.length.toLocaleString('en')} nodes / ${design.edges.length.toLocaleString('en')} edges`,
        problems: result.problems.length,
        'full (wall)': ms(median(full.map((x) => x.wall))),
        'full (cpu)': ms(median(full.map((x) => x.cpu))),
        'incremental (wall)': ms(median(wall)),
        'incremental (cpu)': ms(median(Object.values(cpu).flat())),
        'p95 (cpu)': ms(quantile(Object.values(cpu).flat(), 0.95)),
        ...Object.fromEntries(KINDS.map((k) => [`${k} (cpu)`, ms(median(cpu[k]))])),
      });
    }
    table(rows);
    console.log('Medians, and the 95th percentile over all edits. Per-kind columns are CPU time of the incremental check. Targets: 5,000 nodes / 10,000 edges: full < 50 ms, incremental < 2 ms');
  },
};

export default section;
