/** microservices/sync-cycle: sync edges form a cycle; one problem per strongly connected component. */
import { defineRule } from '../define';
import { names, nodeAnchor } from '../text';
import { syncGraph, syncRelevant } from './sync-graph';

export const syncCycle = defineRule({
  id: 'microservices/sync-cycle',
  severity: 'error',
  pattern: 'microservices',
  title: 'Synchronous calls form a cycle',
  principle: 'Independent Deployment: services can be deployed, scaled and updated independently; synchronous calls bring cascading failures and resource blocking.',
  relevant: syncRelevant,
  checkDesign(ctx, emit) {
    const { g, comp, count } = syncGraph(ctx);
    const members: number[][] = Array.from({ length: count }, () => []);
    const inner: string[][] = Array.from({ length: count }, () => []);
    for (let i = 0; i < g.edges.length; i++) {
      const c = comp[g.src[i]!]!;
      if (g.edges[i]!.timing === 'sync' && c === comp[g.dst[i]!]) inner[c]!.push(g.edges[i]!.id);
    }
    for (let v = 0; v < g.nodes.length; v++) members[comp[v]!]!.push(v);
    for (let c = 0; c < count; c++) {
      if (members[c]!.length < 2) continue;
      const ids = members[c]!.map((v) => g.nodes[v]!.id).sort();
      emit({
        anchor: nodeAnchor(ids[0]!),
        nodes: ids,
        edges: inner[c]!.sort(),
        message:
          `Synchronous calls form a cycle through ${ids.length} components: ${names(ctx, ids, 6)}. ` +
          'Each one blocks until the next replies, so one slow service stalls them all (cascading failures, resource blocking) and none can be deployed independently.',
        hint: 'Break the cycle: make one of its calls asynchronous (an event or a message queue), or move the shared logic into a service both call.',
      });
    }
  },
});
