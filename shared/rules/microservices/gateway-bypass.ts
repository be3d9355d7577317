/** microservices/gateway-bypass: a client calls a microservice directly while a gateway exists. */
import { defineRule } from '../define';
import { routeThroughFix } from '../fixes/route-through';
import { edgeAnchor } from '../text';

export const gatewayBypass = defineRule({
  id: 'microservices/gateway-bypass',
  severity: 'error',
  pattern: 'microservices',
  title: 'A client bypasses the API gateway',
  principle: 'The API gateway is the entry point of the microservices: load balancing, authentication, rate limiting (Figure 34.3).',
  facts: (ctx) => String(ctx.count('api-gateway') > 0),
  checkEdge(e, source, target, ctx, emit) {
    if (source?.kind !== 'client' || target?.kind !== 'microservice') return;
    if (ctx.count('api-gateway') === 0) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `Client ${ctx.name(e.source)} calls microservice ${ctx.name(e.target)} directly although the design has an API gateway. ` +
        'The gateway is where load balancing, authentication and rate limiting happen; a direct call skips all three.',
      hint: 'Route the call through the API gateway.',
      fixes: [routeThroughFix(e.id, 'api-gateway', 'Route the call through the API gateway')],
    });
  },
});
