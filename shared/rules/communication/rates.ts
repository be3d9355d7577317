/**
 * Message rates propagated from the sources along the data flow (DESIGN §3): a node passes on
 * what it receives plus what it emits; `all` routing (brokers) copies to every edge, `one`
 * (queues, gateways, buses) splits evenly, `weighted` splits by edge weight. A cycle counts
 * each message once: every node of a strongly connected component sees the component's total
 * inflow.
 *
 * Kept up to date across edits: a change can only alter the rates downstream of it, so only
 * that region is recomputed, in topological order of its components, reading the unchanged
 * rates at its border. Sums are exact (engine/exact-sum.ts), so a rate does not depend on the
 * order edges are listed in, which follows edit history.
 */
import { dataFlow } from '../../graph/index';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { defineAnalysis, NOTHING_CHANGED, Seeds, type Analysis, type Changed } from '../engine/analysis';
import { grow, EDGE_PUSH, ROUTING_CODE, type GraphSnapshot } from '../engine/graph-store';
import { exactSum } from '../engine/exact-sum';
import { closure, Marks, regionComponents } from '../engine/regions';

export class Rates implements Analysis {
  /** Messages per second arriving at each node slot. */
  inRate = new Float64Array(64);
  /** Messages per second a node passes on (arrivals plus its own emission). */
  outRate = new Float64Array(64);
  /** Per node: its data-flow out-edges and the sum of their weights (how it splits). */
  private outCount = new Int32Array(64);
  private weightSum = new Float64Array(64);
  private arriving = new Float64Array(64);
  private readonly seeds: Seeds;
  private readonly marks = new Marks();

  constructor(readonly g: GraphSnapshot) {
    this.seeds = new Seeds(g);
  }

  noteNode(prev: DesignNode | undefined, next: DesignNode | undefined): void {
    // Own rate and routing live in kind and properties; a new node needs its first values.
    if (next && (!prev || prev.kind !== next.kind || prev.properties !== next.properties)) this.seeds.addId(next.id);
  }

  noteEdge(prev: DesignEdge | undefined, next: DesignEdge | undefined): void {
    for (const e of [prev, next]) {
      if (!e) continue;
      const flow = dataFlow(e);
      const from = this.g.nodeSlot(flow.from);
      this.seeds.addId(flow.to);
      // The sender's other edges change share too, unless it copies to every edge.
      if (from !== undefined && this.g.routing[from] !== ROUTING_CODE.all) this.seeds.add(from);
    }
  }

  /** Changed edges: pushes into a node whose inflow changed, pulls of a node whose outflow changed. */
  update(): Changed {
    if (!this.seeds.pending) return NOTHING_CHANGED;
    const seeds = this.seeds.take();
    const { g } = this;
    const n = g.nodeSlots;
    this.inRate = grow(this.inRate, n);
    this.outRate = grow(this.outRate, n);
    this.outCount = grow(this.outCount, n);
    this.weightSum = grow(this.weightSum, n);
    this.arriving = grow(this.arriving, n);
    const { inRate, outRate, outCount, weightSum, arriving, marks } = this;
    const region = closure(seeds, g.flowOut, g.flowTo, marks, n);
    for (const v of region) {
      let count = 0;
      for (let e = g.flowOut.head[v]!; e !== -1; e = g.flowOut.next[e]!) count++;
      outCount[v] = count;
      weightSum[v] = g.routing[v] === ROUTING_CODE.weighted ? exactSum((add) => this.eachOut(v, (e) => add(g.weight[e]!))) : 0;
    }
    const { order, start, count, comp } = regionComponents(region, marks, g.flowOut, g.flowTo, n);
    const changed: number[] = [];
    // Senders first: Tarjan numbers components successors first.
    for (let c = count - 1; c >= 0; c--) {
      const first = start[c]!;
      const last = start[c + 1]!;
      /** Adds what arrives at v from outside its component. */
      const arrivals = (v: number, add: (x: number) => void) => {
        for (let e = g.flowIn.head[v]!; e !== -1; e = g.flowIn.next[e]!) {
          const w = g.flowFrom[e]!;
          if (!marks.has(w) || comp[w] !== c) add(outRate[w]! * this.share(w, e));
        }
      };
      for (let k = first; k < last; k++) arriving[order[k]!] = exactSum((add) => arrivals(order[k]!, add));
      const cyclic = last - first > 1;
      const total = cyclic
        ? exactSum((add) => {
            for (let k = first; k < last; k++) arrivals(order[k]!, add), add(g.ownRate[order[k]!]!);
          })
        : 0;
      for (let k = first; k < last; k++) {
        const v = order[k]!;
        const into = cyclic ? total : arriving[v]!;
        const out = cyclic ? into : arriving[v]! + g.ownRate[v]!;
        // A node that serves instantly (infinite capacity) is never overrun, whatever arrives.
        if (into !== inRate[v] && g.capacity[v] !== Infinity) for (let e = g.flowIn.head[v]!; e !== -1; e = g.flowIn.next[e]!) if (g.flags[e]! & EDGE_PUSH) changed.push(e);
        if (out !== outRate[v]) for (let e = g.flowOut.head[v]!; e !== -1; e = g.flowOut.next[e]!) if (!(g.flags[e]! & EDGE_PUSH)) changed.push(e);
        inRate[v] = into;
        outRate[v] = out;
      }
    }
    return seeds ? { nodes: [], edges: changed } : 'all';
  }

  private eachOut(v: number, f: (e: number) => void): void {
    for (let e = this.g.flowOut.head[v]!; e !== -1; e = this.g.flowOut.next[e]!) f(e);
  }

  /** The share of w's outflow that edge e carries. */
  private share(w: number, e: number): number {
    const routing = this.g.routing[w];
    if (routing === ROUTING_CODE.all) return 1;
    if (routing === ROUTING_CODE.weighted && this.weightSum[w]! > 0) return this.g.weight[e]! / this.weightSum[w]!;
    return 1 / this.outCount[w]!;
  }
}

export const RATES = defineAnalysis({ name: 'communication/rates', create: (g) => new Rates(g) });

/** Whether an edge carries data (a valid edge) and its slot. */
export function flowSlot(g: GraphSnapshot, edgeId: string): number | undefined {
  const i = g.edgeSlot(edgeId);
  return i !== undefined && g.flags[i] ? i : undefined;
}
