/**
 * Quick fix for a push without backpressure: put a message queue between producer and
 * consumer (a → queue → b, both legs async), so bursts wait in the queue instead of
 * overrunning the consumer.
 */
import { createNode, freshId } from '../../model/factory';
import type { QuickFix } from '../define';
import { absolute, copyEdge, findEdge, findNode } from './edit-helpers';

export function insertQueueFix(edgeId: string): QuickFix {
  return {
    label: 'Insert a message queue',
    apply(design) {
      const e = findEdge(design, edgeId);
      const a = e && findNode(design, e.source);
      const b = e && findNode(design, e.target);
      if (!e || !a || !b) return { type: 'batch', edits: [] };
      const sameParent = a.parent === b.parent;
      const pa = sameParent ? a.position : absolute(design, a.id);
      const pb = sameParent ? b.position : absolute(design, b.id);
      const queue = createNode({
        id: freshId(design, 'message_queue'),
        kind: 'message-queue',
        label: `${b.label} queue`,
        position: { x: Math.round((pa.x + pb.x) / 2), y: Math.round((pa.y + pb.y) / 2) },
        ...(sameParent && a.parent !== undefined ? { parent: a.parent } : {}),
      });
      const taken = new Set<string>([queue.id]);
      const async = { timing: 'async' as const, delivery: 'push' as const };
      const legs = [
        { ...copyEdge(design, e, a.id, queue.id, taken), ...async, protocol: e.protocol || 'AMQP' },
        { ...copyEdge(design, e, queue.id, b.id, taken), ...async, protocol: e.protocol || 'AMQP' },
      ];
      return {
        type: 'batch',
        edits: [{ type: 'addNodes', nodes: [queue] }, { type: 'remove', nodeIds: [], edgeIds: [e.id] }, { type: 'addEdges', edges: legs }],
      };
    },
  };
}
