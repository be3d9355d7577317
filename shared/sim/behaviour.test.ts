/** The seed's trade-offs, visible in numbers: sync cascades, async absorbs, retries storm, pull waits. */
import { describe, expect, it } from 'vitest';
import type { EdgePresetId } from '../catalog/edges';
import { design } from '../testing/builder';
import { simulate } from './simulate';
import type { SimResult } from './types';

const node = (r: SimResult, id: string) => r.nodes.find((n) => n.id === id)!;
const service = (serviceTimeMs: number, workers = 4, queueCapacity: number | null = 1000) => ({
  props: { serviceTimeMs, workers, replicas: 1, queueCapacity, serviceTimeDist: 'exponential' as const },
});

/** client → a → b → c, all edges of one preset. */
function chain(preset: EdgePresetId) {
  return design()
    .node('client', 'client', { props: { rate: 100 } })
    .node('a', 'microservice', service(5))
    .node('b', 'microservice', service(5))
    .node('c', 'microservice', service(5))
    .edge('client', 'a', preset)
    .edge('a', 'b', preset)
    .edge('b', 'c', preset)
    .build();
}

describe('sync chain versus async chain when the last service slows down', () => {
  // c can serve 800/s; slowed 20× it serves 40/s against 100/s offered.
  const opts = { seconds: 60, seed: 2, faults: [{ atMs: 10_000, kind: 'slow' as const, target: 'c', factor: 20 }] };

  it('sync: the slowdown cascades upstream (queues fill, callers time out)', () => {
    const r = simulate(chain('request-response'), opts);
    const healthy = simulate(chain('request-response'), { ...opts, faults: [] });
    // The first hop's queue fills; behind it every server is held waiting for a reply.
    expect(node(r, 'a').maxQueue).toBeGreaterThan(500);
    expect(node(r, 'a').drops).toBeGreaterThan(100);
    expect(node(r, 'b').utilization).toBeGreaterThan(2.5 * node(healthy, 'b').utilization);
    expect(node(r, 'client').timeouts).toBeGreaterThan(100);
    expect(node(r, 'a').meanResponseMs).toBeGreaterThan(50 * node(healthy, 'a').meanResponseMs);
    expect(r.latency[0]!.p95).toBeGreaterThan(20 * healthy.latency[0]!.p95);
    expect(node(healthy, 'client').timeouts).toBe(0);
  });

  it('async: the slow service queues up while its callers stay fast and keep accepting', () => {
    const r = simulate(chain('async-message'), opts);
    expect(node(r, 'c').maxQueue).toBeGreaterThan(500);
    for (const id of ['a', 'b']) {
      expect(node(r, id).maxQueue).toBeLessThan(50);
      expect(node(r, id).meanResponseMs).toBeLessThan(15);
      expect(node(r, id).drops).toBe(0);
    }
    expect(node(r, 'client').timeouts).toBe(0);
    // a accepted everything the client sent: about 100 per second.
    expect(node(r, 'a').throughput).toBeGreaterThan(90);
    expect(node(r, 'a').throughput).toBeLessThan(110);
  });
});

describe('retries', () => {
  // s serves 100/s; 90/s offered gives a mean time in system of 100 ms, so a 150 ms timeout
  // expires for about a fifth of requests. Each retry adds load the server cannot take.
  const build = (retries: number) =>
    design()
      .node('client', 'client', { props: { rate: 90 } })
      .node('s', 'microservice', service(10, 1, 500))
      .edge('client', 's', 'request-response', { props: { timeoutMs: 150, retries } })
      .build();

  it('a retry storm makes an overload worse', () => {
    const calm = simulate(build(0), { seconds: 120, seed: 4 });
    const storm = simulate(build(3), { seconds: 120, seed: 4 });
    const failedShare = (r: SimResult) => r.latency[0]!.failed / r.latency[0]!.count;
    expect(node(storm, 'client').retries).toBeGreaterThan(1000);
    expect(storm.edges[0]!.sent).toBeGreaterThan(1.5 * calm.edges[0]!.sent);
    expect(node(storm, 's').meanQueue).toBeGreaterThan(3 * node(calm, 's').meanQueue);
    expect(failedShare(storm)).toBeGreaterThan(2 * failedShare(calm));
    expect(node(calm, 'client').retries).toBe(0);
  });
});

