/**
 * Quick fix for an upward dependency: the upper node now initiates the edge. Delivery flips
 * (push ↔ pull) so data still flows the same way: a lower layer that pushed up is now polled
 * by the upper one. The edge keeps its id.
 */
import type { QuickFix } from '../define';
import { findEdge, hasEdge } from './edit-helpers';

export function reverseDependencyFix(edgeId: string): QuickFix {
  return {
    label: 'Reverse the dependency (the upper layer calls down)',
    apply(design) {
      const e = findEdge(design, edgeId);
      if (!e) return { type: 'batch', edits: [] };
      const remove = { type: 'remove' as const, nodeIds: [], edgeIds: [e.id] };
      // The upper node already depends on the lower one: the upward edge only has to go.
      if (hasEdge(design, e.target, e.source)) return { type: 'batch', edits: [remove] };
      const reversed = { ...e, source: e.target, target: e.source, delivery: e.delivery === 'push' ? ('pull' as const) : ('push' as const) };
      return { type: 'batch', edits: [remove, { type: 'addEdges', edges: [reversed] }] };
    },
  };
}
