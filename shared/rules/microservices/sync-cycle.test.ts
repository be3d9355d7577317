import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

const services = () => design().node('a', 'microservice', { label: 'A/B Testing' }).node('b', 'microservice', { label: 'Model A' }).node('c', 'microservice').node('d', 'microservice');

describe('microservices/sync-cycle', () => {
  it('reports one problem per strongly connected component of sync edges', () => {
    const d = services().edge('a', 'b').edge('b', 'a').edge('c', 'd').edge('d', 'c').build();
    const ps = problemsOf(d, 'microservices/sync-cycle');
    expect(ps.map((p) => p.nodes)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.message).toContain('"A/B Testing" and "Model A"');
  });

  it('one problem for a cycle of three with a chord', () => {
    const d = services().edge('a', 'b').edge('b', 'c').edge('c', 'a').edge('a', 'c').build();
    const ps = problemsOf(d, 'microservices/sync-cycle');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.edges).toHaveLength(4);
  });

  it('async edges break the cycle', () => {
    const d = services().edge('a', 'b').edge('b', 'a', 'async-message').build();
    expect(problemsOf(d, 'microservices/sync-cycle')).toEqual([]);
  });
});
