/**
 * Whole-graph analyses (message rates, sync-call chains, latency paths) that the checker keeps
 * up to date across edits. The checker tells an analysis which elements changed; on the next
 * `update()` it recomputes only the region those changes can affect (everything downstream
 * or upstream of them, see regions.ts) and returns the nodes and edges whose rule inputs may
 * differ, so the rules that read it re-check just those.
 *
 * Rules name the analyses they read in `uses` and get them with `ctx.analysis(def)`; an
 * analysis is defined once, next to the rules that share it (`defineAnalysis`).
 */
import type { DesignEdge, DesignNode } from '../../model/schema';
import type { GraphSnapshot } from './graph-store';

export interface Analysis {
  /** A node changed (undefined prev: added; undefined next: removed). Its edges are noted separately. */
  noteNode(prev: DesignNode | undefined, next: DesignNode | undefined): void;
  /** An edge changed or its validity may have (an endpoint was added, removed or changed kind). */
  noteEdge(prev: DesignEdge | undefined, next: DesignEdge | undefined): void;
  /** Brings the results up to date; says what the rules that read it must check again. */
  update(): Changed;
}

/**
 * Node slots and edge slots whose rule inputs may have changed (rules with `checkNode`
 * re-check the nodes, rules with `checkEdge` the edges), or 'all'.
 */
export type Changed = { nodes: ArrayLike<number>; edges: ArrayLike<number> } | 'all';

export const NOTHING_CHANGED: Changed = { nodes: [], edges: [] };

export interface AnalysisDef<A extends Analysis = Analysis> {
  readonly name: string;
  create(g: GraphSnapshot): A;
}

export function defineAnalysis<A extends Analysis>(def: AnalysisDef<A>): AnalysisDef<A> {
  return def;
}

/**
 * Node slots an analysis must start again from. Past an eighth of the design a full
 * recomputation is cheaper than growing regions, so the set turns into "all".
 */
export class Seeds {
  private list: number[] = [];
  /** Nothing computed yet, or too much changed. */
  all = true;

  constructor(private readonly g: GraphSnapshot) {}

  add(v: number | undefined): void {
    if (v === undefined || this.all) return;
    this.list.push(v);
    if (this.list.length > 64 && this.list.length > this.g.nodeSlots / 8) (this.all = true), (this.list = []);
  }

  addId(id: string): void {
    this.add(this.g.nodeSlot(id));
  }

  /** The pending seeds, emptied: null means every node. */
  take(): number[] | null {
    if (this.all) {
      this.all = false;
      this.list = [];
      return null;
    }
    const out = this.list;
    this.list = [];
    return out;
  }

  get pending(): boolean {
    return this.all || this.list.length > 0;
  }
}
