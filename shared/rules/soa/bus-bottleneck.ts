/** soa/bus-bottleneck: a single-replica bus with more service neighbours than the limit. */
import { defineRule } from '../define';
import { names, nodeAnchor } from '../text';

export const DEFAULT_BUS_FAN_OUT_MAX = 8;

export const busBottleneck = defineRule({
  id: 'soa/bus-bottleneck',
  severity: 'warning',
  pattern: 'soa',
  title: 'The service bus can become a bottleneck',
  principle: 'ESB can become a bottleneck.',
  kinds: ['service-bus'],
  facts: (ctx) => String(ctx.settings.busFanOutMax ?? DEFAULT_BUS_FAN_OUT_MAX),
  checkNode(bus, ctx, emit) {
    const replicas = ctx.props(bus.id).replicas ?? 1;
    if (replicas > 1) return;
    const max = ctx.settings.busFanOutMax ?? DEFAULT_BUS_FAN_OUT_MAX;
    const services = new Set<string>();
    for (const e of ctx.outgoing(bus.id)) if (ctx.node(e.target)?.kind === 'service') services.add(e.target);
    for (const e of ctx.incoming(bus.id)) if (ctx.node(e.source)?.kind === 'service') services.add(e.source);
    if (services.size <= max) return;
    const list = [...services].sort();
    emit({
      anchor: nodeAnchor(bus.id),
      nodes: [bus.id, ...list],
      edges: [],
      message:
        `Service bus ${ctx.name(bus.id)} runs as a single replica and connects ${services.size} services (${names(ctx, list)}), more than ${max}. ` +
        'The seed warns that the ESB can become a bottleneck: every call between services passes through it.',
      hint: `Give the bus more replicas, split it by domain, or raise the limit (busFanOutMax, now ${max}) in the design settings.`,
    });
  },
});
