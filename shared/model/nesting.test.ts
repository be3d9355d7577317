import { describe, expect, it } from 'vitest';
import { deepChainText, parentCycleText } from '../testing/hostile';
import { orderParentsFirst, parseDesign } from './document';
import { nesting, nestingProblems } from './nesting';
import { LIMITS, type Design } from './schema';

/** CPU time of this test process (not wall time), so other sessions' load on the machine does not fail the bound. */
const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const t0 = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(t0);
  return { value, ms: (used.user + used.system) / 1000 };
};

describe('container nesting', () => {
  it('gives every node its depth, whatever the order, and finds cycles once', () => {
    const found = nesting([
      { id: 'c', parent: 'b' },
      { id: 'a' },
      { id: 'b', parent: 'a' },
      { id: 'orphan', parent: 'ghost' },
      { id: 'x', parent: 'y' },
      { id: 'y', parent: 'x' },
      { id: 'under', parent: 'x' },
      { id: 'self', parent: 'self' },
    ]);
    expect([...found.depth]).toEqual([2, 0, 1, 0, -1, -1, -1, -1]);
    expect(found.cycles.map((c) => [...c].sort())).toEqual([['x', 'y'], ['self']]);
    expect(found.belowCycle).toBe(1);
  });

  it('accepts nesting up to LIMITS.depth and refuses one level more, naming the node', () => {
    const chain = (levels: number) => Array.from({ length: levels + 1 }, (_, i) => ({ id: `g${i}`, parent: i ? `g${i - 1}` : undefined }));
    expect(nestingProblems(chain(LIMITS.depth))).toEqual([]);
    expect(nestingProblems(chain(LIMITS.depth + 1))).toEqual([`Node "g${LIMITS.depth + 1}" is nested ${LIMITS.depth + 1} containers deep (1 node beyond the limit); Archway allows at most ${LIMITS.depth}.`]);
  });

  it('says which containers form a cycle', () => {
    expect(nestingProblems([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }])).toEqual(['Containers are inside each other in a cycle: "a" → "b" → "a".']);
    expect(nestingProblems([{ id: 's', parent: 's' }])).toEqual(['Container "s" is inside itself.']);
  });

  // Issue 13: the old check walked each chain from every node (5,000 levels 1.6 s, 50,000 never finished).
  it('answers a 50,000-deep chain in well under a second, with a clear message', () => {
    const text = deepChainText(50_000);
    const { value: r, ms } = timed(() => parseDesign(text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Node "g49999" is nested 49,999 containers deep \(49,935 nodes beyond the limit\); Archway allows at most 64\./);
    expect(ms).toBeLessThan(1000);
  });

  it('answers a 50,000-node cycle of containers in well under a second, with a clear message', () => {
    const text = parentCycleText(50_000);
    const { value: r, ms } = timed(() => parseDesign(text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Containers are inside each other in a cycle: "g0" → "g1" → "g2" → "g3" → … \(50,000 containers\)/);
    expect(ms).toBeLessThan(1000);
  });

  it('orders a deep chain written innermost first parents-first, in linear time', () => {
    const raw = JSON.parse(deepChainText(50_000)) as Design;
    const { value: ordered, ms } = timed(() => orderParentsFirst(raw));
    expect(ordered.nodes[0]!.id).toBe('g0');
    expect(ordered.nodes.at(-1)!.id).toBe('g49999');
    expect(ms).toBeLessThan(1000);
  });

  it('opens a chain at the cap parents-first', () => {
    const r = parseDesign(deepChainText(LIMITS.depth + 1));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.design.nodes.map((n) => n.id).slice(0, 3)).toEqual(['g0', 'g1', 'g2']);
  });
});
