/**
 * Quick fix: replace a direct edge a → b by a → hub → b (the API gateway, the service bus),
 * keeping the edge's attributes; legs that already exist are reused.
 */
import type { KindId } from '../../catalog/kinds';
import type { DesignEdge } from '../../model/schema';
import type { QuickFix } from '../define';
import { copyEdge, findEdge, hasEdge } from './edit-helpers';

export function routeThroughFix(edgeId: string, hubKind: KindId, label: string): QuickFix {
  return {
    label,
    apply(design) {
      const e = findEdge(design, edgeId);
      const hubs = design.nodes.filter((n) => n.kind === hubKind);
      if (!e || !hubs.length) return { type: 'batch', edits: [] };
      // Prefer a hub either end already talks to.
      const linked = (hub: string) => hasEdge(design, e.source, hub) || hasEdge(design, hub, e.target);
      const hub = (hubs.find((h) => linked(h.id)) ?? hubs[0]!).id;
      const taken = new Set<string>();
      const legs: DesignEdge[] = [];
      if (!hasEdge(design, e.source, hub)) legs.push(copyEdge(design, e, e.source, hub, taken));
      if (!hasEdge(design, hub, e.target)) legs.push(copyEdge(design, e, hub, e.target, taken));
      return { type: 'batch', edits: [{ type: 'remove', nodeIds: [], edgeIds: [e.id] }, { type: 'addEdges', edges: legs }] };
    },
  };
}