describe('pull', () => {
  const build = (preset: EdgePresetId, pollIntervalMs: number) =>
    design()
      .node('src', 'event-source', { props: { rate: 200, serviceTimeMs: 0 } })
      .node('q', 'message-queue', { props: { serviceTimeMs: 0, queueCapacity: null } })
      .node('consumer', 'microservice', { props: { serviceTimeMs: 0, workers: 1, queueCapacity: null } })
      .edge('src', 'q', 'async-message', { props: { latencyMs: 0 } })
      // A pull edge points from the consumer to the source it polls.
      .edge(preset === 'poll' ? 'consumer' : 'q', preset === 'poll' ? 'q' : 'consumer', preset, { props: { latencyMs: 0, pollIntervalMs, batchSize: 100_000 } })
      .build();

  it.each([200, 1000])('a pull edge with interval %s ms adds half the interval of mean wait', (T) => {
    const push = simulate(build('async-message', T), { seconds: 200, seed: 8, warmupSeconds: 0 });
    const pull = simulate(build('poll', T), { seconds: 200, seed: 8, warmupSeconds: 0 });
    expect(push.overall.mean).toBeLessThan(0.001);
    expect(Math.abs(pull.overall.mean - push.overall.mean - T / 2) / (T / 2)).toBeLessThan(0.03);
    expect(pull.overall.p99).toBeLessThanOrEqual(T);
    expect(node(pull, 'consumer').completed).toBeGreaterThan(0.99 * node(push, 'consumer').completed);
  });
});

describe('fan-out and hand-off', () => {
  const build = (hub: 'event-broker' | 'message-queue') => {
    const b = design()
      .node('src', 'event-source', { props: { rate: 100, arrival: 'constant' } })
      .node('hub', hub)
      .edge('src', 'hub', 'event-stream');
    for (const id of ['x', 'y', 'z']) b.node(id, 'event-processor').edge('hub', id, 'event-stream');
    return b.build();
  };

  it('a broker gives every subscriber every message; a queue gives each message to one consumer', () => {
    const broker = simulate(build('event-broker'), { seconds: 10, seed: 1 });
    const queue = simulate(build('message-queue'), { seconds: 10, seed: 1 });
    const hubIn = node(broker, 'hub').completed;
    expect(hubIn).toBeGreaterThanOrEqual(995);
    for (const id of ['x', 'y', 'z']) {
      expect(Math.abs(node(broker, id).completed - hubIn)).toBeLessThanOrEqual(2);
      expect(Math.abs(node(queue, id).completed - node(queue, 'hub').completed / 3)).toBeLessThanOrEqual(2);
    }
    const consumed = ['x', 'y', 'z'].reduce((s, id) => s + node(queue, id).completed, 0);
    expect(Math.abs(consumed - node(queue, 'hub').completed)).toBeLessThanOrEqual(3);
  });

  it('weighted routing splits by weight', () => {
    const d = design()
      .node('src', 'client', { props: { rate: 100, routing: 'weighted' } })
      .node('a', 'microservice')
      .node('b', 'microservice')
      .edge('src', 'a', 'async-message', { props: { weight: 3 } })
      .edge('src', 'b', 'async-message', { props: { weight: 1 } })
      .build();
    const r = simulate(d, { seconds: 60, seed: 3 });
    expect(node(r, 'a').completed / (node(r, 'a').completed + node(r, 'b').completed)).toBeCloseTo(0.75, 1);
  });
});

