import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

const base = () => design().node('src', 'event-source', { label: 'User Interactions' }).node('kafka', 'event-broker', { label: 'Kafka' }).node('p', 'event-processor');

describe('event-driven/sync-broker', () => {
  it('fires on a sync push into or out of the broker', () => {
    const d = base().edge('src', 'kafka', 'request-response').edge('kafka', 'p', 'request-response').build();
    const ps = problemsOf(d, 'event-driven/sync-broker');
    expect(ps).toHaveLength(2);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.message).toMatch(/loose temporal coupling/);
  });

  it('allows async pushes and consumers that poll', () => {
    const d = base().edge('src', 'kafka', 'event-stream').edge('p', 'kafka', 'poll').build();
    expect(problemsOf(d, 'event-driven/sync-broker')).toEqual([]);
  });

  it('quick fix makes the edge async', () => {
    const d = base().edge('src', 'kafka', 'request-response').edge('kafka', 'p', 'event-stream').build();
    const fixed = applyFirstFix(d, problemsOf(d, 'event-driven/sync-broker')[0]!);
    expect(problemsOf(fixed, 'event-driven/sync-broker')).toEqual([]);
    expect(fixed.edges[0]!.timing).toBe('async');
  });
});
