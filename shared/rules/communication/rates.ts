/**
 * Message rates propagated from the sources along the data flow (DESIGN §3): a node passes on
 * what it receives plus what it emits; `all` routing (brokers) copies to every edge, `one`
 * (queues, gateways, buses) splits evenly, `weighted` splits by edge weight. A cycle counts
 * each message once: every node of a strongly connected component sees the component's total
 * inflow. Computed once per check and shared by the rules that need it.
 */
import type { DesignEdge, DesignNode } from '../../model/schema';
import type { RuleContext } from '../define';
import { dataFlow, edgeProps, nodeProps } from '../../graph/index';
import { kindDef } from '../../catalog/kinds';
import { buildCsr, tarjan, type GraphSnapshot } from '../engine/snapshot';

export interface Rates {
  g: GraphSnapshot;
  /** Data-flow ends of each snapshot edge. */
  from: Int32Array;
  to: Int32Array;
  /** Messages per second arriving at each node. */
  inRate: Float64Array;
  /** Messages per second a node passes on (arrivals plus its own emission). */
  outRate: Float64Array;
}

/** Messages per second a node can serve: replicas × workers × 1000 / serviceTimeMs. */
export function capacity(node: DesignNode): number {
  const p = nodeProps(node);
  const ms = p.serviceTimeMs ?? 0;
  return ms > 0 ? ((p.replicas ?? 1) * (p.workers ?? 1) * 1000) / ms : Infinity;
}

/** The data-flow ends of every snapshot edge (dataFlow() over typed arrays). */
export function flow(ctx: RuleContext): { g: GraphSnapshot; from: Int32Array; to: Int32Array } {
  return ctx.memo('communication/flow', () => {
    const g = ctx.graph();
    const m = g.edges.length;
    const from = new Int32Array(m);
    const to = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const { from: f } = dataFlow(g.edges[i]!);
      const forward = f === g.edges[i]!.source;
      from[i] = forward ? g.src[i]! : g.dst[i]!;
      to[i] = forward ? g.dst[i]! : g.src[i]!;
    }
    return { g, from, to };
  });
}

export function rates(ctx: RuleContext): Rates {
  return ctx.memo('communication/rates', () => {
    const { g, from, to } = flow(ctx);
    const n = g.nodes.length;
    const m = g.edges.length;
    const all = Int32Array.from({ length: m }, (_, i) => i);
    const csr = buildCsr(n, all, from);
    const { comp, count } = tarjan(n, csr, to);
    const own = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const node = g.nodes[v]!;
      if (g.component[v] && kindDef(node.kind).source) own[v] = nodeProps(node).rate ?? 0;
    }
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
      for (let k = start[c]!; k < start[c + 1]!; k++) total += arriving[byComp[k]!]! + own[byComp[k]!]!;
      const cyclic = size[c]! > 1;
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const v = byComp[k]!;
        inRate[v] = cyclic ? total : arriving[v]!;
        outRate[v] = cyclic ? total : arriving[v]! + own[v]!;
        const s = csr.start[v]!;
        const t = csr.start[v + 1]!;
        if (s === t) continue;
        const routing = nodeProps(g.nodes[v]!).routing ?? 'all';
        let weights = 0;
        if (routing === 'weighted') for (let j = s; j < t; j++) weights += edgeProps(g.edges[csr.list[j]!]!).weight;
        for (let j = s; j < t; j++) {
          const e = csr.list[j]!;
          const share =
            routing === 'all' ? 1 : routing === 'weighted' && weights > 0 ? edgeProps(g.edges[e]!).weight / weights : 1 / (t - s);
          if (comp[to[e]!] !== c) arriving[to[e]!]! += outRate[v]! * share;
        }
      }
    }
    return { g, from, to, inRate, outRate };
  });
}

/** Rate rules read every edge's ends, delivery and properties and every node's properties. */
export const ratesRelevant = {
  edge: (p: DesignEdge | undefined, n: DesignEdge | undefined) =>
    !p || !n || p.source !== n.source || p.target !== n.target || p.delivery !== n.delivery || p.properties !== n.properties,
  node: (p: DesignNode | undefined, n: DesignNode | undefined) => !!p && !!n && (p.kind !== n.kind || p.properties !== n.properties),
};

