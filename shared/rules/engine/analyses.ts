/**
 * The checker's analyses of one LiveIndex: created on first use, told about every change,
 * updated at most once per check, and translated into the node and edge ids the rules that
 * use them must check again.
 */
import type { Analysis, AnalysisDef, Changed } from './analysis';
import type { EdgePair, NodePair } from './change';
import type { LiveIndex } from './live-index';

/** What an analysis update makes the rules that use it re-check. */
export type Touched = { nodes: Set<string>; edges: Set<string> } | 'all';

export class Analyses {
  private readonly live = new Map<AnalysisDef, Analysis>();
  private updates = new Map<AnalysisDef, Changed>();
  private touchedBy = new Map<AnalysisDef, Touched>();

  constructor(private readonly index: LiveIndex) {}

  /** Starts a new check: analyses update again on first use. */
  newCheck(): void {
    this.updates = new Map();
    this.touchedBy = new Map();
  }

  /** An analysis, brought up to date once per check. */
  readonly get = <A extends Analysis>(def: AnalysisDef<A>): A => {
    let a = this.live.get(def);
    if (!a) this.live.set(def, (a = def.create(this.index.graph)));
    if (!this.updates.has(def)) this.updates.set(def, a.update());
    return a as A;
  };

  /** Tells every analysis what changed, including edges whose validity an endpoint's change may flip. */
  note(nodePairs: readonly NodePair[], edgePairs: readonly EdgePair[]): void {
    const idx = this.index;
    for (const a of this.live.values()) {
      for (const [p, n] of nodePairs) {
        a.noteNode(p, n);
        if (p && n && p.kind === n.kind) continue;
        const id = (n ?? p)!.id;
        for (const e of idx.outIds(id)) a.noteEdge(idx.edges.get(e), idx.edges.get(e));
        for (const e of idx.inIds(id)) a.noteEdge(idx.edges.get(e), idx.edges.get(e));
      }
      for (const [p, n] of edgePairs) a.noteEdge(p, n);
    }
  }

  /** The ids this check's update of `def` says to re-check. */
  touched(def: AnalysisDef): Touched {
    let t = this.touchedBy.get(def);
    if (t) return t;
    this.get(def);
    const changed = this.updates.get(def)!;
    if (changed === 'all') t = 'all';
    else {
      const g = this.index.graph;
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (let k = 0; k < changed.nodes.length; k++) {
        const id = g.nodes[changed.nodes[k]!]?.id;
        if (id !== undefined) nodes.add(id);
      }
      for (let k = 0; k < changed.edges.length; k++) {
        const id = g.edges[changed.edges[k]!]?.id;
        if (id !== undefined) edges.add(id);
      }
      t = { nodes, edges };
    }
    this.touchedBy.set(def, t);
    return t;
  }
}

/** Which elements' problems name which nodes (for rules with `uses`): a rename re-checks them. */
export class Mentions {
  private readonly of = new Map<string, string[]>();
  private readonly by = new Map<string, Set<string>>();

  /** Records the nodes named by the problems of an element ('e:' or 'n:' + id). */
  set(key: string, ids: string[]): void {
    for (const m of this.of.get(key) ?? []) {
      const set = this.by.get(m);
      set?.delete(key);
      if (set && !set.size) this.by.delete(m);
    }
    if (!ids.length) {
      this.of.delete(key);
      return;
    }
    this.of.set(key, ids);
    for (const m of ids) {
      let set = this.by.get(m);
      if (!set) this.by.set(m, (set = new Set()));
      set.add(key);
    }
  }

  /** Adds the elements whose problems name `id` to the sets to re-check. */
  collect(id: string, nodes: Set<string>, edges: Set<string>): void {
    for (const key of this.by.get(id) ?? []) (key[0] === 'e' ? edges : nodes).add(key.slice(2));
  }

  clear(): void {
    this.of.clear();
    this.by.clear();
  }
}
