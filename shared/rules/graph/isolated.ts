/** graph/isolated: a component with no edges. */
import { isComponentKind, KINDS } from '../../catalog/kinds';
import { defineRule } from '../define';
import { nodeAnchor } from '../text';

export const isolated = defineRule({
  id: 'graph/isolated',
  severity: 'info',
  title: 'A component with no connections',
  principle: 'Architecture patterns organize components and manage the data flow between them.',
  kinds: KINDS.map((k) => k.id).filter(isComponentKind),
  checkNode(n, ctx, emit) {
    if (ctx.degree(n.id) > 0) return;
    emit({
      anchor: nodeAnchor(n.id),
      nodes: [n.id],
      edges: [],
      message: `${ctx.name(n.id)} has no connections: no data flows to or from it.`,
      hint: 'Connect it to the components it talks to, or delete it.',
    });
  },
});
