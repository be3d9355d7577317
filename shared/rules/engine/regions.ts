/**
 * Building blocks of the incremental analyses: the region an edit can affect (everything
 * downstream or upstream of the changed nodes), strongly connected components inside a
 * region, and a breadth-first search that starts from known distances at a region's border.
 * A full analysis is the same code run with every node as the region.
 */
import type { Adjacency } from './graph-store';

/** Node-slot membership that is cleared in O(1) by moving to a new stamp. */
export class Marks {
  private stamps = new Int32Array(64);
  private stamp = 1;

  /** Starts a new, empty set sized for `n` slots. */
  reset(n: number): void {
    if (this.stamps.length < n) this.stamps = new Int32Array(Math.max(n, this.stamps.length * 2));
    if (++this.stamp === 0x7fffffff) this.stamps.fill(0), (this.stamp = 1);
  }

  has(v: number): boolean {
    return this.stamps[v] === this.stamp;
  }

  /** Adds v; false if it was already there. */
  add(v: number): boolean {
    if (this.stamps[v] === this.stamp) return false;
    this.stamps[v] = this.stamp;
    return true;
  }
}

/**
 * Every node reachable from `seeds` along `adj` (edge e leads to `end[e]`), seeds included,
 * in `marks` and in the returned list; `null` seeds mean every node slot (a full analysis).
 */
export function closure(seeds: Iterable<number> | null, adj: Adjacency, end: Int32Array, marks: Marks, n: number): Int32Array {
  marks.reset(n);
  if (seeds === null) {
    const all = new Int32Array(n);
    for (let v = 0; v < n; v++) (all[v] = v), marks.add(v);
    return all;
  }
  const list: number[] = [];
  for (const s of seeds) if (marks.add(s)) list.push(s);
  for (let k = 0; k < list.length; k++) {
    for (let e = adj.head[list[k]!]!; e !== -1; e = adj.next[e]!) {
      const w = end[e]!;
      if (marks.add(w)) list.push(w);
    }
  }
  return Int32Array.from(list);
}

export interface RegionComponents {
  /** The region's nodes grouped by component; component c is `order[start[c] .. start[c+1])`. */
  order: Int32Array;
  start: Int32Array;
  count: number;
  /** Component of each node slot in the region (other slots: stale values). */
  comp: Int32Array;
}

// Work arrays are reused between calls: checks run this after every relevant edit.
let work = new Int32Array(0);
let compBuf = new Int32Array(0);
let onStackBuf = new Uint8Array(0);

/**
 * Tarjan's strongly connected components of the subgraph induced by `region` (members in
 * `marks`), following `adj`/`end`; iterative, since designs can be deep. Components are
 * numbered successors first: an edge leads to a component with a smaller or equal number.
 * For a region closed under `adj` (every successor inside), these are the graph's own
 * components. `comp` is a shared buffer, valid until the next call.
 */
export function regionComponents(region: Int32Array, marks: Marks, adj: Adjacency, end: Int32Array, n: number): RegionComponents {
  if (work.length < n * 5) work = new Int32Array(n * 10);
  if (compBuf.length < n) (compBuf = new Int32Array(n * 2)), (onStackBuf = new Uint8Array(n * 2));
  const index = work.subarray(0, n);
  const low = work.subarray(n, 2 * n);
  const stack = work.subarray(2 * n, 3 * n);
  const callV = work.subarray(3 * n, 4 * n);
  const callE = work.subarray(4 * n, 5 * n);
  const comp = compBuf;
  for (const v of region) index[v] = -1;
  const onStack = onStackBuf; // all zero between calls: every node pushed is popped
  const order = new Int32Array(region.length);
  const starts: number[] = [0];
  let filled = 0;
  let sp = 0;
  let next = 0;
  for (const root of region) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callV[0] = root;
    callE[0] = adj.head[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callV[depth]!;
      const e = callE[depth]!;
      if (e !== -1) {
        callE[depth] = adj.next[e]!;
        const w = end[e]!;
        if (!marks.has(w)) continue;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callV[depth] = w;
          callE[depth] = adj.head[w]!;
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      if (low[v] === index[v]) {
        const c = starts.length - 1;
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = c;
          order[filled++] = w;
        } while (w !== v);
        starts.push(filled);
      }
      depth--;
      if (depth >= 0) {
        const u = callV[depth]!;
        low[u] = Math.min(low[u]!, low[v]!);
      }
    }
  }
  return { order, start: Int32Array.from(starts), count: starts.length - 1, comp };
}

/**
 * Hop counts inside a region, given each member's starting distance (`dist[v]`: 0 for a
 * start, border distance + 1, or -1 when unknown); -1 stays for unreachable members. Seeds at
 * different distances are merged with the FIFO queue, which stays sorted, so this is a
 * breadth-first search with many sources in O(region + its edges).
 */
export function borderBfs(region: Int32Array, marks: Marks, adj: Adjacency, end: Int32Array, dist: Int32Array): void {
  const seeded = Array.from(region).filter((v) => dist[v]! >= 0);
  seeded.sort((a, b) => dist[a]! - dist[b]!);
  const queue = new Int32Array(region.length);
  let head = 0;
  let tail = 0;
  let s = 0;
  while (s < seeded.length || head < tail) {
    // Take the nearer of the next seed and the queue's front.
    const v = head < tail && (s >= seeded.length || dist[queue[head]!]! <= dist[seeded[s]!]!) ? queue[head++]! : seeded[s++]!;
    const d = dist[v]! + 1;
    for (let e = adj.head[v]!; e !== -1; e = adj.next[e]!) {
      const w = end[e]!;
      if (!marks.has(w)) continue;
      const dw = dist[w]!;
      if (dw === -1 || dw > d) {
        dist[w] = d;
        queue[tail++] = w;
      }
    }
  }
}
