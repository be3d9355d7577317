import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { applyEdit, withDescendants } from './edits';
import { LIMITS, type Design } from './schema';

/** Groups g0 ⊃ g1 ⊃ … ⊃ g(levels-1). */
const chain = (levels: number): Design => {
  const b = design();
  for (let i = 0; i < levels; i++) b.node(`g${i}`, 'group', i ? { parent: `g${i - 1}` } : {});
  return b.build();
};

describe('moveNodes keeps the design openable', () => {
  it('moves a node into a container, parents first', () => {
    const d = design().node('c', 'client').node('box', 'group').build();
    const next = applyEdit(d, { type: 'moveNodes', moves: [{ id: 'c', position: { x: 5, y: 6 }, parent: 'box' }] });
    expect(next.nodes.map((n) => [n.id, n.parent])).toEqual([['box', undefined], ['c', 'box']]);
  });

  it('refuses to put a container inside its own contents', () => {
    const d = chain(3);
    const next = applyEdit(d, { type: 'moveNodes', moves: [{ id: 'g0', position: { x: 1, y: 1 }, parent: 'g2' }] });
    expect(next.nodes.find((n) => n.id === 'g0')).toEqual(d.nodes.find((n) => n.id === 'g0'));
  });

  it(`refuses nesting deeper than ${LIMITS.depth} containers, and allows it up to there`, () => {
    const d = design().node('x', 'group').build();
    d.nodes.push(...chain(LIMITS.depth).nodes);
    const ok = applyEdit(d, { type: 'moveNodes', moves: [{ id: 'x', position: { x: 0, y: 0 }, parent: `g${LIMITS.depth - 1}` }] });
    expect(ok.nodes.find((n) => n.id === 'x')!.parent).toBe(`g${LIMITS.depth - 1}`);
    const deeper = { ...ok, nodes: [...ok.nodes, { ...ok.nodes[0]!, id: 'y', parent: undefined }] };
    const refused = applyEdit(deeper, { type: 'moveNodes', moves: [{ id: 'y', position: { x: 0, y: 0 }, parent: 'x' }] });
    expect(refused.nodes.find((n) => n.id === 'y')!.parent).toBeUndefined();
  });
});

describe('withDescendants', () => {
  it('collects a 50,000-deep chain in linear time', () => {
    const d = chain(50_000);
    const t0 = process.cpuUsage();
    const all = withDescendants(d, ['g0']);
    const used = process.cpuUsage(t0);
    expect(all.size).toBe(50_000);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
