/**
 * An integer-indexed view of the design's valid edges (components at both ends, not a loop)
 * for the whole-graph analyses (paths, cycles, message rates). LiveIndex keeps it up to date
 * element by element, adjacency lists included, so a re-check after one edit rebuilds
 * nothing. Slots are reused and list order follows edit history: analyses must give results
 * that do not depend on either (sort, or break ties by id).
 */
import { isComponentKind, kindDef } from '../../catalog/kinds';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { nodeProps } from '../../graph/index';
import { EDGE_DEFAULTS } from '../../model/properties';

export const ROUTING_CODE = { all: 0, one: 1, weighted: 2 } as const;
export const EDGE_VALID = 1;
export const EDGE_SYNC = 2;
export const EDGE_PUSH = 4;

/**
 * Edges grouped by one of their ends, as intrusive linked lists over edge slots:
 * `for (let e = a.head[v]; e !== -1; e = a.next[e])`. Linking and unlinking are O(1).
 */
export interface Adjacency {
  readonly head: Int32Array;
  readonly next: Int32Array;
}

class LinkedAdjacency implements Adjacency {
  head = new Int32Array(64).fill(-1);
  next = new Int32Array(64).fill(-1);
  private prev = new Int32Array(64).fill(-1);
  /** The node each edge is listed under, -1 when it is not listed. */
  private key = new Int32Array(64).fill(-1);

  growNodes(size: number): void {
    this.head = grow(this.head, size, -1);
  }

  growEdges(size: number): void {
    this.next = grow(this.next, size, -1);
    this.prev = grow(this.prev, size, -1);
    this.key = grow(this.key, size, -1);
  }

  /** Lists edge `e` under node `v` (-1: under none), unlisting it first. */
  set(e: number, v: number): void {
    const old = this.key[e]!;
    if (old === v) return;
    if (old !== -1) {
      const p = this.prev[e]!;
      const n = this.next[e]!;
      if (p === -1) this.head[old] = n;
      else this.next[p] = n;
      if (n !== -1) this.prev[n] = p;
    }
    this.key[e] = v;
    this.prev[e] = -1;
    this.next[e] = -1;
    if (v === -1) return;
    const h = this.head[v]!;
    this.next[e] = h;
    if (h !== -1) this.prev[h] = e;
    this.head[v] = e;
  }
}

export interface GraphSnapshot {
  /** Number of node slots in use (some may be free: `nodes[v]` undefined). */
  readonly nodeSlots: number;
  readonly edgeSlots: number;
  readonly nodes: readonly (DesignNode | undefined)[];
  /** 1 where the slot holds a component (not a container, not a note). */
  readonly component: Uint8Array;
  /** The edge in a slot, or undefined when the slot is free or the edge is not valid. */
  readonly edges: readonly (DesignEdge | undefined)[];
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Per edge slot: 0 free or invalid; else EDGE_VALID, plus EDGE_SYNC and EDGE_PUSH bits. */
  readonly flags: Uint8Array;
  /** Data-flow ends of each valid edge (dataFlow(): along push, against pull). */
  readonly flowFrom: Int32Array;
  readonly flowTo: Int32Array;
  /** The `weight` property of each edge (weighted routing). */
  readonly weight: Float64Array;
  /** Messages per second a source emits on its own. */
  readonly ownRate: Float64Array;
  /** Messages per second a node can serve: replicas × workers × 1000 / serviceTimeMs. */
  readonly capacity: Float64Array;
  readonly routing: Uint8Array;
  /** Valid edges by the node data leaves (`flowOut`) or arrives at (`flowIn`). */
  readonly flowOut: Adjacency;
  readonly flowIn: Adjacency;
  /** Valid sync edges by caller (`syncOut`) and callee (`syncIn`). */
  readonly syncOut: Adjacency;
  readonly syncIn: Adjacency;
  nodeSlot(id: string): number | undefined;
  edgeSlot(id: string): number | undefined;
}

/** replicas × workers × 1000 / serviceTimeMs (Infinity when service is instant). */
export function capacityOf(node: DesignNode): number {
  const p = nodeProps(node);
  const ms = p.serviceTimeMs ?? 0;
  return ms > 0 ? ((p.replicas ?? 1) * (p.workers ?? 1) * 1000) / ms : Infinity;
}

/** A typed array with room for `size` slots (doubling), keeping its values; new slots get `fill`. */
export function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number, fill = 0): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  if (fill !== 0) next.fill(fill, a.length);
  return next;
}

