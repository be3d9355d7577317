import { describe, expect, it } from 'vitest';
import type { Adjacency } from './graph-store';
import { borderBfs, closure, Marks, regionComponents } from './regions';

/** Linked adjacency of directed pairs, by source; `end[e]` is edge e's target. */
function graph(n: number, pairs: [number, number][]): { adj: Adjacency; end: Int32Array } {
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([s], e) => ((next[e] = head[s]!), (head[s] = e)));
  return { adj: { head, next }, end: Int32Array.from(pairs.map((p) => p[1])) };
}

function everything(n: number): { region: Int32Array; marks: Marks } {
  const marks = new Marks();
  marks.reset(n);
  const region = Int32Array.from({ length: n }, (_, v) => v);
  for (const v of region) marks.add(v);
  return { region, marks };
}

/** Groups of nodes sharing a component, as sorted lists. */
function groups(order: Int32Array, start: Int32Array, count: number): number[][] {
  return Array.from({ length: count }, (_, c) => Array.from(order.subarray(start[c]!, start[c + 1]!)).sort()).sort((a, b) => a[0]! - b[0]!);
}

describe('regions', () => {
  it('finds strongly connected components, numbered successors first', () => {
    const { adj, end } = graph(6, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3], [5, 0]]);
    const { region, marks } = everything(6);
    const { order, start, count, comp } = regionComponents(region, marks, adj, end, 6);
    expect(count).toBe(3);
    expect(groups(order, start, count)).toEqual([[0, 1, 2], [3, 4], [5]]);
    expect(comp[3]! < comp[0]! && comp[0]! < comp[5]!).toBe(true);
  });

  it('closes a region over successors and ignores edges that leave it', () => {
    const { adj, end } = graph(6, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3], [5, 0]]);
    const marks = new Marks();
    const region = closure([3], adj, end, marks, 6);
    expect(Array.from(region).sort()).toEqual([3, 4]);
    expect(marks.has(0)).toBe(false);
    const { count } = regionComponents(region, marks, adj, end, 6);
    expect(count).toBe(1);
  });

  it('counts hops from starts and from known distances at the border', () => {
    // 0 → 1 → 2 → 3 and 4 → 3; node 0 lies outside the region at distance 5, node 4 is a start.
    const { adj, end } = graph(5, [[0, 1], [1, 2], [2, 3], [4, 3]]);
    const marks = new Marks();
    const region = closure([1, 4], adj, end, marks, 5);
    const dist = new Int32Array(5).fill(-1);
    dist[0] = 5;
    dist[1] = 6; // border distance + 1
    dist[4] = 0;
    borderBfs(region, marks, adj, end, dist);
    expect(Array.from(dist)).toEqual([5, 6, 7, 1, 0]);
  });
});
