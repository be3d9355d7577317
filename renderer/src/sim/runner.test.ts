import { describe, expect, it } from 'vitest';
import { design } from '../../../shared/testing/builder';
import type { FromWorker } from './protocol';
import { FRAME_MS, SimRunner } from './runner';

/** A host with a hand-driven clock: `frames(n)` runs n scheduled ticks, FRAME_MS apart. */
function fakeHost() {
  const posted: FromWorker[] = [];
  let clock = 0;
  let queue: (() => void)[] = [];
  return {
    posted,
    host: { post: (m: FromWorker) => posted.push(m), now: () => clock, schedule: (fn: () => void) => void queue.push(fn) },
    frames(n: number) {
      for (let i = 0; i < n && queue.length; i++) {
        clock += FRAME_MS;
        const q = queue;
        queue = [];
        q.forEach((fn) => fn());
      }
    },
    drain() {
      while (queue.length) this.frames(1);
    },
    last<T extends FromWorker['type']>(type: T) {
      return posted.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type).at(-1);
    },
  };
}

const chain = () =>
  design()
    .node('ui', 'client', { props: { rate: 50 } })
    .node('api', 'microservice', { props: { serviceTimeMs: 10, workers: 2 } })
    .node('db', 'database', { props: { serviceTimeMs: 5 } })
    .edge('ui', 'api', 'request-response', { id: 'e1' })
    .edge('api', 'db', 'request-response', { id: 'e2', props: { timeoutMs: 200 } })
    .build();

describe('SimRunner', () => {
  it('advances by wall time × speed and posts snapshots, then a final result', () => {
    const h = fakeHost();
    const r = new SimRunner(h.host);
    r.handle({ type: 'start', design: chain(), settings: { seconds: 5, seed: 1, speed: 10 }, faults: [], play: true });
    expect(h.last('started')!.endMs).toBe(5000);
    h.frames(4); // 4 × 50 ms wall at 10× → about 2 s simulated (the first tick has no elapsed time)
    const snap = h.last('snapshot')!;
    expect(snap.status).toBe('running');
    expect(snap.snapshot.atMs).toBeGreaterThan(1000);
    expect(snap.snapshot.atMs).toBeLessThan(2600);
    expect(snap.snapshot.nodes.find((n) => n.id === 'api')!.utilization).toBeGreaterThan(0);
    h.drain();
    expect(h.last('snapshot')!.status).toBe('done');
    const res = h.last('result')!;
    expect(res.final).toBe(true);
    expect(res.result.series.length).toBe(5);
    expect(res.result.overall.count).toBeGreaterThan(100);
  });

  it('pauses, steps a paused run by simulated time, and resumes', () => {
    const h = fakeHost();
    const r = new SimRunner(h.host);
    r.handle({ type: 'start', design: chain(), settings: { seconds: 10, seed: 1, speed: 1 }, faults: [], play: false });
    expect(h.last('snapshot')!.status).toBe('paused');
    r.handle({ type: 'step', ms: 1000 });
    expect(h.last('snapshot')!.snapshot.atMs).toBe(1000);
    h.frames(5);
    expect(h.last('snapshot')!.snapshot.atMs).toBe(1000); // nothing ran while paused
    r.handle({ type: 'play' });
    h.frames(3);
    expect(h.last('snapshot')!.snapshot.atMs).toBeGreaterThan(1000);
  });

  it('injects a fault now: the run is replayed to the present and the node fails, its callers time out', () => {
    const h = fakeHost();
    const r = new SimRunner(h.host);
    r.handle({ type: 'start', design: chain(), settings: { seconds: 10, seed: 1, speed: 1 }, faults: [], play: false });
    r.handle({ type: 'step', ms: 2000 });
    const before = h.last('result')!.result;
    r.handle({ type: 'fault', fault: { kind: 'fail', target: 'db', atMs: 0 } });
    expect(h.last('fault')!.fault.atMs).toBe(2000); // "now"
    expect(h.last('snapshot')!.snapshot.atMs).toBe(2000);
    expect(h.last('snapshot')!.snapshot.nodes.find((n) => n.id === 'db')!.failed).toBe(true);
    // The replay reproduces the run so far exactly.
    expect(h.last('result')!.result.nodes.find((n) => n.id === 'api')!.completed).toBe(before.nodes.find((n) => n.id === 'api')!.completed);
    r.handle({ type: 'step', ms: 2000 });
    const after = h.last('result')!.result;
    expect(after.nodes.find((n) => n.id === 'api')!.timeouts).toBeGreaterThan(0);
  });

  it('draws a traced request of the run as a sequence diagram', () => {
    const h = fakeHost();
    const r = new SimRunner(h.host);
    const d = chain();
    r.handle({ type: 'start', design: d, settings: { seconds: 4, seed: 1, speed: 0 }, faults: [], play: true });
    h.drain();
    r.handle({ type: 'sequence', design: d, seed: 1 });
    const seq = h.last('sequence')!;
    expect(seq.source).toBe('run');
    expect(seq.text).toMatch(/^sequenceDiagram/);
    expect(seq.text).toContain('participant');
  });

  it('sweeps the load and posts one point per scale', () => {
    const h = fakeHost();
    const r = new SimRunner(h.host);
    r.handle({ type: 'sweep', design: chain(), seconds: 5, seed: 1, scales: [0.5, 1, 3] });
    h.drain();
    const points = h.posted.filter((m) => m.type === 'sweepPoint').map((m) => (m as Extract<FromWorker, { type: 'sweepPoint' }>).point);
    expect(points.map((p) => p.scale)).toEqual([0.5, 1, 3]);
    expect(points[2]!.maxUtilization).toBeGreaterThan(points[0]!.maxUtilization);
    expect(h.last('sweepDone')).toBeDefined();
  });
});
