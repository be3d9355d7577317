/**
 * graph/invalid-connection: a self-loop, a duplicate edge (same source and target), a
 * container or note as an endpoint, a missing endpoint, or a passive kind starting a sync call.
 */
import { kindDef } from '../../catalog/kinds';
import { defineRule, isComponent } from '../define';
import { edgeAnchor } from '../text';

export const invalidConnection = defineRule({
  id: 'graph/invalid-connection',
  severity: 'error',
  title: 'An edge that cannot exist',
  principle: 'Edges join components: containers group them, notes annotate them, and stores and registries answer calls but never start one.',
  checkEdge(e, source, target, ctx, emit) {
    if (e.source !== e.target && isComponent(source) && isComponent(target) && !(e.timing === 'sync' && kindDef(source.kind).passive)) return;
    const reasons: string[] = [];
    if (e.source === e.target) reasons.push('it starts and ends at the same component');
    for (const [end, id] of [['starts', e.source], ['ends', e.target]] as const) {
      const kind = ctx.kind(id);
      if (!kind) reasons.push(`it ${end} at "${id}", which does not exist`);
      else if (kind.container) reasons.push(`it ${end} at ${ctx.name(id)}, a ${kind.label.toLowerCase()} container (containers group components and are never endpoints)`);
      else if (kind.annotation) reasons.push(`it ${end} at ${ctx.name(id)}, a note (notes are ignored by rules and simulation)`);
    }
    const src = ctx.kind(e.source);
    if (src?.passive && e.timing === 'sync') reasons.push(`${ctx.name(e.source)} is a ${src.label.toLowerCase()}, a passive component that answers calls but never starts a synchronous call`);
    if (!reasons.length) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [...new Set([e.source, e.target])].filter((id) => ctx.node(id)),
      edges: [e.id],
      message: `The edge from ${ctx.name(e.source)} to ${ctx.name(e.target)} is invalid: ${reasons.join('; ')}.`,
      hint: 'Connect the components themselves; to read from a store, draw a pull edge from the reader to the store.',
    });
  },
  checkNode(n, ctx, emit) {
    if (ctx.outDegree(n.id) < 2) return;
    const byTarget = new Map<string, string[]>();
    for (const e of ctx.outgoing(n.id)) byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e.id]);
    for (const [target, ids] of byTarget) {
      if (ids.length < 2) continue;
      const [first, ...dups] = ids.sort();
      for (const dup of dups) {
        emit({
          anchor: edgeAnchor(dup),
          nodes: [...new Set([n.id, target])],
          edges: [dup, first!],
          message: `${ctx.name(n.id)} has ${ids.length} edges to ${ctx.name(target)}; this one duplicates an existing connection.`,
          hint: 'Delete the duplicate, or merge the two edges into one with the right timing, delivery and processing.',
        });
      }
    }
  },
});
