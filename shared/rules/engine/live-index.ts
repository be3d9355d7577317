/**
 * The checker's mutable index of one design: nodes, edges, adjacency and kind sets. Unlike
 * graph/DesignIndex (rebuilt per design) it is updated element by element, so that an
 * incremental check costs what the edit touched, not the size of the design.
 * Adjacency sets iterate in insertion order, which depends on history: rules sort whatever
 * order they show.
 */
import { isComponentKind, kindDef, type KindId } from '../../catalog/kinds';
import type { NodeProperties } from '../../model/properties';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { nodeProps } from '../../graph/index';

const EMPTY: ReadonlySet<string> = new Set();

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (!set.size) map.delete(key);
}

export class LiveIndex {
  readonly nodes = new Map<string, DesignNode>();
  readonly edges = new Map<string, DesignEdge>();
  private readonly out = new Map<string, Set<string>>();
  private readonly inc = new Map<string, Set<string>>();
  private readonly byKind = new Map<KindId, Set<string>>();
  private readonly propsCache = new WeakMap<DesignNode, NodeProperties>();
  private layerPositions: Map<number, number> | undefined;

  addNode(n: DesignNode): void {
    this.nodes.set(n.id, n);
    addTo(this.byKind, n.kind, n.id);
    if (n.kind === 'layer') this.layerPositions = undefined;
  }

  removeNode(n: DesignNode): void {
    this.nodes.delete(n.id);
    removeFrom(this.byKind, n.kind, n.id);
    if (n.kind === 'layer') this.layerPositions = undefined;
  }

  addEdge(e: DesignEdge): void {
    this.edges.set(e.id, e);
    addTo(this.out, e.source, e.id);
    addTo(this.inc, e.target, e.id);
  }

  removeEdge(e: DesignEdge): void {
    this.edges.delete(e.id);
    removeFrom(this.out, e.source, e.id);
    removeFrom(this.inc, e.target, e.id);
  }

  outIds(id: string): ReadonlySet<string> {
    return this.out.get(id) ?? EMPTY;
  }

  inIds(id: string): ReadonlySet<string> {
    return this.inc.get(id) ?? EMPTY;
  }

  outgoing(id: string): DesignEdge[] {
    return [...this.outIds(id)].map((e) => this.edges.get(e)!);
  }

  incoming(id: string): DesignEdge[] {
    return [...this.inIds(id)].map((e) => this.edges.get(e)!);
  }

  /** Every node joined to this one by an edge, either way. */
  neighbours(id: string): Set<string> {
    const out = new Set<string>();
    for (const e of this.outIds(id)) out.add(this.edges.get(e)!.target);
    for (const e of this.inIds(id)) out.add(this.edges.get(e)!.source);
    return out;
  }

  idsOfKind(kind: KindId): ReadonlySet<string> {
    return this.byKind.get(kind) ?? EMPTY;
  }

  props(id: string): NodeProperties {
    const n = this.nodes.get(id);
    if (!n) return {};
    let p = this.propsCache.get(n);
    if (!p) this.propsCache.set(n, (p = nodeProps(n)));
    return p;
  }

  isComponent(id: string): boolean {
    const n = this.nodes.get(id);
    return n !== undefined && isComponentKind(n.kind);
  }

  ancestorOfKind(id: string, kinds: readonly KindId[]): DesignNode | undefined {
    let cur = this.nodes.get(id);
    for (let steps = 0; cur?.parent !== undefined && steps <= this.nodes.size; steps++) {
      cur = this.nodes.get(cur.parent);
      if (cur && kinds.includes(cur.kind)) return cur;
    }
    return undefined;
  }

  layerPosition(layer: DesignNode): number {
    if (!this.layerPositions) {
      const ranks = [...new Set([...this.idsOfKind('layer')].map((id) => this.props(id).rank ?? 1))].sort((a, b) => a - b);
      this.layerPositions = new Map(ranks.map((r, i) => [r, i]));
    }
    return this.layerPositions.get(this.props(layer.id).rank ?? 1) ?? 0;
  }

  kindDef(id: string) {
    const n = this.nodes.get(id);
    return n && kindDef(n.kind);
  }
}
