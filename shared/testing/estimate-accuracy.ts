/**
 * The estimator against the simulator: the seed's templates (given load where they have no
 * source) and small designs for sync chains, fan-out and batching. Used by the accuracy test
 * and the bench, which print the table.
 */
import { estimate } from '../estimate/estimate';
import { createEdge, createNode } from '../model/factory';
import type { Design } from '../model/schema';
import { simulate } from '../sim/simulate';


export interface AccuracyCase {
  name: string;
  design: Design;
  rateScale?: number;
}

export interface AccuracyRow {
  case: string;
  source: string;
  estimateMs: number;
  simulatedMs: number;
  /** Half-width of the simulated mean's 95 % confidence interval, ms. */
  simHalfWidthMs: number;
  /** estimate / simulated − 1. */
  error: number;
  messages: number;
}

/** Adds a client sending `rate` messages per second to `target` (templates drawn without a caller). */
export function withClient(d: Design, target: string, rate: number, preset: 'request-response' | 'async-message' = 'request-response'): Design {
  const copy: Design = JSON.parse(JSON.stringify(d)) as Design;
  copy.nodes.push(createNode({ id: 'load', kind: 'client', position: { x: 0, y: -200 }, label: 'Load', properties: { rate } }));
  copy.edges.push(createEdge({ id: 'load-edge', source: 'load', target, preset }));
  return copy;
}

/** The seed's templates with load: as drawn where they have sources, else a client on their entry. */
export function templateCases(template: (name: string) => Design): AccuracyCase[] {
  return [
    { name: 'layered (sync chain)', design: template('layered') },
    { name: 'microservices + 20 msg/s client', design: withClient(template('microservices'), 'AG', 20) },
    { name: 'soa + 20 msg/s client', design: withClient(template('soa'), 'MS1', 20) },
    { name: 'push-model (broker fan-out)', design: template('push-model') },
    { name: 'batch-and-streaming', design: template('batch-and-streaming') },
    { name: 'event-driven at 15 % load', design: template('event-driven'), rateScale: 0.15 },
    { name: 'lambda at 60 % load', design: template('lambda'), rateScale: 0.6 },
  ];
}

/** Small designs the templates do not cover well: a sync chain near saturation, fan-out, batching. */
export function syntheticCases(): AccuracyCase[] {
  const svc = (id: string, serviceTimeMs: number, workers: number) =>
    createNode({ id, kind: 'microservice', position: { x: 0, y: 0 }, label: id, properties: { serviceTimeMs, workers, replicas: 1, queueCapacity: null } });
  const base = (): Design => ({ formatVersion: 1, metadata: { title: 'case', description: '' }, nodes: [], edges: [], requirements: {}, settings: {} });
  const chain = base();
  chain.nodes.push(createNode({ id: 'C', kind: 'client', position: { x: 0, y: 0 }, label: 'C', properties: { rate: 30 } }), svc('A', 10, 2), svc('B', 25, 2), svc('D', 15, 2));
  chain.edges.push(
    createEdge({ id: 'c1', source: 'C', target: 'A', preset: 'request-response' }),
    createEdge({ id: 'c2', source: 'A', target: 'B', preset: 'request-response' }),
    createEdge({ id: 'c3', source: 'B', target: 'D', preset: 'request-response' }),
  );
  const fan = base();
  fan.nodes.push(
    createNode({ id: 'S', kind: 'event-source', position: { x: 0, y: 0 }, label: 'S', properties: { rate: 40 } }),
    createNode({ id: 'K', kind: 'event-broker', position: { x: 0, y: 0 }, label: 'K', properties: {} }),
    svc('P1', 15, 1),
    svc('P2', 10, 1),
    svc('P3', 20, 1),
  );
  fan.edges.push(createEdge({ id: 'f0', source: 'S', target: 'K', preset: 'event-stream' }));
  for (const p of ['P1', 'P2', 'P3']) fan.edges.push(createEdge({ id: `f-${p}`, source: 'K', target: p, preset: 'event-stream' }));
  const batch = base();
  batch.nodes.push(
    createNode({ id: 'S', kind: 'event-source', position: { x: 0, y: 0 }, label: 'S', properties: { rate: 50 } }),
    svc('P', 10, 1),
    createNode({ id: 'J', kind: 'batch-processor', position: { x: 0, y: 0 }, label: 'J', properties: { serviceTimeMs: 500, workers: 1, replicas: 1, queueCapacity: null } }),
  );
  batch.edges.push(
    createEdge({ id: 'b1', source: 'S', target: 'P', preset: 'event-stream' }),
    createEdge({ id: 'b2', source: 'P', target: 'J', preset: 'scheduled-trigger', properties: { batchSize: 50, batchIntervalMs: 5000 } }),
  );
  return [
    { name: 'sync chain C→A→B→D', design: chain },
    { name: 'fan-out via a broker', design: fan },
    { name: 'batching (50 per job)', design: batch },
  ];
}

/** Estimates and simulates each case; sources with fewer than 500 finished messages are left out. */
export function accuracyRows(cases: readonly AccuracyCase[], seconds = 600, seed = 1): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const c of cases) {
    const opts = c.rateScale === undefined ? {} : { rateScale: c.rateScale };
    const est = estimate(c.design, opts);
    const sim = simulate(c.design, { ...opts, seconds, seed, traceSamples: 0 });
    for (const s of est.sources) {
      const l = sim.latency.find((x) => x.id === s.id);
      if (!l || l.count < 500) continue;
      rows.push({ case: c.name, source: s.id, estimateMs: s.meanMs, simulatedMs: l.mean, simHalfWidthMs: l.ci.mean ?? NaN, error: s.meanMs / l.mean - 1, messages: l.count });
    }
  }
  return rows;
}

export function accuracyTable(rows: readonly AccuracyRow[]): string {
  const head = 'case                                 source   estimate ms   simulated ms (95% CI)    error';
  const lines = rows.map(
    (r) =>
      `${r.case.padEnd(36)} ${r.source.padEnd(8)} ${r.estimateMs.toFixed(1).padStart(11)}   ${r.simulatedMs.toFixed(1).padStart(10)} ± ${(Number.isFinite(r.simHalfWidthMs) ? r.simHalfWidthMs.toFixed(1) : '?').padEnd(8)} ${(r.error * 100).toFixed(1).padStart(6)} %`,
  );
  return [head, ...lines].join('\n');
}
