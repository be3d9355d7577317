import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

const layers = () =>
  design()
    .layer('pres', 1, { label: 'Presentation Layer' })
    .layer('app', 2, { label: 'Application Layer' })
    .layer('data', 7, { label: 'Data Access Layer' })
    .node('ui', 'client', { parent: 'pres' })
    .node('api', 'service', { parent: 'app' })
    .node('db', 'database', { parent: 'data' })
    .node('free', 'monitoring')
    .edge('ui', 'api')
    .edge('api', 'db', 'poll');

describe('layered/layer-skip', () => {
  it('does not fire between neighbouring layers (positions, not rank numbers)', () => {
    expect(problemsOf(layers().build(), 'layered/layer-skip')).toEqual([]);
  });

  it('fires when an edge skips a layer, and names the layers', () => {
    const d = layers().edge('ui', 'db', 'poll', { id: 'skip' }).build();
    const [p] = problemsOf(d, 'layered/layer-skip');
    expect(p!.severity).toBe('warning');
    expect(p!.edges).toEqual(['skip']);
    expect(p!.message).toContain('"Presentation Layer"');
    expect(p!.message).toContain('"Data Access Layer"');
  });

  it('is off under relaxed layering, and exempts nodes outside layers', () => {
    const d = layers().edge('ui', 'db', 'poll').settings({ relaxedLayering: true }).build();
    expect(problemsOf(d, 'layered/layer-skip')).toEqual([]);
    const outside = layers().edge('free', 'db', 'poll').edge('ui', 'free').build();
    expect(problemsOf(outside, 'layered/layer-skip')).toEqual([]);
  });
});
