/**
 * The sync-call graph shared by sync-chain and sync-cycle: its strongly connected components
 * and, per component, the longest chain of sync calls that leaves it.
 *
 * Kept up to date across edits: a changed call can only alter the components and chains of
 * the callers upstream of it, so only those are recomputed (successors first, reading the
 * unchanged chains below them). The callee of a changed call is re-checked too: whether a
 * call enters it decides where a chain starts.
 */
import type { DesignEdge, DesignNode } from '../../model/schema';
import { defineAnalysis, NOTHING_CHANGED, Seeds, type Analysis, type Changed } from '../engine/analysis';
import { grow, type GraphSnapshot } from '../engine/graph-store';
import { closure, Marks, regionComponents } from '../engine/regions';

export class SyncCalls implements Analysis {
  /** A representative node of each node's component (the component's identity). */
  rep = new Int32Array(64);
  /** Length of the longest sync chain leaving the node's component (after collapsing cycles). */
  dist = new Int32Array(64);
  /** Its first edge (-1: none); ties go to the smallest edge id, so paths do not depend on slots. */
  best = new Int32Array(64);
  /** Members and smallest member id of each component with two or more nodes, by representative. */
  readonly cycles = new Map<number, { members: Int32Array; first: string }>();
  private readonly seeds: Seeds;
  private readonly marks = new Marks();
  private touched: number[] = [];

  constructor(readonly g: GraphSnapshot) {
    this.seeds = new Seeds(g);
  }

  noteNode(prev: DesignNode | undefined, next: DesignNode | undefined): void {
    if (next && (!prev || prev.kind !== next.kind)) this.seeds.addId(next.id);
  }

  noteEdge(prev: DesignEdge | undefined, next: DesignEdge | undefined): void {
    for (const e of [prev, next]) {
      if (e?.timing !== 'sync') continue;
      this.seeds.addId(e.source);
      const t = this.g.nodeSlot(e.target);
      if (t !== undefined) this.touched.push(t);
    }
  }

  /** Changed nodes: the recomputed callers, and the components of the callees of changed calls. */
  update(): Changed {
    if (!this.seeds.pending && !this.touched.length) return NOTHING_CHANGED;
    const seeds = this.seeds.take();
    const { g, marks, cycles } = this;
    const n = g.nodeSlots;
    this.rep = grow(this.rep, n);
    this.dist = grow(this.dist, n);
    this.best = grow(this.best, n, -1);
    const { rep, dist, best } = this;
    const region = closure(seeds, g.syncIn, g.src, marks, n);
    if (seeds) {
      // A component keyed by a member inside the region is recomputed (the region holds all
      // of a component: its members are each other's callers). Other keys a stale or fresh
      // slot may name belong to components outside, which stay.
      for (const v of region) if (marks.has(rep[v]!)) cycles.delete(rep[v]!);
    } else cycles.clear();
    // Components of the reversed graph: callees get the higher numbers, so go from the top.
    const { order, start, count, comp } = regionComponents(region, marks, g.syncIn, g.src, n);
    for (let c = count - 1; c >= 0; c--) {
      let len = 0;
      let first = -1;
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        for (let e = g.syncOut.head[order[k]!]!; e !== -1; e = g.syncOut.next[e]!) {
          const w = g.dst[e]!;
          if (marks.has(w) && comp[w] === c) continue;
          const l = dist[w]! + 1;
          if (l > len || (l === len && g.edges[e]!.id < g.edges[first]!.id)) (len = l), (first = e);
        }
      }
      const r = order[start[c]!]!;
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const v = order[k]!;
        rep[v] = r;
        dist[v] = len;
        best[v] = first;
      }
      if (start[c + 1]! - start[c]! > 1) {
        const members = order.slice(start[c]!, start[c + 1]!);
        let min = g.nodes[members[0]!]!.id;
        for (const v of members) if (g.nodes[v]!.id < min) min = g.nodes[v]!.id;
        cycles.set(r, { members, first: min });
      }
    }
    const touched = this.touched;
    this.touched = [];
    if (!seeds) return 'all';
    // Whether a call enters a component decides where its chain starts, and the start may be
    // any member: all of a touched callee's component is checked again.
    for (const t of touched.splice(0)) {
      const cycle = cycles.get(rep[t]!);
      if (cycle) touched.push(...cycle.members);
      else touched.push(t);
    }
    const nodes = new Int32Array(region.length + touched.length);
    nodes.set(region);
    nodes.set(touched, region.length);
    return { nodes, edges: [] };
  }

  /** Whether a sync call from another component enters v's component (so no chain starts there). */
  entered(v: number): boolean {
    const { g, rep } = this;
    const members = this.cycles.get(rep[v]!)?.members ?? [v];
    for (const m of members) for (let e = g.syncIn.head[m]!; e !== -1; e = g.syncIn.next[e]!) if (rep[g.src[e]!] !== rep[v]) return true;
    return false;
  }
}

export const SYNC_CALLS = defineAnalysis({ name: 'microservices/sync-calls', create: (g) => new SyncCalls(g) });
