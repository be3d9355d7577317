/** Tarjan's strongly connected components over a Csr (iterative: designs can be deep). */
import type { Csr } from './graph-store';

let scratch = new Int32Array(0);

/**
 * `comp[v]` numbers components in reverse
 * topological order (a component's successors have smaller numbers).
 */
export function tarjan(n: number, csr: Csr, to: ArrayLike<number>): { comp: Int32Array; count: number } {
  // Work arrays are reused between calls (checks re-run this after every relevant edit).
  if (scratch.length < n * 5) scratch = new Int32Array(n * 10);
  const index = scratch.subarray(0, n).fill(-1);
  const low = scratch.subarray(n, 2 * n);
  const stack = scratch.subarray(2 * n, 3 * n);
  const callV = scratch.subarray(3 * n, 4 * n);
  const callI = scratch.subarray(4 * n, 5 * n);
  const onStack = new Uint8Array(n);
  const comp = new Int32Array(n).fill(-1);
  let sp = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callV[0] = root;
    callI[0] = csr.start[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callV[depth]!;
      const i = callI[depth]!;
      if (i < csr.start[v + 1]!) {
        callI[depth] = i + 1;
        const w = to[csr.list[i]!]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callV[depth] = w;
          callI[depth] = csr.start[w]!;
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const u = callV[depth]!;
        low[u] = Math.min(low[u]!, low[v]!);
      }
    }
  }
  return { comp, count };
}

/**
 * Same contract as `tarjan`, faster on the common acyclic graph: Kahn's topological sort
 * first (every node its own component), Tarjan only when a cycle exists.
 */
export function components(n: number, csr: Csr, to: ArrayLike<number>): { comp: Int32Array; count: number } {
  const indegree = new Int32Array(n);
  const list = csr.list;
  for (let j = 0; j < list.length; j++) indegree[to[list[j]!]!]!++;
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let j = csr.start[v]!; j < csr.start[v + 1]!; j++) {
      const w = to[list[j]!]!;
      if (--indegree[w]! === 0) order[tail++] = w;
    }
  }
  if (tail < n) return tarjan(n, csr, to);
  const comp = new Int32Array(n);
  for (let k = 0; k < n; k++) comp[order[k]!] = n - 1 - k;
  return { comp, count: n };
}
