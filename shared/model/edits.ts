/**
 * Design edits as values (STYLE.md "edits as data"). `applyEdit` is pure and keeps every
 * untouched node and edge object identical, so undo history, autosave, incremental
 * checking and the canvas can all compare by reference.
 */
import { orderParentsFirst } from './document';
import { nesting } from './nesting';
import { LIMITS, type Design, type DesignEdge, type DesignNode, type Requirements, type Scenario, type Settings } from './schema';

export type NodePatch = Partial<Pick<DesignNode, 'label' | 'kind' | 'properties' | 'size' | 'suppress' | 'technology'>>;
export type EdgePatch = Partial<Pick<DesignEdge, 'label' | 'timing' | 'delivery' | 'processing' | 'protocol' | 'properties' | 'suppress'>>;

export type DesignEdit =
  | { type: 'addNodes'; nodes: DesignNode[] }
  | { type: 'addEdges'; edges: DesignEdge[] }
  /** Removes nodes (with their contents and edges) and edges. */
  | { type: 'remove'; nodeIds: string[]; edgeIds: string[] }
  | { type: 'updateNode'; id: string; patch: NodePatch }
  | { type: 'updateEdge'; id: string; patch: EdgePatch }
  /** `parent: null` takes a node out of its container. */
  | { type: 'moveNodes'; moves: { id: string; position: { x: number; y: number }; parent?: string | null }[] }
  | { type: 'updateDocument'; metadata?: Partial<Design['metadata']>; requirements?: Requirements; settings?: Settings; scenarios?: Scenario[] }
  /** Several edits as one undo step (a quick fix, a paste). */
  | { type: 'batch'; edits: DesignEdit[] };

function mapById<T extends { id: string }>(list: T[], id: string, fn: (item: T) => T): T[] {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) return list;
  const next = list.slice();
  next[i] = fn(list[i]!);
  return next;
}

/** Every node inside the given ones (containers), at any depth, plus the given ones. Linear: one pass to index children. */
export function withDescendants(design: Design, ids: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of design.nodes) {
    if (n.parent === undefined) continue;
    const list = children.get(n.parent);
    if (list) list.push(n.id);
    else children.set(n.parent, [n.id]);
  }
  const out = new Set(ids);
  const queue = [...out];
  while (queue.length) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (out.has(child)) continue;
      out.add(child);
      queue.push(child);
    }
  }
  return out;
}

/** Whether the nodes nest within LIMITS.depth without cycles (what a file must hold to open again). */
const nestsWell = (nodes: readonly DesignNode[]): boolean => {
  const { depth } = nesting(nodes);
  return depth.every((d) => d >= 0 && d <= LIMITS.depth);
};

export function applyEdit(design: Design, edit: DesignEdit): Design {
  switch (edit.type) {
    case 'addNodes':
      return edit.nodes.length ? { ...design, nodes: [...design.nodes, ...edit.nodes] } : design;
    case 'addEdges':
      return edit.edges.length ? { ...design, edges: [...design.edges, ...edit.edges] } : design;
    case 'remove': {
      const nodeIds = withDescendants(design, edit.nodeIds);
      const edgeIds = new Set(edit.edgeIds);
      const nodes = design.nodes.filter((n) => !nodeIds.has(n.id));
      const edges = design.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
      if (nodes.length === design.nodes.length && edges.length === design.edges.length) return design;
      return { ...design, nodes, edges };
    }
    case 'updateNode':
      return { ...design, nodes: mapById(design.nodes, edit.id, (n) => ({ ...n, ...edit.patch })) };
    case 'updateEdge':
      return { ...design, edges: mapById(design.edges, edit.id, (e) => ({ ...e, ...edit.patch })) };
    case 'moveNodes': {
      if (!edit.moves.length) return design;
      const moves = new Map(edit.moves.map((m) => [m.id, m]));
      const reparented = edit.moves.some((m) => m.parent !== undefined);
      const nodes = design.nodes.map((n) => {
        const m = moves.get(n.id);
        if (!m) return n;
        const next: DesignNode = { ...n, position: { x: m.position.x, y: m.position.y } };
        if (m.parent === null) delete next.parent;
        else if (m.parent !== undefined) next.parent = m.parent;
        return next;
      });
      if (!reparented) return { ...design, nodes };
      // A container moved into itself or nested past LIMITS.depth would make a file that cannot
      // open again: such moves keep their nodes where they were (position and parent).
      const safe = nestsWell(nodes) || !nestsWell(design.nodes) ? nodes : design.nodes.map((n, i) => (moves.get(n.id)?.parent !== undefined ? n : nodes[i]!));
      // A node moved into a container must come after it (React Flow needs parents first).
      return orderParentsFirst({ ...design, nodes: safe });
    }
    case 'updateDocument':
      return {
        ...design,
        metadata: edit.metadata ? { ...design.metadata, ...edit.metadata } : design.metadata,
        requirements: edit.requirements ?? design.requirements,
        settings: edit.settings ?? design.settings,
        ...(edit.scenarios ? { scenarios: edit.scenarios } : {}),
      };
    case 'batch':
      return edit.edits.reduce(applyEdit, design);
  }
}
