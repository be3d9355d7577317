/**
 * microservices/sync-chain: after collapsing sync cycles, the longest path of sync edges is
 * longer than syncChainMax (3); reported once per starting node (a component no sync edge
 * enters).
 */
import { defineRule } from '../define';
import { chain, nodeAnchor } from '../text';
import { SYNC_CALLS } from './sync-graph';

export const DEFAULT_SYNC_CHAIN_MAX = 3;

export const syncChain = defineRule({
  id: 'microservices/sync-chain',
  severity: 'warning',
  pattern: 'microservices',
  title: 'A long chain of synchronous calls',
  principle: 'Synchronous communication: the client blocks until receiving the response; poor scalability under load, cascading failures, resource blocking.',
  facts: (ctx) => String(ctx.settings.syncChainMax ?? DEFAULT_SYNC_CHAIN_MAX),
  uses: [SYNC_CALLS],
  // Reported on the node where the chain starts: the caller of its first call, in a component
  // no sync call enters.
  checkNode(node, ctx, emit) {
    const max = ctx.settings.syncChainMax ?? DEFAULT_SYNC_CHAIN_MAX;
    const calls = ctx.analysis(SYNC_CALLS);
    const { g, dist, best } = calls;
    const v = g.nodeSlot(node.id);
    if (v === undefined || best[v]! < 0 || g.src[best[v]!] !== v || dist[v]! <= max || calls.entered(v)) return;
    const nodes: string[] = [];
    const edges: string[] = [];
    for (let cur = v; best[cur]! >= 0; cur = g.dst[best[cur]!]!) {
      const e = best[cur]!;
      for (const w of [g.src[e]!, g.dst[e]!]) if (nodes[nodes.length - 1] !== g.nodes[w]!.id) nodes.push(g.nodes[w]!.id);
      edges.push(g.edges[e]!.id);
    }
    emit({
      anchor: nodeAnchor(nodes[0]!),
      nodes,
      edges,
      message:
        `A chain of ${dist[v]} synchronous calls starts at ${ctx.name(nodes[0]!)}: ${chain(ctx, nodes)} (the limit is ${max}). ` +
        'Every caller blocks until the whole chain replies, so latency adds up between services and one slow or failed service cascades to all callers.',
      hint: `Make part of the chain asynchronous (a message queue or an event), call services in parallel from one place, or raise syncChainMax (now ${max}) in the design settings.`,
    });
  },
});
