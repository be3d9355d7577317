/**
 * The checker's mutable index of one design: nodes, edges, adjacency and kind sets. Unlike
 * graph/DesignIndex (rebuilt per design) it is updated element by element, so that an
 * incremental check costs what the edit touched, not the size of the design.
 * Adjacency order depends on history: rules sort whatever order they show.
 */
import { isComponentKind, kindDef, KINDS, type KindId } from '../../catalog/kinds';
import type { NodeProperties } from '../../model/properties';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { nodeProps } from '../../graph/index';
import { GraphStore } from './graph-store';

const EMPTY: ReadonlySet<string> = new Set();
const NO_EDGES: readonly string[] = [];
const COMPONENT = new Map(KINDS.map((k) => [k.id as string, isComponentKind(k.id)]));

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

/** Adjacency lists are arrays (far lighter than sets); order does not matter, so removal swaps. */
function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pull(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.lastIndexOf(value);
  if (i < 0) return;
  list[i] = list[list.length - 1]!;
  list.pop();
  if (!list.length) map.delete(key);
}

export class LiveIndex {
  readonly nodes = new Map<string, DesignNode>();
  readonly edges = new Map<string, DesignEdge>();
  private readonly out = new Map<string, string[]>();
  private readonly inc = new Map<string, string[]>();
  private readonly byKind = new Map<KindId, Set<string>>();
  private readonly kids = new Map<string, string[]>();
  private readonly propsCache = new WeakMap<DesignNode, NodeProperties>();
  private readonly layers = new WeakMap<DesignNode, DesignNode | null>();
  private layerPositions: Map<number, number> | undefined;
  /** The integer-indexed graph for design-scope rules, kept in step. */
  readonly graph = new GraphStore();

  addNode(n: DesignNode): void {
    this.nodes.set(n.id, n);
    addTo(this.byKind, n.kind, n.id);
    if (n.parent !== undefined) push(this.kids, n.parent, n.id);
    if (n.kind === 'layer') this.layerPositions = undefined;
    this.graph.setNode(n);
    this.revalidateAround(n.id);
  }

  removeNode(n: DesignNode): void {
    this.nodes.delete(n.id);
    removeFrom(this.byKind, n.kind, n.id);
    if (n.parent !== undefined) pull(this.kids, n.parent, n.id);
    if (n.kind === 'layer') this.layerPositions = undefined;
    this.graph.deleteNode(n.id);
    this.revalidateAround(n.id);
  }

  addEdge(e: DesignEdge): void {
    this.edges.set(e.id, e);
    push(this.out, e.source, e.id);
    push(this.inc, e.target, e.id);
    this.graph.setEdge(e);
  }

  removeEdge(e: DesignEdge): void {
    this.edges.delete(e.id);
    pull(this.out, e.source, e.id);
    pull(this.inc, e.target, e.id);
    this.graph.deleteEdge(e.id);
  }

  private revalidateAround(id: string): void {
    for (const e of this.outIds(id)) this.graph.revalidate(e);
    for (const e of this.inIds(id)) this.graph.revalidate(e);
  }

  outIds(id: string): readonly string[] {
    return this.out.get(id) ?? NO_EDGES;
  }

  inIds(id: string): readonly string[] {
    return this.inc.get(id) ?? NO_EDGES;
  }

  outgoing(id: string): DesignEdge[] {
    return this.outIds(id).map((e) => this.edges.get(e)!);
  }

  incoming(id: string): DesignEdge[] {
    return this.inIds(id).map((e) => this.edges.get(e)!);
  }

  /** Every node joined to this one by an edge, either way. */
  neighbours(id: string): Set<string> {
    const out = new Set<string>();
    for (const e of this.outIds(id)) out.add(this.edges.get(e)!.target);
    for (const e of this.inIds(id)) out.add(this.edges.get(e)!.source);
    return out;
  }

  /** Ids of the nodes directly inside a container (any order). */
  children(id: string): readonly string[] {
    return this.kids.get(id) ?? NO_EDGES;
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
    return n !== undefined && COMPONENT.get(n.kind) === true;
  }

  /**
   * A node's layer, cached per node object: a node object never changes, and any change to a
   * container other than its label makes the checker start over with a new index. The cache
   * holds which layer; the layer's current object (its label may be new) is returned.
   */
  layerOf(id: string): DesignNode | undefined {
    const n = this.nodes.get(id);
    if (!n || n.parent === undefined) return undefined;
    let layer = this.layers.get(n);
    if (layer === undefined) this.layers.set(n, (layer = this.ancestorOfKind(id, ['layer']) ?? null));
    return layer ? this.nodes.get(layer.id) : undefined;
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
