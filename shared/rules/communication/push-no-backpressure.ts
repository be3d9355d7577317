/**
 * communication/push-no-backpressure: a push edge whose source is not a queue or broker
 * brings a node more messages per second than it can serve.
 */
import { defineRule } from '../define';
import { insertQueueFix } from '../fixes/insert-queue';
import { edgeAnchor, perSecond } from '../text';
import { EDGE_PUSH } from '../engine/graph-store';
import { flowSlot, RATES } from './rates';

const BUFFERS = new Set(['message-queue', 'event-broker']);

export const pushNoBackpressure = defineRule({
  id: 'communication/push-no-backpressure',
  severity: 'warning',
  title: 'A push overruns its consumer',
  principle: "Backpressure Handling: Producers must handle cases where consumers can't keep up.",
  uses: [RATES],
  checkEdge(e, _source, _target, ctx, emit) {
    const i = flowSlot(ctx.graph(), e.id);
    if (i === undefined) return;
    const { g, inRate } = ctx.analysis(RATES);
    if (!(g.flags[i]! & EDGE_PUSH)) return;
    const t = g.dst[i]!;
    const cap = g.capacity[t]!;
    // The slack keeps float noise (sums in another order) from flipping an exact tie.
    if (!(inRate[t]! > cap * (1 + 1e-9))) return;
    if (BUFFERS.has(g.nodes[g.src[i]!]!.kind)) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `${ctx.name(e.source)} pushes to ${ctx.name(e.target)}, which receives about ${perSecond(inRate[t]!)} but can serve ${perSecond(cap)} (replicas × workers × 1000 / serviceTimeMs). ` +
        "With push, producers must handle cases where consumers can't keep up, and nothing here absorbs the excess.",
      hint: `Insert a message queue between them, or give ${ctx.name(e.target)} more replicas or workers.`,
      fixes: [insertQueueFix(e.id)],
    });
  },
});
