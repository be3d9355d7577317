/** event-driven/direct-coupling: an event source pushes straight to a consumer. */
import { defineRule, isComponent } from '../define';
import { edgeAnchor } from '../text';

const INTERMEDIARIES = new Set(['event-broker', 'message-queue', 'api-gateway', 'service-bus']);

export const directCoupling = defineRule({
  id: 'event-driven/direct-coupling',
  severity: 'warning',
  pattern: 'event-driven',
  title: 'An event source is coupled directly to a consumer',
  principle: 'Event-First Design: all interactions happen through event publication and consumption; loose coupling between components.',
  checkEdge(e, source, target, ctx, emit) {
    if (e.delivery !== 'push' || source?.kind !== 'event-source') return;
    if (!isComponent(target) || INTERMEDIARIES.has(target.kind) || e.source === e.target) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `Event source ${ctx.name(e.source)} pushes directly to ${ctx.name(e.target)} instead of publishing to an event broker. ` +
        'An event-driven design is event-first: interactions happen through event publication and consumption, which keeps producers and consumers loosely coupled.',
      hint: 'Publish the events to the event broker (or a queue) and let the consumer subscribe.',
    });
  },
});
