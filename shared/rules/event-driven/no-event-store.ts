/** event-driven/no-event-store: an event-driven design without an event store. */
import { defineRule } from '../define';
import { names, nodeAnchor } from '../text';

export const noEventStore = defineRule({
  id: 'event-driven/no-event-store',
  severity: 'info',
  pattern: 'event-driven',
  title: 'No event store: no audit trail, no replay',
  principle: 'Event Sourcing: Complete audit trail of all events, enabling replay and debugging capabilities.',
  facts: (ctx) => String(ctx.count('event-store') > 0),
  relevant: { node: (p, n) => p?.kind === 'event-broker' || n?.kind === 'event-broker' },
  checkDesign(ctx, emit) {
    if (ctx.count('event-store') > 0) return;
    const brokers = ctx.ofKind('event-broker');
    emit({
      ...(brokers.length ? { anchor: nodeAnchor(brokers[0]!) } : { tag: 'design' }),
      nodes: brokers,
      edges: [],
      message:
        `The design is event-driven${brokers.length ? ` (${names(ctx, brokers)})` : ''} but has no event store. ` +
        'Event sourcing keeps a complete audit trail of all events, enabling replay and debugging.',
      hint: 'Add an event store that the broker writes to (feature store, predictions, monitoring data, alerts).',
    });
  },
});
