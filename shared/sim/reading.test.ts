/** What the app reads from a run: snapshots, traces, the load sweep and CSV. */
import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { resultToCsv } from './csv';
import { createSimulation, simulate } from './simulate';
import { loadSweep } from './sweep';

const syncChain = () =>
  design()
    .node('ui', 'client', { props: { rate: 50 } })
    .node('gw', 'api-gateway')
    .node('ml', 'model-server', { props: { workers: 2 } })
    .node('db', 'feature-store')
    .node('q', 'message-queue')
    .edge('ui', 'gw', 'request-response', { props: { latencyMs: 20 } })
    .edge('gw', 'ml', 'request-response', { props: { latencyMs: 20 } })
    .edge('ml', 'db', 'request-response', { props: { latencyMs: 20 } })
    .edge('ml', 'q', 'async-message', { props: { latencyMs: 20 } })
    .build();

describe('snapshot', () => {
  it('reports per-node state and samples in-flight messages on edges', () => {
    const sim = createSimulation(syncChain(), { seconds: 30, seed: 1 });
    sim.runUntil(5000);
    const snap = sim.snapshot(50);
    expect(snap.atMs).toBe(5000);
    expect(snap.nodes.map((n) => n.id)).toEqual(['ui', 'gw', 'ml', 'db', 'q']);
    const ml = snap.nodes.find((n) => n.id === 'ml')!;
    // 50/s × 30 ms on 2 servers, plus the time they hold a server waiting for db.
    expect(ml.utilization).toBeGreaterThan(0.6);
    expect(ml.servers).toBe(2);
    expect(snap.inFlight.length).toBeGreaterThan(0);
    expect(snap.inFlight.length).toBeLessThanOrEqual(50);
    for (const m of snap.inFlight) {
      expect(['e1', 'e2', 'e3', 'e4']).toContain(m.edgeId);
      expect(m.progress).toBeGreaterThanOrEqual(0);
      expect(m.progress).toBeLessThanOrEqual(1);
    }
    expect(snap.inFlight.some((m) => m.reverse)).toBe(true);
    expect(snap.edges.find((e) => e.id === 'e1')!.rate).toBeGreaterThan(35);
  });

  it('marks a failed node and an overloaded one', () => {
    const sim = createSimulation(syncChain(), { seconds: 30, faults: [{ atMs: 1000, kind: 'fail', target: 'db' }, { atMs: 1000, kind: 'slow', target: 'gw', factor: 200 }] });
    sim.runUntil(6000);
    sim.snapshot();
    sim.runUntil(8000);
    const snap = sim.snapshot(); // utilization over the window 6–8 s
    expect(snap.nodes.find((n) => n.id === 'db')!.failed).toBe(true);
    expect(snap.nodes.find((n) => n.id === 'gw')!.overloaded).toBe(true);
    expect(snap.nodes.find((n) => n.id === 'q')!.overloaded).toBe(false);
  });
});

describe('traces', () => {
  it('records ordered hops of sampled messages: calls, replies and sends', () => {
    const r = simulate(syncChain(), { seconds: 20, seed: 2, traceSamples: 4 });
    expect(r.traces).toHaveLength(4);
    const t = r.traces[0]!;
    expect(t.source).toBe('ui');
    expect(t.hops.map((h) => `${h.kind} ${h.from}>${h.to}`)).toEqual([
      'call ui>gw',
      'call gw>ml',
      'call ml>db',
      'send ml>q',
      'reply db>ml',
      'reply ml>gw',
      'reply gw>ui',
    ]);
    const times = t.hops.map((h) => h.atMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(t.finishedAtMs! - t.emittedAtMs).toBeGreaterThanOrEqual(6 * 20);
  });

  it('records polls', () => {
    const d = design()
      .node('src', 'event-source', { props: { rate: 20 } })
      .node('bus', 'event-broker')
      .node('c', 'event-processor')
      .edge('src', 'bus', 'event-stream')
      .edge('c', 'bus', 'poll', { props: { pollIntervalMs: 100 } })
      .build();
    const r = simulate(d, { seconds: 10, traceSamples: 1 });
    expect(r.traces[0]!.hops.map((h) => `${h.kind} ${h.from}>${h.to}`)).toEqual(['send src>bus', 'poll c>bus']);
  });
});

describe('load sweep', () => {
  it('latency and drops rise with load past saturation', () => {
    const d = design()
      .node('ui', 'client', { props: { rate: 100 } })
      .node('s', 'microservice', { props: { serviceTimeMs: 10, workers: 1, queueCapacity: 50 } })
      .edge('ui', 's', 'async-message')
      .build();
    const points = loadSweep(d, { scales: [0.2, 0.6, 1.4], seconds: 30, seed: 1 });
    expect(points.map((p) => p.scale)).toEqual([0.2, 0.6, 1.4]);
    expect(points[0]!.p95).toBeLessThan(points[1]!.p95);
    expect(points[1]!.p95).toBeLessThan(points[2]!.p95);
    expect(points[0]!.drops).toBe(0);
    expect(points[2]!.drops).toBeGreaterThan(500);
    expect(points[2]!.maxUtilization).toBeGreaterThan(0.95);
  });
});

describe('CSV', () => {
  it('writes one row per node and neutralises formulas and quotes in labels', () => {
    const d = design()
      .node('ui', 'client', { label: '=HYPERLINK("x")', props: { rate: 5 } })
      .node('s', 'microservice', { label: 'a, "b"\nc' })
      .edge('ui', 's')
      .build();
    const r = simulate(d, { seconds: 5 });
    const lines = resultToCsv(r).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('id,label,kind,utilization')).toBe(true);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(resultToCsv(r)).toContain('"a, ""b""\nc"');
    expect(resultToCsv(r, 'latency').split('\r\n')[1]!.startsWith('ui,')).toBe(true);
    expect(resultToCsv(r, 'series').trimEnd().split('\r\n')).toHaveLength(1 + r.series.length);
  });
});
