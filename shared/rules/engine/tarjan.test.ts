import { describe, expect, it } from 'vitest';
import { buildCsr } from './graph-store';
import { components, tarjan } from './tarjan';

function graph(n: number, pairs: [number, number][]) {
  const src = Int32Array.from(pairs.map((p) => p[0]));
  const dst = Int32Array.from(pairs.map((p) => p[1]));
  const csr = buildCsr(n, Int32Array.from(pairs.map((_, i) => i)), src);
  return { csr, dst };
}

/** Groups of nodes sharing a component, as sorted lists. */
const groups = (comp: Int32Array) => {
  const by = new Map<number, number[]>();
  comp.forEach((c, v) => by.set(c, [...(by.get(c) ?? []), v]));
  return [...by.values()].map((g) => g.sort()).sort((a, b) => a[0]! - b[0]!);
};

describe('strongly connected components', () => {
  it('finds cycles and numbers components successors first', () => {
    const { csr, dst } = graph(6, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3], [5, 0]]);
    for (const f of [tarjan, components]) {
      const { comp, count } = f(6, csr, dst);
      expect(count).toBe(3);
      expect(groups(comp)).toEqual([[0, 1, 2], [3, 4], [5]]);
      // Every edge goes to a component with a smaller or equal number.
      expect(comp[3]! < comp[0]! && comp[0]! < comp[5]!).toBe(true);
    }
  });

  it('takes the acyclic fast path with a topological numbering', () => {
    const { csr, dst } = graph(4, [[0, 1], [0, 2], [1, 3], [2, 3]]);
    const { comp, count } = components(4, csr, dst);
    expect(count).toBe(4);
    expect(comp[0]! > comp[1]! && comp[0]! > comp[2]! && comp[1]! > comp[3]! && comp[2]! > comp[3]!).toBe(true);
  });
});
