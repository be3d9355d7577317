import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

// Figure 34.4: event sources publish to Kafka.
const fig = () =>
  design()
    .node('iot', 'event-source', { label: 'IoT Sensors' })
    .node('kafka', 'event-broker', { label: 'Apache Kafka' })
    .node('fe', 'event-processor', { label: 'Feature Engineering Processor' })
    .edge('iot', 'kafka', 'event-stream')
    .edge('kafka', 'fe', 'event-stream');

describe('event-driven/direct-coupling', () => {
  it('does not fire when sources publish to the broker', () => {
    expect(problemsOf(fig().build(), 'event-driven/direct-coupling')).toEqual([]);
  });

  it('fires when a source pushes straight to a processor', () => {
    const [p] = problemsOf(fig().edge('iot', 'fe', 'event-stream', { id: 'direct' }).build(), 'event-driven/direct-coupling');
    expect(p!.severity).toBe('warning');
    expect(p!.message).toContain('"IoT Sensors"');
    expect(p!.message).toContain('"Feature Engineering Processor"');
    expect(p!.message).toMatch(/event-first/);
  });

  it('allows queues, gateways and buses, and pull edges', () => {
    const d = fig().node('q', 'message-queue').node('ag', 'api-gateway').edge('iot', 'q', 'async-message').edge('iot', 'ag').edge('iot', 'fe', 'poll').build();
    expect(problemsOf(d, 'event-driven/direct-coupling')).toEqual([]);
  });
});
