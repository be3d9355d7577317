/**
 * An integer-indexed copy of the design's valid edges (both ends components, not a loop),
 * in the design's own order, so that design-scope rules (paths, cycles, rates) run over
 * typed arrays and give the same answer for the same design whatever its edit history.
 */
import { isComponentKind } from '../../catalog/kinds';
import type { Design, DesignEdge, DesignNode } from '../../model/schema';

export interface GraphSnapshot {
  readonly nodes: readonly DesignNode[];
  readonly index: ReadonlyMap<string, number>;
  /** 1 where the node is a component. */
  readonly component: Uint8Array;
  readonly edges: readonly DesignEdge[];
  readonly src: Int32Array;
  readonly dst: Int32Array;
}

export function buildSnapshot(design: Design): GraphSnapshot {
  const nodes = design.nodes;
  const index = new Map<string, number>();
  const component = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    index.set(nodes[i]!.id, i);
    component[i] = isComponentKind(nodes[i]!.kind) ? 1 : 0;
  }
  const edges: DesignEdge[] = [];
  const src = new Int32Array(design.edges.length);
  const dst = new Int32Array(design.edges.length);
  for (const e of design.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t || !component[s] || !component[t]) continue;
    src[edges.length] = s;
    dst[edges.length] = t;
    edges.push(e);
  }
  return { nodes, index, component, edges, src: src.subarray(0, edges.length), dst: dst.subarray(0, edges.length) };
}

/** Compressed adjacency of a subset of the snapshot's edges, in a chosen direction. */
export interface Csr {
  readonly start: Int32Array;
  /** Edge indexes (into the snapshot), grouped by node. */
  readonly list: Int32Array;
}

export function buildCsr(n: number, edgeIdx: ArrayLike<number>, from: Int32Array): Csr {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < edgeIdx.length; i++) start[from[edgeIdx[i]!]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(edgeIdx.length);
  for (let i = 0; i < edgeIdx.length; i++) {
    const e = edgeIdx[i]!;
    list[fill[from[e]!]!++] = e;
  }
  return { start, list };
}

/**
 * Tarjan's strongly connected components, iterative. `comp[v]` numbers components in reverse
 * topological order (a component's successors have smaller numbers).
 */
export function tarjan(n: number, csr: Csr, to: Int32Array): { comp: Int32Array; count: number } {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callV = new Int32Array(n);
  const callI = new Int32Array(n);
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
