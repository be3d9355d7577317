/**
 * The estimator where queueing theory is exact: M/M/1, M/M/c (Erlang C), a Jackson tandem,
 * M/D/1 (Pollaczek–Khinchine) — within 1 %. Time unit: ms.
 */
import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { erlangC } from './queueing';
import { estimate } from './estimate';

function tandem(ratePerS: number, stations: { serviceMs: number; servers: number; dist?: 'exponential' | 'constant' }[]) {
  const b = design().node('src', 'client', { props: { rate: ratePerS, serviceTimeMs: 0 } });
  let prev = 'src';
  stations.forEach((s, i) => {
    const id = `s${i + 1}`;
    b.node(id, 'microservice', { props: { serviceTimeMs: s.serviceMs, serviceTimeDist: s.dist ?? 'exponential', workers: s.servers, replicas: 1, queueCapacity: null } });
    b.edge(prev, id, 'async-message', { props: { latencyMs: 0 } });
    prev = id;
  });
  return b.build();
}

const relErr = (got: number, want: number): number => Math.abs(got / want - 1);

/** Erlang C by the textbook sum, independent of the recursion under test. */
function mmcResponse(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const tail = (term * a) / c / (1 - a / c);
  return 1 / mu + tail / (sum + tail) / (c * mu - lambda);
}

describe('estimator vs theory', () => {
  it('Erlang C matches the textbook sum', () => {
    for (const [c, a] of [[1, 0.5], [4, 3.4], [16, 12], [50, 49]] as const) {
      let sum = 0;
      let term = 1;
      for (let k = 0; k < c; k++) {
        if (k > 0) term *= a / k;
        sum += term;
      }
      const tail = (term * a) / c / (1 - a / c);
      expect(relErr(erlangC(c, a), tail / (sum + tail))).toBeLessThan(1e-9);
    }
  });

  it.each([0.5, 0.8, 0.9, 0.95])('M/M/1 at ρ = %s: mean, p99 and utilization within 1 %', (rho) => {
    const e = estimate(tandem(rho * 10, [{ serviceMs: 100, servers: 1 }]));
    const want = 100 / (1 - rho);
    expect(relErr(e.sources[0]!.meanMs, want)).toBeLessThan(0.01);
    // The M/M/1 response time is exponential: p99 = mean × ln 100.
    expect(relErr(e.sources[0]!.p99Ms, want * Math.log(100))).toBeLessThan(0.01);
    expect(relErr(e.nodes[1]!.utilization, rho)).toBeLessThan(0.01);
  });

  it('M/M/c, c = 4 at ρ = 0.85: within 1 % of Erlang C', () => {
    const e = estimate(tandem(34, [{ serviceMs: 100, servers: 4 }]));
    expect(relErr(e.nodes[1]!.responseMs, mmcResponse(0.034, 0.01, 4))).toBeLessThan(0.01);
  });

  it('Jackson tandem of three M/M/1 stations: each station and the sum within 1 %', () => {
    const lambda = 0.5; // per ms
    const services = [1, 1.4, 1.6];
    const e = estimate(tandem(lambda * 1000, services.map((s) => ({ serviceMs: s, servers: 1 }))));
    services.forEach((s, i) => expect(relErr(e.nodes[i + 1]!.responseMs, 1 / (1 / s - lambda))).toBeLessThan(0.01));
    const total = services.reduce((acc, s) => acc + 1 / (1 / s - lambda), 0);
    expect(relErr(e.sources[0]!.meanMs, total)).toBeLessThan(0.01);
  });

  it('M/D/1 at ρ = 0.8: Pollaczek–Khinchine within 1 %', () => {
    const e = estimate(tandem(8, [{ serviceMs: 100, servers: 1, dist: 'constant' }]));
    const want = 100 + (0.8 * 100) / (2 * (1 - 0.8));
    expect(relErr(e.nodes[1]!.responseMs, want)).toBeLessThan(0.01);
  });

  it('names a saturated component and the load at which it saturates', () => {
    const e = estimate(tandem(12, [{ serviceMs: 50, servers: 1 }, { serviceMs: 100, servers: 1 }]));
    expect(e.saturated).toEqual(['s2']);
    const s2 = e.nodes.find((n) => n.id === 's2')!;
    expect(s2.utilization).toBeCloseTo(1.2, 9);
    expect(s2.saturatesAtScale).toBeCloseTo(1 / 1.2, 9);
    expect(e.sources[0]!.meanMs).toBe(Infinity);
    expect(e.sources[0]!.bottleneck).toBe('s2');
  });
});

describe('one rate model', () => {
  it('a sync caller held by a slow callee saturates first; the callee sees only what the caller passes on', () => {
    // A: 1 server, 10 ms; B: 1 server, 60 ms; 15 msg/s offered. A holds its server for
    // 10 + 2 + R_B, so A saturates and B sees A's capacity, below its own.
    const d = design()
      .node('C', 'client', { props: { rate: 15, serviceTimeMs: 0 } })
      .node('A', 'microservice', { props: { serviceTimeMs: 10, workers: 1, replicas: 1, queueCapacity: null } })
      .node('B', 'microservice', { props: { serviceTimeMs: 60, workers: 1, replicas: 1, queueCapacity: null } })
      .edge('C', 'A', 'async-message')
      .edge('A', 'B', 'request-response')
      .build();
    const e = estimate(d);
    const a = e.nodes.find((n) => n.id === 'A')!;
    const b = e.nodes.find((n) => n.id === 'B')!;
    expect(a.saturated).toBe(true);
    expect(b.saturated).toBe(false);
    expect(b.offeredRate).toBeLessThan(15);
    expect(b.offeredRate).toBeCloseTo(a.capacity, 2);
    expect(e.saturated[0]).toBe('A');
  });

  it('a batch edge delivering one job per 100 messages counts one job', () => {
    const d = design()
      .node('S', 'event-source', { props: { rate: 200, serviceTimeMs: 0 } })
      .node('J', 'training-job', { props: { serviceTimeMs: 100, workers: 1, replicas: 1, queueCapacity: null } })
      .edge('S', 'J', 'scheduled-trigger', { props: { batchSize: 100, batchIntervalMs: 60_000 } })
      .build();
    const j = estimate(d).nodes.find((n) => n.id === 'J')!;
    expect(j.offeredRate).toBeCloseTo(2, 9);
    expect(j.utilization).toBeCloseTo(0.2, 9);
  });
});
