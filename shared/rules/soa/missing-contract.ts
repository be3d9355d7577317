/** soa/missing-contract: an edge to or from a service or the bus with no protocol. */
import { defineRule } from '../define';
import { edgeAnchor } from '../text';

const CONTRACTED = new Set(['service', 'service-bus']);

export const missingContract = defineRule({
  id: 'soa/missing-contract',
  severity: 'warning',
  pattern: 'soa',
  title: 'A service edge has no contract',
  principle: 'Service Contracts: Well-defined interfaces that specify how services interact, including data formats and communication protocols.',
  checkEdge(e, source, target, ctx, emit) {
    if (e.protocol.trim() !== '') return;
    const touches = CONTRACTED.has(source?.kind ?? '') || CONTRACTED.has(target?.kind ?? '');
    if (!touches) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `The edge from ${ctx.name(e.source)} to ${ctx.name(e.target)} names no protocol. ` +
        'SOA services interact through service contracts: well-defined interfaces that specify data formats and communication protocols.',
      hint: 'Set the edge protocol (REST, SOAP or gRPC are what the bus is built on).',
    });
  },
});
