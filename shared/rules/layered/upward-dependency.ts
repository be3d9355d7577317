/** layered/upward-dependency: an edge from a lower layer (higher rank) to a higher one. */
import { defineRule, isComponent } from '../define';
import { reverseDependencyFix } from '../fixes/reverse-dependency';
import { edgeAnchor } from '../text';

export const upwardDependency = defineRule({
  id: 'layered/upward-dependency',
  severity: 'error',
  pattern: 'layered',
  title: 'A lower layer depends on a higher layer',
  principle: 'Unidirectional Dependencies: Higher layers depend on lower layers, but not vice versa.',
  checkEdge(e, source, target, ctx, emit) {
    if (source?.parent === undefined || target?.parent === undefined || !isComponent(source) || !isComponent(target)) return;
    const from = ctx.layerOf(e.source);
    const to = ctx.layerOf(e.target);
    if (!from || !to) return;
    const rankFrom = ctx.props(from.id).rank ?? 1;
    const rankTo = ctx.props(to.id).rank ?? 1;
    if (rankFrom <= rankTo) return;
    emit({
      anchor: edgeAnchor(e.id),
      mentions: [from.id, to.id],
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `${ctx.name(e.source)} in ${ctx.name(from.id)} (rank ${rankFrom}) depends on ${ctx.name(e.target)} in the higher ${ctx.name(to.id)} (rank ${rankTo}). ` +
        'Layered architecture keeps unidirectional dependencies: higher layers depend on lower layers, but not vice versa.',
      hint: 'Let the upper layer call or poll the lower one (the quick fix reverses the edge and keeps the data flow), or have the lower layer publish an event the upper layer consumes.',
      fixes: [reverseDependencyFix(e.id)],
    });
  },
});
