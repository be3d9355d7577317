import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

const base = () => design().node('src', 'event-source').node('kafka', 'event-broker', { label: 'Topic' }).node('p', 'event-processor');

describe('event-driven/dead-topic', () => {
  it('fires when events are published but never consumed', () => {
    const [p] = problemsOf(base().edge('src', 'kafka', 'event-stream').build(), 'event-driven/dead-topic');
    expect(p!.severity).toBe('warning');
    expect(p!.message).toMatch(/nothing consumes them/);
  });

  it('fires when consumers wait on a topic nobody publishes to', () => {
    const [p] = problemsOf(base().edge('p', 'kafka', 'poll').build(), 'event-driven/dead-topic');
    expect(p!.message).toMatch(/nothing publishes/);
  });

  it('counts a pushing producer with a polling consumer as alive', () => {
    expect(problemsOf(base().edge('src', 'kafka', 'event-stream').edge('p', 'kafka', 'poll').build(), 'event-driven/dead-topic')).toEqual([]);
    expect(problemsOf(base().edge('src', 'kafka', 'event-stream').edge('kafka', 'p', 'event-stream').build(), 'event-driven/dead-topic')).toEqual([]);
  });
});
