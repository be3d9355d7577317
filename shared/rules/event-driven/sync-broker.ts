/** event-driven/sync-broker: a sync push edge touches an event broker (polling it is fine). */
import { defineRule } from '../define';
import { makeAsyncFix } from '../fixes/make-async';
import { edgeAnchor } from '../text';

export const syncBroker = defineRule({
  id: 'event-driven/sync-broker',
  severity: 'error',
  pattern: 'event-driven',
  title: 'A synchronous push to or from the event broker',
  principle: 'Loose Temporal Coupling: Producers and consumers do not need to be available at the same time, enabling asynchronous processing.',
  checkEdge(e, source, target, ctx, emit) {
    if (e.timing !== 'sync' || e.delivery !== 'push') return;
    if (source?.kind !== 'event-broker' && target?.kind !== 'event-broker') return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `The edge from ${ctx.name(e.source)} to ${ctx.name(e.target)} is a synchronous push through an event broker. ` +
        'Event-driven architecture relies on loose temporal coupling: producers and consumers do not need to be available at the same time.',
      hint: 'Make the edge asynchronous (publish and go on); consumers that want to control the pace may poll the broker instead.',
      fixes: [makeAsyncFix(e.id)],
    });
  },
});