describe('batch processing', () => {
  it('a batch edge runs one job per batchSize messages, and the wait shows in latency', () => {
    const build = (preset: EdgePresetId) =>
      design()
        .node('src', 'event-source', { props: { rate: 100, arrival: 'constant' } })
        .node('job', 'batch-processor', { props: { serviceTimeMs: 5, workers: 1 } })
        .edge('src', 'job', preset, { attrs: { processing: preset === 'async-message' ? 'stream' : 'batch', timing: 'async', delivery: 'push' }, props: { batchSize: 50, batchIntervalMs: 60_000 } })
        .build();
    const batch = simulate(build('scheduled-trigger'), { seconds: 30, seed: 1, warmupSeconds: 0 });
    const stream = simulate(build('async-message'), { seconds: 30, seed: 1, warmupSeconds: 0 });
    expect(node(batch, 'job').completed).toBeGreaterThanOrEqual(59);
    expect(node(batch, 'job').completed).toBeLessThanOrEqual(60);
    // A message waits on average for half a batch to fill: 25 × 10 ms.
    expect(batch.overall.mean).toBeGreaterThan(200);
    expect(stream.overall.mean).toBeLessThan(100);
  });

  it('a scheduler fires its batch job every batchIntervalMs', () => {
    const d = design()
      .node('cron', 'scheduler')
      .node('job', 'batch-processor', { props: { serviceTimeMs: 100 } })
      .edge('cron', 'job', 'scheduled-trigger', { props: { batchIntervalMs: 5000 } })
      .build();
    const r = simulate(d, { seconds: 61, seed: 1 });
    expect(node(r, 'job').completed).toBe(12);
    expect(r.latency.find((l) => l.id === 'cron')!.count).toBe(12);
  });
});

describe('faults', () => {
  const sync = () => chain('request-response');

  it('a failed service makes its callers time out and back up', () => {
    const r = simulate(sync(), { seconds: 30, seed: 5, faults: [{ atMs: 10_000, kind: 'fail', target: 'c' }] });
    expect(node(r, 'c').errors).toBeGreaterThan(0);
    // b's four servers each wait out a 5 s timeout, so a's queue fills behind them.
    expect(node(r, 'b').timeouts).toBeGreaterThan(5);
    expect(node(r, 'a').maxQueue).toBeGreaterThan(500);
    expect(node(r, 'client').timeouts).toBeGreaterThan(100);
    expect(node(r, 'c').completed).toBeLessThan(node(r, 'a').completed);
  });

  it('a cut edge drops what is sent on it; sync callers time out', () => {
    const r = simulate(sync(), { seconds: 30, seed: 5, faults: [{ atMs: 10_000, kind: 'cut', target: 'e3' }] });
    expect(r.edges.find((e) => e.id === 'e3')!.drops).toBeGreaterThan(5);
    // Every lost call times out, but for the four still waiting when the run ends.
    const lost = r.edges.find((e) => e.id === 'e3')!.drops;
    expect(node(r, 'b').timeouts).toBeGreaterThanOrEqual(lost - 4);
    expect(node(r, 'b').timeouts).toBeLessThanOrEqual(lost);
    // c works only before the cut: about 10 s × 100/s.
    expect(node(r, 'c').completed).toBeLessThan(1.1 * 10 * 100);
  });

  it('an unknown target is reported, not thrown', () => {
    const r = simulate(sync(), { seconds: 1, faults: [{ atMs: 0, kind: 'fail', target: 'nope' }] });
    expect(r.warnings.join(' ')).toContain('nope');
  });
});

describe('block backpressure', () => {
  it('a full receiver holds its senders instead of dropping', () => {
    const build = (backpressure: 'drop' | 'block') =>
      design()
        .node('src', 'event-source', { props: { rate: 200 } })
        .node('p', 'microservice', service(1, 2, 10))
        .node('slow', 'microservice', service(20, 1, 5))
        .edge('src', 'p', 'async-message', { props: { backpressure } })
        .edge('p', 'slow', 'async-message', { props: { backpressure } })
        .build();
    const dropped = simulate(build('drop'), { seconds: 20, seed: 6 });
    const blocked = simulate(build('block'), { seconds: 20, seed: 6 });
    expect(node(dropped, 'slow').drops).toBeGreaterThan(1000);
    expect(node(blocked, 'slow').drops).toBe(0);
    // The block propagates: p's servers stay held, so p's own queue fills.
    expect(node(blocked, 'p').maxQueue).toBeGreaterThan(node(dropped, 'p').maxQueue);
    expect(node(blocked, 'p').utilization).toBeGreaterThan(0.9);
  });
});
