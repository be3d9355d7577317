/**
 * microservices/sync-chain: after collapsing sync cycles, the longest path of sync edges is
 * longer than syncChainMax (3); reported once per starting node (a component no sync edge
 * enters).
 */
import { defineRule } from '../define';
import { chain, nodeAnchor } from '../text';
import { syncGraph, syncRelevant } from './sync-graph';

export const DEFAULT_SYNC_CHAIN_MAX = 3;

export const syncChain = defineRule({
  id: 'microservices/sync-chain',
  severity: 'warning',
  pattern: 'microservices',
  title: 'A long chain of synchronous calls',
  principle: 'Synchronous communication: the client blocks until receiving the response; poor scalability under load, cascading failures, resource blocking.',
  facts: (ctx) => String(ctx.settings.syncChainMax ?? DEFAULT_SYNC_CHAIN_MAX),
  relevant: syncRelevant,
  checkDesign(ctx, emit) {
    const max = ctx.settings.syncChainMax ?? DEFAULT_SYNC_CHAIN_MAX;
    const { g, csr, comp, count } = syncGraph(ctx);
    // Nodes bucketed by component; components are numbered sinks first.
    const start = new Int32Array(count + 1);
    for (let v = 0; v < g.nodeSlots; v++) start[comp[v]! + 1]!++;
    for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, count);
    const byComp = new Int32Array(g.nodeSlots);
    for (let v = 0; v < g.nodeSlots; v++) byComp[fill[comp[v]!]!++] = v;
    const dist = new Int32Array(count);
    const best = new Int32Array(count).fill(-1);
    const entered = new Uint8Array(count);
    for (let c = 0; c < count; c++) {
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const v = byComp[k]!;
        for (let j = csr.start[v]!; j < csr.start[v + 1]!; j++) {
          const e = csr.list[j]!;
          const d = comp[g.dst[e]!]!;
          if (d === c) continue;
          entered[d] = 1;
          // Ties go to the smallest edge id, so the reported path does not depend on slot order.
          const len = dist[d]! + 1;
          if (len > dist[c]! || (len === dist[c]! && g.edges[e]!.id < g.edges[best[c]!]!.id)) {
            dist[c] = len;
            best[c] = e;
          }
        }
      }
    }
    for (let c = 0; c < count; c++) {
      if (entered[c] || dist[c]! <= max) continue;
      const nodes: string[] = [];
      const edges: string[] = [];
      for (let cur = c; best[cur]! >= 0; cur = comp[g.dst[best[cur]!]!]!) {
        const e = best[cur]!;
        for (const v of [g.src[e]!, g.dst[e]!]) if (nodes[nodes.length - 1] !== g.nodes[v]!.id) nodes.push(g.nodes[v]!.id);
        edges.push(g.edges[e]!.id);
      }
      emit({
        anchor: nodeAnchor(nodes[0]!),
        nodes,
        edges,
        message:
          `A chain of ${dist[c]} synchronous calls starts at ${ctx.name(nodes[0]!)}: ${chain(ctx, nodes)} (the limit is ${max}). ` +
          'Every caller blocks until the whole chain replies, so latency adds up between services and one slow or failed service cascades to all callers.',
        hint: `Make part of the chain asynchronous (a message queue or an event), call services in parallel from one place, or raise syncChainMax (now ${max}) in the design settings.`,
      });
    }
  },
});
