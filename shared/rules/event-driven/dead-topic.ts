/**
 * event-driven/dead-topic: a broker with producers but no consumers, or the reverse.
 * Producers: incoming push edges and outgoing pull edges; consumers: the reverse.
 */
import { defineRule } from '../define';
import { nodeAnchor } from '../text';

export const deadTopic = defineRule({
  id: 'event-driven/dead-topic',
  severity: 'warning',
  pattern: 'event-driven',
  title: 'Events are published but never consumed, or awaited but never published',
  principle: 'Event-First Design: the system is designed around events as first-class citizens, with all interactions happening through event publication and consumption.',
  kinds: ['event-broker'],
  checkNode(broker, ctx, emit) {
    const producers: string[] = [];
    const consumers: string[] = [];
    for (const e of ctx.incoming(broker.id)) {
      if (e.source === broker.id || !ctx.isComponent(e.source)) continue;
      (e.delivery === 'push' ? producers : consumers).push(e.id);
    }
    for (const e of ctx.outgoing(broker.id)) {
      if (e.target === broker.id || !ctx.isComponent(e.target)) continue;
      (e.delivery === 'push' ? consumers : producers).push(e.id);
    }
    if ((producers.length > 0) === (consumers.length > 0)) return;
    const noConsumers = producers.length > 0;
    emit({
      anchor: nodeAnchor(broker.id),
      nodes: [broker.id],
      edges: (noConsumers ? producers : consumers).sort(),
      message: noConsumers
        ? `Event broker ${ctx.name(broker.id)} receives events from ${producers.length} producer${producers.length > 1 ? 's' : ''} but nothing consumes them. In an event-driven design every event is published to be consumed.`
        : `Event broker ${ctx.name(broker.id)} has ${consumers.length} consumer${consumers.length > 1 ? 's' : ''} but nothing publishes to it. In an event-driven design consumers react to events that producers publish.`,
      hint: noConsumers
        ? 'Add a consumer (an event processor or store) that subscribes to the broker, or remove the unused topic.'
        : 'Connect the event sources that should publish to this broker.',
    });
  },
});
