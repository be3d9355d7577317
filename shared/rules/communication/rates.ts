/**
 * Message rates propagated from the sources along the data flow (DESIGN §3): a node passes on
 * what it receives plus what it emits; `all` routing (brokers) copies to every edge, `one`
 * (queues, gateways, buses) splits evenly, `weighted` splits by edge weight. A cycle counts
 * each message once: every node of a strongly connected component sees the component's total
 * inflow. Computed once per check and shared by the rules that need it.
 */
import { edgeProps } from '../../graph/index';
import type { DesignEdge, DesignNode } from '../../model/schema';
import type { RuleContext } from '../define';
import { buildCsr, ROUTING_CODE, type Csr, type GraphSnapshot } from '../engine/graph-store';
import { components } from '../engine/tarjan';

export interface Flow {
  g: GraphSnapshot;
  /** Slots of the valid edges. */
  valid: Int32Array;
  /** Data-flow ends of each edge slot (dataFlow(): along push, against pull). */
  from: Int32Array;
  to: Int32Array;
  /** Edges by the node data leaves (`out`) or arrives at (`into`); built on first use. */
  out(): Csr;
  into(): Csr;
}

export interface Rates extends Flow {
  /** Messages per second arriving at each node slot. */
  inRate: Float64Array;
  /** Messages per second a node passes on (arrivals plus its own emission). */
  outRate: Float64Array;
}

export function flow(ctx: RuleContext): Flow {
  return ctx.memo('communication/flow', () => {
    const g = ctx.graph();
    const valid = new Int32Array(g.edgeSlots);
    let m = 0;
    for (let i = 0; i < g.edgeSlots; i++) if (g.flags[i]) valid[m++] = i;
    const slots = valid.subarray(0, m);
    let out: Csr | undefined;
    let into: Csr | undefined;
    return {
      g,
      valid: slots,
      from: g.flowFrom,
      to: g.flowTo,
      out: () => (out ??= buildCsr(g.nodeSlots, slots, g.flowFrom)),
      into: () => (into ??= buildCsr(g.nodeSlots, slots, g.flowTo)),
    };
  });
}

export function rates(ctx: RuleContext): Rates {
  return ctx.memo('communication/rates', () => {
    const f = flow(ctx);
    const { g, to } = f;
    const n = g.nodeSlots;
    const csr = f.out();
    const { comp, count } = components(n, csr, to);
    // Components in topological order (Tarjan numbers them sinks first).
    const size = new Int32Array(count);
    for (let v = 0; v < n; v++) size[comp[v]!]!++;
    const start = new Int32Array(count + 1);
    for (let c = 0; c < count; c++) start[c + 1] = start[c]! + size[c]!;
    const fill = start.slice(0, count);
    const byComp = new Int32Array(n);
    for (let v = 0; v < n; v++) byComp[fill[comp[v]!]!++] = v;
    const inRate = new Float64Array(n);
    const outRate = new Float64Array(n);
    const arriving = new Float64Array(n);
    for (let c = count - 1; c >= 0; c--) {
      let total = 0;
      for (let k = start[c]!; k < start[c + 1]!; k++) total += arriving[byComp[k]!]! + g.ownRate[byComp[k]!]!;
      const cyclic = size[c]! > 1;
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const v = byComp[k]!;
        inRate[v] = cyclic ? total : arriving[v]!;
        outRate[v] = cyclic ? total : arriving[v]! + g.ownRate[v]!;
        const s = csr.start[v]!;
        const t = csr.start[v + 1]!;
        if (s === t) continue;
        const routing = g.routing[v];
        let weights = 0;
        if (routing === ROUTING_CODE.weighted) for (let j = s; j < t; j++) weights += edgeProps(g.edges[csr.list[j]!]!).weight;
        for (let j = s; j < t; j++) {
          const e = csr.list[j]!;
          if (comp[to[e]!] === c) continue;
          const share =
            routing === ROUTING_CODE.all ? 1 : routing === ROUTING_CODE.weighted && weights > 0 ? edgeProps(g.edges[e]!).weight / weights : 1 / (t - s);
          arriving[to[e]!]! += outRate[v]! * share;
        }
      }
    }
    return { ...f, inRate, outRate };
  });
}

/** Rate rules read every edge's ends, delivery and properties and every node's properties. */
export const ratesRelevant = {
  edge: (p: DesignEdge | undefined, n: DesignEdge | undefined) =>
    !p || !n || p.source !== n.source || p.target !== n.target || p.delivery !== n.delivery || p.properties !== n.properties,
  node: (p: DesignNode | undefined, n: DesignNode | undefined) => !!p && !!n && (p.kind !== n.kind || p.properties !== n.properties),
};
