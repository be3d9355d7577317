import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

describe('graph/invalid-connection', () => {
  const base = () => design().layer('l', 1, { label: 'Presentation' }).node('n', 'note').node('a', 'client').node('b', 'microservice').node('db', 'database', { label: 'Features DB' });

  it('accepts ordinary edges, including a poll of a store', () => {
    expect(problemsOf(base().edge('a', 'b').edge('b', 'db', 'poll').build(), 'graph/invalid-connection')).toEqual([]);
  });

  it('fires on self-loops, containers, notes and passive sync callers', () => {
    const d = base().edge('b', 'b', 'request-response', { id: 'loop' }).edge('a', 'l', 'request-response', { id: 'cont' }).edge('n', 'b', 'async-message', { id: 'note' }).edge('db', 'b', 'request-response', { id: 'passive' }).build();
    const ps = problemsOf(d, 'graph/invalid-connection');
    expect(ps.map((p) => p.edges[0]).sort()).toEqual(['cont', 'loop', 'note', 'passive']);
    expect(ps.every((p) => p.severity === 'error')).toBe(true);
    expect(ps.find((p) => p.edges[0] === 'passive')!.message).toMatch(/"Features DB" is a database, a passive component/);
    expect(ps.find((p) => p.edges[0] === 'cont')!.message).toMatch(/container/);
  });

  it('fires on a duplicate edge, once per extra edge', () => {
    const d = base().edge('a', 'b', 'request-response', { id: 'e1' }).edge('a', 'b', 'async-message', { id: 'e2' }).edge('a', 'b', 'request-response', { id: 'e3' }).build();
    const ps = problemsOf(d, 'graph/invalid-connection');
    expect(ps.map((p) => p.edges)).toEqual([['e2', 'e1'], ['e3', 'e1']]);
  });
});
