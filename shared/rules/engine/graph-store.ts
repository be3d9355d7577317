/**
 * An integer-indexed view of the design's valid edges (components at both ends, not a loop)
 * for design-scope rules: paths, cycles and message rates run over typed arrays. It is kept
 * up to date element by element by LiveIndex, so a re-check after one edit does not rebuild
 * it. Slots are reused, so slot order depends on edit history: rules that read it must give
 * results that do not depend on that order (sort, or break ties by id).
 */
import { isComponentKind, kindDef } from '../../catalog/kinds';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { nodeProps } from '../../graph/index';

export const ROUTING_CODE = { all: 0, one: 1, weighted: 2 } as const;
export const EDGE_VALID = 1;
export const EDGE_SYNC = 2;
export const EDGE_PUSH = 4;

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
  /** Messages per second a source emits on its own. */
  readonly ownRate: Float64Array;
  /** Messages per second a node can serve: replicas × workers × 1000 / serviceTimeMs. */
  readonly capacity: Float64Array;
  readonly routing: Uint8Array;
}

/** replicas × workers × 1000 / serviceTimeMs (Infinity when service is instant). */
export function capacityOf(node: DesignNode): number {
  const p = nodeProps(node);
  const ms = p.serviceTimeMs ?? 0;
  return ms > 0 ? ((p.replicas ?? 1) * (p.workers ?? 1) * 1000) / ms : Infinity;
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
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
  ownRate = new Float64Array(64);
  capacity = new Float64Array(64);
  routing = new Uint8Array(64);
  private readonly stored: (DesignEdge | undefined)[] = [];
  private readonly nodeSlot = new Map<string, number>();
  private readonly edgeSlot = new Map<string, number>();
  private readonly freeNodes: number[] = [];
  private readonly freeEdges: number[] = [];

  setNode(n: DesignNode): void {
    let v = this.nodeSlot.get(n.id);
    if (v === undefined) {
      v = this.freeNodes.pop() ?? this.nodeSlots++;
      this.nodeSlot.set(n.id, v);
      const size = this.nodeSlots;
      this.component = grow(this.component, size);
      this.ownRate = grow(this.ownRate, size);
      this.capacity = grow(this.capacity, size);
      this.routing = grow(this.routing, size);
    }
    const comp = isComponentKind(n.kind);
    const props = nodeProps(n);
    this.nodes[v] = n;
    this.component[v] = comp ? 1 : 0;
    this.ownRate[v] = comp && kindDef(n.kind).source ? (props.rate ?? 0) : 0;
    this.capacity[v] = capacityOf(n);
    this.routing[v] = ROUTING_CODE[props.routing ?? 'all'];
  }

  deleteNode(id: string): void {
    const v = this.nodeSlot.get(id);
    if (v === undefined) return;
    this.nodeSlot.delete(id);
    this.nodes[v] = undefined;
    this.component[v] = 0;
    this.ownRate[v] = 0;
    this.freeNodes.push(v);
  }

  setEdge(e: DesignEdge): void {
    let i = this.edgeSlot.get(e.id);
    if (i === undefined) {
      i = this.freeEdges.pop() ?? this.edgeSlots++;
      this.edgeSlot.set(e.id, i);
      this.src = grow(this.src, this.edgeSlots);
      this.dst = grow(this.dst, this.edgeSlots);
      this.flags = grow(this.flags, this.edgeSlots);
      this.flowFrom = grow(this.flowFrom, this.edgeSlots);
      this.flowTo = grow(this.flowTo, this.edgeSlots);
    }
    this.stored[i] = e;
    this.validate(i);
  }

  deleteEdge(id: string): void {
    const i = this.edgeSlot.get(id);
    if (i === undefined) return;
    this.edgeSlot.delete(id);
    this.stored[i] = undefined;
    this.edges[i] = undefined;
    this.flags[i] = 0;
    this.freeEdges.push(i);
  }

  /** Re-decides whether an edge is valid (after one of its endpoints changed). */
  revalidate(edgeId: string): void {
    const i = this.edgeSlot.get(edgeId);
    if (i !== undefined) this.validate(i);
  }

  private validate(i: number): void {
    const e = this.stored[i]!;
    const s = this.nodeSlot.get(e.source);
    const t = this.nodeSlot.get(e.target);
    const ok = s !== undefined && t !== undefined && s !== t && this.component[s] === 1 && this.component[t] === 1;
    this.edges[i] = ok ? e : undefined;
    this.flags[i] = ok ? EDGE_VALID | (e.timing === 'sync' ? EDGE_SYNC : 0) | (e.delivery === 'push' ? EDGE_PUSH : 0) : 0;
    if (ok) {
      this.src[i] = s;
      this.dst[i] = t;
      const pull = e.delivery === 'pull';
      this.flowFrom[i] = pull ? t : s;
      this.flowTo[i] = pull ? s : t;
    }
  }
}

/** Compressed adjacency of some of the store's edges, in a chosen direction. */
export interface Csr {
  readonly start: Int32Array;
  /** Edge slots, grouped by node slot. */
  readonly list: Int32Array;
}

export function buildCsr(n: number, edgeIdx: ArrayLike<number>, from: ArrayLike<number>): Csr {
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
