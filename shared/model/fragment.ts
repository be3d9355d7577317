/**
 * Design fragments: what copy puts on the clipboard and paste or duplicate adds back. A
 * fragment holds the chosen nodes with everything inside chosen containers, and the edges
 * whose two ends are both in it. Pasting gives every element a fresh id, so a fragment can
 * be pasted many times, into the same design or another one.
 */
import type { DesignEdit } from './edits';
import { withDescendants } from './edits';
import { newId } from './factory';
import { safeJsonParse, validateDesign } from './document';
import type { Design, DesignEdge, DesignNode } from './schema';

export const FRAGMENT_FORMAT = 'archway-fragment/1';

export interface Fragment {
  format: typeof FRAGMENT_FORMAT;
  nodes: DesignNode[];
  edges: DesignEdge[];
}

export function extractFragment(design: Design, nodeIds: Iterable<string>): Fragment {
  const ids = withDescendants(design, nodeIds);
  const byId = new Map(design.nodes.map((m) => [m.id, m]));
  const nodes = design.nodes
    .filter((n) => ids.has(n.id))
    // A node whose container is not copied lands on the canvas at its absolute position.
    .map((n) => (n.parent !== undefined && !ids.has(n.parent) ? detach(byId, n) : n));
  const edges = design.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { format: FRAGMENT_FORMAT, nodes, edges };
}

/** `byId` is built once per copy: building it per detached node made copying many of them quadratic. */
function detach(byId: ReadonlyMap<string, DesignNode>, n: DesignNode): DesignNode {
  let x = n.position.x;
  let y = n.position.y;
  for (let p = n.parent !== undefined ? byId.get(n.parent) : undefined, steps = 0; p && steps <= byId.size; steps++) {
    x += p.position.x;
    y += p.position.y;
    p = p.parent !== undefined ? byId.get(p.parent) : undefined;
  }
  const { parent: _parent, ...rest } = n;
  return { ...rest, position: { x, y } };
}

/** The edit that adds a fragment's elements with fresh ids, moved by `offset`. Returns the new node ids too. */
export function pasteFragment(design: Design, fragment: Fragment, offset = { x: 32, y: 32 }): { edit: DesignEdit; nodeIds: string[]; edgeIds: string[] } {
  // One set of taken ids for the whole paste (freshId per element rebuilt it: quadratic).
  const taken = new Set<string>();
  for (const n of design.nodes) taken.add(n.id);
  for (const e of design.edges) taken.add(e.id);
  const fresh = (prefix: string): string => {
    for (;;) {
      const id = newId(prefix);
      if (!taken.has(id)) return taken.add(id), id;
    }
  };
  const ids = new Map<string, string>();
  for (const n of fragment.nodes) ids.set(n.id, fresh(n.id.replace(/_[a-z0-9]{6}$/, '').slice(0, 40) || 'n'));
  const nodes = fragment.nodes.map((n) => {
    const parent = n.parent !== undefined ? ids.get(n.parent) : undefined;
    const copy: DesignNode = { ...n, id: ids.get(n.id)!, position: parent ? n.position : { x: n.position.x + offset.x, y: n.position.y + offset.y } };
    if (parent) copy.parent = parent;
    else delete copy.parent;
    return copy;
  });
  const edges = fragment.edges.map((e) => ({ ...e, id: fresh('e'), source: ids.get(e.source)!, target: ids.get(e.target)! }));
  return {
    edit: { type: 'batch', edits: [{ type: 'addNodes', nodes }, { type: 'addEdges', edges }] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}

export function serializeFragment(fragment: Fragment): string {
  return JSON.stringify(fragment);
}

/** Reads clipboard text as a fragment, validating it like a design file; undefined if it is not one. */
export function parseFragment(text: string): Fragment | undefined {
  if (!text.includes(FRAGMENT_FORMAT)) return undefined;
  let raw: unknown;
  try {
    raw = safeJsonParse(text);
  } catch {
    return undefined;
  }
  const r = raw as Partial<Fragment>;
  if (r?.format !== FRAGMENT_FORMAT) return undefined;
  const checked = validateDesign({ formatVersion: 1, metadata: { title: 'clipboard' }, nodes: r.nodes, edges: r.edges });
  return checked.ok ? { format: FRAGMENT_FORMAT, nodes: checked.design.nodes, edges: checked.design.edges } : undefined;
}