export class GraphStore implements GraphSnapshot {
  nodeSlots = 0;
  edgeSlots = 0;
  readonly nodes: (DesignNode | undefined)[] = [];
  readonly edges: (DesignEdge | undefined)[] = [];
  component = new Uint8Array(64);
  src = new Int32Array(64);
  dst = new Int32Array(64);
  flags = new Uint8Array(64);
  flowFrom = new Int32Array(64);
  flowTo = new Int32Array(64);
  weight = new Float64Array(64);
  ownRate = new Float64Array(64);
  capacity = new Float64Array(64);
  routing = new Uint8Array(64);
  readonly flowOut = new LinkedAdjacency();
  readonly flowIn = new LinkedAdjacency();
  readonly syncOut = new LinkedAdjacency();
  readonly syncIn = new LinkedAdjacency();
  private readonly lists = [this.flowOut, this.flowIn, this.syncOut, this.syncIn];
  private readonly stored: (DesignEdge | undefined)[] = [];
  private readonly nodeSlots_ = new Map<string, number>();
  private readonly edgeSlots_ = new Map<string, number>();
  private readonly freeNodes: number[] = [];
  private readonly freeEdges: number[] = [];

  nodeSlot(id: string): number | undefined {
    return this.nodeSlots_.get(id);
  }

  edgeSlot(id: string): number | undefined {
    return this.edgeSlots_.get(id);
  }

  setNode(n: DesignNode): void {
    let v = this.nodeSlots_.get(n.id);
    if (v === undefined) {
      v = this.freeNodes.pop() ?? this.nodeSlots++;
      this.nodeSlots_.set(n.id, v);
      const size = this.nodeSlots;
      this.component = grow(this.component, size);
      this.ownRate = grow(this.ownRate, size);
      this.capacity = grow(this.capacity, size);
      this.routing = grow(this.routing, size);
      for (const l of this.lists) l.growNodes(size);
    }
    const comp = isComponentKind(n.kind);
    const props = nodeProps(n);
    this.nodes[v] = n;
    this.component[v] = comp ? 1 : 0;
    this.ownRate[v] = comp && kindDef(n.kind).source ? (props.rate ?? 0) : 0;
    this.capacity[v] = capacityOf(n);
    this.routing[v] = ROUTING_CODE[props.routing ?? 'all'];
  }

  /** Frees a node's slot; LiveIndex revalidates its edges afterwards, which unlists them. */
  deleteNode(id: string): void {
    const v = this.nodeSlots_.get(id);
    if (v === undefined) return;
    this.nodeSlots_.delete(id);
    this.nodes[v] = undefined;
    this.component[v] = 0;
    this.ownRate[v] = 0;
    this.freeNodes.push(v);
  }

  setEdge(e: DesignEdge): void {
    let i = this.edgeSlots_.get(e.id);
    if (i === undefined) {
      i = this.freeEdges.pop() ?? this.edgeSlots++;
      this.edgeSlots_.set(e.id, i);
      const size = this.edgeSlots;
      this.src = grow(this.src, size);
      this.dst = grow(this.dst, size);
      this.flags = grow(this.flags, size);
      this.flowFrom = grow(this.flowFrom, size);
      this.flowTo = grow(this.flowTo, size);
      this.weight = grow(this.weight, size);
      for (const l of this.lists) l.growEdges(size);
    }
    this.stored[i] = e;
    this.weight[i] = e.properties.weight ?? EDGE_DEFAULTS.weight;
    this.validate(i);
  }

  deleteEdge(id: string): void {
    const i = this.edgeSlots_.get(id);
    if (i === undefined) return;
    this.edgeSlots_.delete(id);
    this.stored[i] = undefined;
    this.edges[i] = undefined;
    this.flags[i] = 0;
    for (const l of this.lists) l.set(i, -1);
    this.freeEdges.push(i);
  }

  /** Re-decides whether an edge is valid (after one of its endpoints changed). */
  revalidate(edgeId: string): void {
    const i = this.edgeSlots_.get(edgeId);
    if (i !== undefined) this.validate(i);
  }

  private validate(i: number): void {
    const e = this.stored[i]!;
    const s = this.nodeSlots_.get(e.source);
    const t = this.nodeSlots_.get(e.target);
    const ok = s !== undefined && t !== undefined && s !== t && this.component[s] === 1 && this.component[t] === 1;
    const sync = ok && e.timing === 'sync';
    this.edges[i] = ok ? e : undefined;
    this.flags[i] = ok ? EDGE_VALID | (sync ? EDGE_SYNC : 0) | (e.delivery === 'push' ? EDGE_PUSH : 0) : 0;
    if (ok) {
      this.src[i] = s;
      this.dst[i] = t;
      const pull = e.delivery === 'pull';
      this.flowFrom[i] = pull ? t : s;
      this.flowTo[i] = pull ? s : t;
    }
    this.flowOut.set(i, ok ? this.flowFrom[i]! : -1);
    this.flowIn.set(i, ok ? this.flowTo[i]! : -1);
    this.syncOut.set(i, sync ? s : -1);
    this.syncIn.set(i, sync ? t : -1);
  }
}
