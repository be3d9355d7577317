/**
 * Quick fix for a shared database: the first microservice (by id) keeps it; each other one
 * gets its own copy of the database (same kind, properties and container), and its edges to
 * the shared one move to the copy.
 */
import { createNode } from '../../model/factory';
import type { DesignEdit } from '../../model/edits';
import type { DesignNode } from '../../model/schema';
import type { QuickFix } from '../define';
import { findNode } from './edit-helpers';
import { freshId } from '../../model/factory';

export function ownDatabasesFix(dbId: string): QuickFix {
  return {
    label: 'Give each microservice its own database',
    apply(design) {
      const db = findNode(design, dbId);
      if (!db) return { type: 'batch', edits: [] };
      const kinds = new Map(design.nodes.map((n) => [n.id, n.kind]));
      const users = [...new Set(design.edges.filter((e) => e.target === dbId && kinds.get(e.source) === 'microservice').map((e) => e.source))].sort();
      const labels = new Map(design.nodes.map((n) => [n.id, n.label]));
      const edits: DesignEdit[] = [];
      const newNodes: DesignNode[] = [];
      const used = new Set<string>();
      users.slice(1).forEach((ms, i) => {
        let id = freshId(design, db.kind.replace(/-/g, '_'));
        while (used.has(id)) id = freshId(design, db.kind.replace(/-/g, '_'));
        used.add(id);
        const copy = createNode({
          id,
          kind: db.kind,
          label: `${db.label} (${labels.get(ms) ?? ms})`,
          position: { x: db.position.x + 40 * (i + 1), y: db.position.y + 120 * (i + 1) },
          properties: { ...db.properties },
          ...(db.parent !== undefined ? { parent: db.parent } : {}),
        });
        newNodes.push(copy);
        const moved = design.edges.filter((e) => e.source === ms && e.target === dbId);
        edits.push({ type: 'remove', nodeIds: [], edgeIds: moved.map((e) => e.id) });
        edits.push({ type: 'addEdges', edges: moved.map((e) => ({ ...e, target: id })) });
      });
      return { type: 'batch', edits: [{ type: 'addNodes', nodes: newNodes }, ...edits] };
    },
  };
}
