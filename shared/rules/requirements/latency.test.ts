import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

// A real-time path (Figure 34.8) with a slow leg in the middle.
const path = (leg: 'scheduled-trigger' | 'poll' | 'event-stream', props = {}) =>
  design()
    .node('ui', 'client', { label: 'Mobile App' })
    .node('q', 'message-queue', { label: 'Jobs' })
    .node('w', 'event-processor', { label: 'Feature Engineering' })
    .node('ms', 'model-server', { label: 'Online Inference' })
    .edge('ui', 'q', 'async-message')
    .edge(leg === 'poll' ? 'w' : 'q', leg === 'poll' ? 'q' : 'w', leg, { id: 'leg', props })
    .edge('w', 'ms', 'async-message')
    .requirements({ latency: 'sub-second' });

describe('requirements/latency', () => {
  it('fires on a batch edge on a client-to-model-server path, naming the path', () => {
    const [p, ...rest] = problemsOf(path('scheduled-trigger').build(), 'requirements/latency');
    expect(rest).toEqual([]);
    expect(p!.severity).toBe('error');
    expect(p!.edges).toEqual(['leg']);
    expect(p!.message).toContain('"Mobile App" → "Jobs" → "Feature Engineering" → "Online Inference"');
    expect(p!.message).toMatch(/batch/);
  });

  it('fires on a pull slower than a second, following data flow against the pull edge', () => {
    expect(problemsOf(path('poll', { pollIntervalMs: 5000 }).build(), 'requirements/latency')).toHaveLength(1);
    expect(problemsOf(path('poll', { pollIntervalMs: 200 }).build(), 'requirements/latency')).toEqual([]);
  });

  it('does not fire on streaming paths, off the path, or for other latency classes', () => {
    expect(problemsOf(path('event-stream').build(), 'requirements/latency')).toEqual([]);
    const off = path('event-stream').node('wh', 'data-warehouse').node('bp', 'batch-processor').edge('bp', 'wh', 'batch-load').build();
    expect(problemsOf(off, 'requirements/latency')).toEqual([]);
    expect(problemsOf(path('scheduled-trigger').requirements({ latency: 'hours-days' }).build(), 'requirements/latency')).toEqual([]);
  });
});
