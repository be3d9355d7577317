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
    const { g, sync, comp, count } = syncGraph(ctx);
    const size = new Int32Array(count);
    for (let v = 0; v < g.nodeSlots; v++) size[comp[v]!]!++;
    const members = new Map<number, string[]>();
    const inner = new Map<number, string[]>();
    for (let v = 0; v < g.nodeSlots; v++) {
      const c = comp[v]!;
      if (size[c]! < 2) continue;
      if (!members.has(c)) members.set(c, []), inner.set(c, []);
      members.get(c)!.push(g.nodes[v]!.id);
    }
    for (const i of sync) {
      const c = comp[g.src[i]!]!;
      if (c === comp[g.dst[i]!] && size[c]! > 1) inner.get(c)!.push(g.edges[i]!.id);
    }
    for (const [c, list] of members) {
      const ids = list.sort();
      emit({
        anchor: nodeAnchor(ids[0]!),
        nodes: ids,
        edges: inner.get(c)!.sort(),
        message:
          `Synchronous calls form a cycle through ${ids.length} components: ${names(ctx, ids, 6)}. ` +
          'Each one blocks until the next replies, so one slow service stalls them all (cascading failures, resource blocking) and none can be deployed independently.',
        hint: 'Break the cycle: make one of its calls asynchronous (an event or a message queue), or move the shared logic into a service both call.',
      });
    }
  },
});
