import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

// Capacity of the model server: 1 replica × 2 workers × 1000 / 20 ms = 100 msg/s.
const server = { serviceTimeMs: 20, workers: 2, replicas: 1 };

describe('communication/push-no-backpressure', () => {
  it('fires when pushes bring more than the consumer can serve', () => {
    const d = design().node('ui', 'client', { label: 'Web UI', props: { rate: 150 } }).node('ms', 'model-server', { label: 'Model Server', props: server }).edge('ui', 'ms', 'async-message', { id: 'push' }).build();
    const [p] = problemsOf(d, 'communication/push-no-backpressure');
    expect(p!.severity).toBe('warning');
    expect(p!.edges).toEqual(['push']);
    expect(p!.message).toContain('150 msg/s');
    expect(p!.message).toContain('100 msg/s');
    expect(p!.message).toMatch(/can't keep up/);
  });

  it('does not fire under capacity, or on pull edges', () => {
    const under = design().node('ui', 'client', { props: { rate: 90 } }).node('ms', 'model-server', { props: server }).edge('ui', 'ms').build();
    expect(problemsOf(under, 'communication/push-no-backpressure')).toEqual([]);
    const pull = design().node('ui', 'client', { props: { rate: 500 } }).node('ms', 'model-server', { props: server }).edge('ms', 'ui', 'poll').build();
    expect(problemsOf(pull, 'communication/push-no-backpressure')).toEqual([]);
  });

  it('propagates rates: brokers copy to every subscriber, queues split', () => {
    const viaBroker = design()
      .node('src', 'event-source', { props: { rate: 60 } })
      .node('k', 'event-broker')
      .node('a', 'event-processor', { props: { serviceTimeMs: 20, workers: 1 } })
      .node('b', 'event-processor', { props: { serviceTimeMs: 20, workers: 1 } })
      .node('ms', 'model-server', { props: server })
      .edge('src', 'k', 'event-stream')
      .edge('k', 'a', 'event-stream')
      .edge('k', 'b', 'event-stream')
      .edge('a', 'ms')
      .edge('b', 'ms')
      .build();
    // a and b each get all 60/s (capacity 50): fires on neither (the broker is a buffer);
    // the model server gets 120/s from two non-buffer pushes (capacity 100): fires twice.
    const ps = problemsOf(viaBroker, 'communication/push-no-backpressure');
    expect(ps.map((p) => p.nodes)).toEqual([['a', 'ms'], ['b', 'ms']]);
    const viaQueue = design()
      .node('src', 'client', { props: { rate: 160 } })
      .node('q', 'message-queue')
      .node('w1', 'model-server', { props: server })
      .node('w2', 'model-server', { props: server })
      .node('mon', 'monitoring', { props: { serviceTimeMs: 10, workers: 1 } })
      .edge('src', 'q', 'async-message')
      .edge('q', 'w1', 'async-message')
      .edge('q', 'w2', 'async-message')
      .edge('w1', 'mon', 'async-message')
      .build();
    // The queue splits: 80/s per worker; w1 passes 80/s to monitoring (capacity 100).
    expect(problemsOf(viaQueue, 'communication/push-no-backpressure')).toEqual([]);
  });

  it('quick fix inserts a message queue', () => {
    const d = design().node('ui', 'client', { props: { rate: 150 } }).node('ms', 'model-server', { props: server }).edge('ui', 'ms', 'request-response', { id: 'push' }).build();
    const fixed = applyFirstFix(d, problemsOf(d, 'communication/push-no-backpressure')[0]!);
    expect(problemsOf(fixed, 'communication/push-no-backpressure')).toEqual([]);
    const q = fixed.nodes.find((n) => n.kind === 'message-queue')!;
    expect(fixed.edges.map((e) => [e.source, e.target, e.timing])).toEqual([['ui', q.id, 'async'], [q.id, 'ms', 'async']]);
  });
});
