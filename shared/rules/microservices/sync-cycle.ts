/** microservices/sync-cycle: sync edges form a cycle; one problem per strongly connected component. */
import { defineRule } from '../define';
import { names, nodeAnchor } from '../text';
import { SYNC_CALLS } from './sync-graph';

export const syncCycle = defineRule({
  id: 'microservices/sync-cycle',
  severity: 'error',
  pattern: 'microservices',
  title: 'Synchronous calls form a cycle',
  principle: 'Independent Deployment: services can be deployed, scaled and updated independently; synchronous calls bring cascading failures and resource blocking.',
  uses: [SYNC_CALLS],
  // Reported on the member with the smallest id.
  checkNode(node, ctx, emit) {
    const { g, rep, cycles } = ctx.analysis(SYNC_CALLS);
    const v = g.nodeSlot(node.id);
    const cycle = v === undefined ? undefined : cycles.get(rep[v]!);
    if (!cycle || cycle.first !== node.id) return;
    const ids = Array.from(cycle.members, (m) => g.nodes[m]!.id).sort();
    const inner: string[] = [];
    for (const m of cycle.members) for (let e = g.syncOut.head[m]!; e !== -1; e = g.syncOut.next[e]!) if (rep[g.dst[e]!] === rep[v!]) inner.push(g.edges[e]!.id);
    emit({
      anchor: nodeAnchor(ids[0]!),
      nodes: ids,
      edges: inner.sort(),
      message:
        `Synchronous calls form a cycle through ${ids.length} components: ${names(ctx, ids, 6)}. ` +
        'Each one blocks until the next replies, so one slow service stalls them all (cascading failures, resource blocking) and none can be deployed independently.',
      hint: 'Break the cycle: make one of its calls asynchronous (an event or a message queue), or move the shared logic into a service both call.',
    });
  },
});
