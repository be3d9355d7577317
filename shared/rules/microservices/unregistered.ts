/** microservices/unregistered: a service registry exists and a microservice has no edge to it. */
import { defineRule } from '../define';
import { nodeAnchor } from '../text';

export const unregistered = defineRule({
  id: 'microservices/unregistered',
  severity: 'warning',
  pattern: 'microservices',
  title: 'A microservice is not registered',
  principle: 'Independent Deployment: services are found through the service registry (Figure 34.3), so they can be deployed, scaled and moved independently.',
  kinds: ['microservice'],
  facts: (ctx) => String(ctx.count('service-registry') > 0),
  checkNode(ms, ctx, emit) {
    if (ctx.count('service-registry') === 0) return;
    if (ctx.outgoing(ms.id).some((e) => ctx.node(e.target)?.kind === 'service-registry')) return;
    emit({
      anchor: nodeAnchor(ms.id),
      nodes: [ms.id],
      edges: [],
      message:
        `Microservice ${ctx.name(ms.id)} has no edge to the service registry, so other services cannot discover it. ` +
        'In the microservices architecture every service registers itself so that it can be deployed and scaled independently.',
      hint: 'Draw an edge from the microservice to the service registry.',
    });
  },
});
