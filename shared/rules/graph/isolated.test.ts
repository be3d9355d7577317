import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

describe('graph/isolated', () => {
  it('fires on a component without edges, not on containers or notes', () => {
    const d = design().layer('l', 1).node('note', 'note').node('m', 'monitoring', { label: 'Monitoring' }).node('a', 'client').node('b', 'microservice').edge('a', 'b').build();
    const ps = problemsOf(d, 'graph/isolated');
    expect(ps.map((p) => p.nodes)).toEqual([['m']]);
    expect(ps[0]!.severity).toBe('info');
    expect(ps[0]!.message).toContain('"Monitoring"');
  });
});
