/** soa/bypass-bus: two services joined directly while a service bus exists. */
import { defineRule } from '../define';
import { routeThroughFix } from '../fixes/route-through';
import { edgeAnchor } from '../text';

export const bypassBus = defineRule({
  id: 'soa/bypass-bus',
  severity: 'error',
  pattern: 'soa',
  title: 'Services talk past the service bus',
  principle: 'The enterprise service bus (ESB) is the middleware through which the services communicate.',
  facts: (ctx) => String(ctx.count('service-bus') > 0),
  checkEdge(e, source, target, ctx, emit) {
    if (source?.kind !== 'service' || target?.kind !== 'service' || e.source === e.target) return;
    if (ctx.count('service-bus') === 0) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `Service ${ctx.name(e.source)} calls service ${ctx.name(e.target)} directly although the design has a service bus. ` +
        'In SOA the enterprise service bus is the middleware through which the services communicate; a direct call couples the two services.',
      hint: 'Route the call through the service bus, which routes messages by content or headers and handles authentication, logging and errors.',
      fixes: [routeThroughFix(e.id, 'service-bus', 'Route the call through the service bus')],
    });
  },
});
