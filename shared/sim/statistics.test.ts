/**
 * Honest statistics (issue 16): confidence intervals by batch means, the MSER-5 warm-up,
 * completed-only latency with failures counted apart, and the work budget.
 */
import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { halfWidth, lag1, mser5 } from './confidence';
import { simulate } from './simulate';
import { Rng } from './random';

/** M/M/1 with service 20 ms at the given arrival rate (ρ = rate / 50). */
function mm1(rate: number, extra: { queueCapacity?: number | null } = {}) {
  return design()
    .node('src', 'client', { props: { rate, serviceTimeMs: 0 } })
    .node('s', 'microservice', { props: { serviceTimeMs: 20, serviceTimeDist: 'exponential', workers: 1, replicas: 1, queueCapacity: extra.queueCapacity ?? null } })
    .edge('src', 's', 'async-message', { props: { latencyMs: 0 } })
    .build();
}

describe('confidence intervals', () => {
  it('the t interval of known values', () => {
    // Mean 3, sd √2.5, t(0.975, 4) = 2.776.
    expect(halfWidth([1, 2, 3, 4, 5])!).toBeCloseTo((2.7764451 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
    expect(halfWidth([7])).toBeNull();
    expect(lag1([1, 2, 3, 4, 5, 6])).toBeGreaterThan(0.4);
    expect(lag1([1, -1, 1, -1, 1, -1])).toBeLessThan(-0.5);
  });

  it('ρ = 0.9 M/M/1, default 60 s run: the mean latency CI covers 200 ms in most of 20 seeds, and wide ones are flagged', () => {
    const d = mm1(45);
    let covered = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = simulate(d, { seed, traceSamples: 0 });
      const l = r.latency[0]!;
      expect(l.ci.mean).not.toBeNull();
      if (Math.abs(l.mean - 200) <= l.ci.mean!) covered++;
      const wide = l.ci.mean! > 0.1 * l.mean;
      expect(r.unsteady.includes('src: mean latency')).toBe(wide);
      if (wide) expect(r.warnings.some((w) => w.includes('run longer for a steadier figure'))).toBe(true);
      expect(r.warmup.method).toBe('MSER-5');
      expect(r.warmupSeconds).toBeLessThanOrEqual(30);
    }
    expect(covered).toBeGreaterThanOrEqual(14);
  });

  it('a long light run is steady: narrow intervals, no warning, every figure carries one', () => {
    const r = simulate(mm1(20), { seconds: 600, seed: 3, traceSamples: 0 });
    const l = r.latency[0]!;
    expect(Math.abs(l.mean - 1000 / (50 - 20))).toBeLessThan(2 * l.ci.mean!);
    expect(l.ci.mean! / l.mean).toBeLessThan(0.1);
    expect(r.unsteady.filter((u) => u.includes('mean latency'))).toEqual([]);
    const s = r.nodes.find((n) => n.id === 's')!;
    expect(Math.abs(s.throughput - 20)).toBeLessThan(2 * s.ci.throughput!);
    expect(Math.abs(s.utilization - 0.4)).toBeLessThan(2 * s.ci.utilization!);
    expect(r.edges[0]!.ci.throughput).not.toBeNull();
  });
});

describe('warm-up', () => {
  it('MSER-5 cuts a transient and keeps a stationary series', () => {
    const rng = new Rng(5);
    const transient = Array.from({ length: 2000 }, (_, i) => (i < 400 ? 50 * (1 - i / 400) : 0) + rng.normal());
    const cut = mser5(transient);
    expect(cut).toBeGreaterThan(250);
    expect(cut).toBeLessThan(600);
    const flat = Array.from({ length: 2000 }, () => rng.normal());
    expect(mser5(flat)).toBeLessThan(400);
  });

  it('a fixed warm-up is kept and reported as fixed', () => {
    const r = simulate(mm1(20), { seconds: 60, warmupSeconds: 10, seed: 1, traceSamples: 0 });
    expect(r.warmup).toEqual({ method: 'fixed', seconds: 10 });
    expect(r.warmupSeconds).toBe(10);
  });
});

describe('failures are not completions', () => {
  it('dropped messages leave the latency figures and are counted per source and node', () => {
    // ρ = 2 with a queue of 5: most messages are dropped.
    const r = simulate(mm1(100, { queueCapacity: 5 }), { seconds: 60, seed: 2, traceSamples: 0, warmupSeconds: 0 });
    const l = r.latency[0]!;
    const s = r.nodes.find((n) => n.id === 's')!;
    expect(l.failures.dropped).toBe(s.drops);
    expect(l.failed).toBe(l.failures.dropped + l.failures.timedOut + l.failures.errors);
    expect(l.count + l.failed + r.inFlight).toBeGreaterThan(0.99 * 6000 * 0.98);
    // Only completed messages: each waited for up to 5 ahead of it plus its own service, never 0 ms.
    expect(l.count).toBe(s.completed);
    expect(l.p50).toBeGreaterThan(20);
  });
});

describe('work budget', () => {
  it('stops after the event budget with a reason, and figures cover the time simulated', () => {
    const r = simulate(mm1(45), { seconds: 3600, seed: 1, maxEvents: 50_000, traceSamples: 0 });
    expect(r.stopped).toMatch(/work budget of 50,000 events/);
    expect(r.totals.events).toBeLessThan(52_000);
    expect(r.totals.simulatedMs).toBeLessThan(3_600_000);
    expect(r.latency[0]!.count).toBeGreaterThan(0);
  });
});
