import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

describe('event-driven/no-event-store', () => {
  it('fires on an event-driven design without an event store', () => {
    const [p] = problemsOf(design().node('k', 'event-broker', { label: 'Kafka' }).build(), 'event-driven/no-event-store');
    expect(p!.severity).toBe('info');
    expect(p!.nodes).toEqual(['k']);
    expect(p!.message).toMatch(/audit trail/);
  });

  it('does not fire with an event store, or outside event-driven designs', () => {
    expect(problemsOf(design().node('k', 'event-broker').node('s', 'event-store').build(), 'event-driven/no-event-store')).toEqual([]);
    expect(problemsOf(design().node('m', 'microservice').build(), 'event-driven/no-event-store')).toEqual([]);
  });

  it('applies when settings declare the pattern', () => {
    expect(problemsOf(design().node('m', 'event-processor').settings({ patterns: ['event-driven'] }).build(), 'event-driven/no-event-store')).toHaveLength(1);
  });
});
