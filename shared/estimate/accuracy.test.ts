/**
 * The estimator against the simulator (issue 16): within 15 % of the simulated mean on the
 * seed's templates and on sync chains, fan-out and batching; the table is printed. And the
 * property: a component the simulator shows saturated is never estimated below ρ = 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/document';
import { createEdge, createNode } from '../model/factory';
import type { Design } from '../model/schema';
import { simulate } from '../sim/simulate';
import { accuracyRows, accuracyTable, syntheticCases, templateCases } from '../testing/estimate-accuracy';
import { estimate } from './estimate';

const TEMPLATES = join(__dirname, '../../assets/templates');
function template(name: string): Design {
  const r = parseDesign(readFileSync(join(TEMPLATES, `${name}.archway.json`), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.design;
}

describe('estimator vs simulator', () => {
  it('within 15 % of the simulated mean latency on templates, sync chains, fan-out and batching', () => {
    const rows = accuracyRows([...templateCases(template), ...syntheticCases()], 600, 1);
    console.log(`\n${accuracyTable(rows)}\n`);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows) expect(Math.abs(r.error), `${r.case} / ${r.source}`).toBeLessThan(0.15);
  }, 300_000);

  it('never estimates ρ < 1 for a component the simulator shows saturated (random chains with sync calls)', () => {
    const spec = fc.record({
      rate: fc.integer({ min: 5, max: 80 }),
      stations: fc.array(fc.record({ serviceMs: fc.integer({ min: 2, max: 60 }), workers: fc.integer({ min: 1, max: 3 }), sync: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(spec, ({ rate, stations }) => {
        const d: Design = { formatVersion: 1, metadata: { title: 'p', description: '' }, nodes: [], edges: [], requirements: {}, settings: {} };
        d.nodes.push(createNode({ id: 'src', kind: 'client', position: { x: 0, y: 0 }, properties: { rate, serviceTimeMs: 0 } }));
        stations.forEach((s, i) => {
          d.nodes.push(createNode({ id: `s${i}`, kind: 'microservice', position: { x: 0, y: 0 }, properties: { serviceTimeMs: s.serviceMs, workers: s.workers, replicas: 1, queueCapacity: null } }));
          d.edges.push(createEdge({ id: `e${i}`, source: i === 0 ? 'src' : `s${i - 1}`, target: `s${i}`, preset: s.sync ? 'request-response' : 'async-message', properties: { timeoutMs: 0 } }));
        });
        const est = estimate(d);
        const sim = simulate(d, { seconds: 120, seed: 3, traceSamples: 0 });
        for (const n of sim.nodes) {
          // Saturated in the simulator: busy all the time and the queue still growing at the end.
          const q = sim.series.map((p) => p.queues[sim.nodes.indexOf(n)]!);
          const growing = q.length > 10 && q[q.length - 1]! > q[Math.floor(q.length / 2)]! + 20;
          if (n.utilization >= 0.995 && growing) expect(est.nodes.find((x) => x.id === n.id)!.saturated, n.id).toBe(true);
        }
      }),
      { numRuns: 40, seed: 16 },
    );
  }, 300_000);
});
