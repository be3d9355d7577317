import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

// Figure 34.10: raw data → batch and speed layers → serving layer.
const lambda = () =>
  design()
    .node('raw', 'event-source', { label: 'Raw Data' })
    .node('batch', 'batch-layer', { label: 'Batch Layer' })
    .node('speed', 'speed-layer', { label: 'Speed Layer' })
    .node('serving', 'serving-layer', { label: 'Serving Layer' })
    .node('bp', 'batch-processor', { parent: 'batch' })
    .node('sp', 'stream-processor', { parent: 'speed' })
    .node('views', 'database', { parent: 'serving', label: 'Views' })
    .node('q', 'client', { label: 'Query Interface' })
    .edge('raw', 'bp', 'async-message')
    .edge('raw', 'sp', 'event-stream')
    .edge('q', 'views', 'poll');

describe('lambda/incomplete', () => {
  it('does not fire on a complete Lambda architecture', () => {
    const d = lambda().edge('bp', 'views', 'scheduled-trigger').edge('sp', 'views', 'async-message').build();
    expect(problemsOf(d, 'lambda/incomplete')).toEqual([]);
  });

  it('fires when the serving layer is not fed by both', () => {
    const [p] = problemsOf(lambda().edge('bp', 'views', 'scheduled-trigger').build(), 'lambda/incomplete');
    expect(p!.severity).toBe('warning');
    expect(p!.message).toContain('"Serving Layer" receives no data from the speed layer');
  });

  it('counts data flow, not edge direction (the serving layer may pull)', () => {
    const d = lambda().edge('views', 'bp', 'batch-load').edge('sp', 'views', 'async-message').build();
    expect(problemsOf(d, 'lambda/incomplete')).toEqual([]);
  });

  it('fires when a layer is missing, and not at all without batch or speed layer', () => {
    const d = design().node('batch', 'batch-layer', { label: 'Batch Layer' }).build();
    expect(problemsOf(d, 'lambda/incomplete')[0]!.message).toMatch(/no speed layer and no serving layer/);
    expect(problemsOf(design().node('s', 'serving-layer').build(), 'lambda/incomplete')).toEqual([]);
  });
});
