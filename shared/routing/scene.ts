/**
 * What the router sees of a design: the boxes of its components and notes (obstacles, in
 * absolute coordinates) and the edges between two of them. Containers are not obstacles:
 * edges cross their borders freely (DESIGN §5: no edge passes through a *component*).
 */
import { isContainerKind } from '../catalog/kinds';
import { nodeSize } from '../layout/sizes';
import type { Design } from '../model/schema';
import type { Box } from './geometry';

export interface RoutedEdgeRef {
  id: string;
  source: string;
  target: string;
}

export interface RoutingScene {
  /** Component and note boxes by node id. */
  boxes: Map<string, Box>;
  /** Edges whose two ends are different boxes of the scene. */
  edges: RoutedEdgeRef[];
}

/** Absolute positions in one pass, parents first (no recursion over nesting depth). */
export function absolutePositions(design: Design): Map<string, { x: number; y: number }> {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const out = new Map<string, { x: number; y: number }>();
  for (const n of design.nodes) {
    if (out.has(n.id)) continue;
    // Walk up to the first ancestor already placed, then come back down.
    const chain = [];
    let cur: typeof n | undefined = n;
    const seen = new Set<string>();
    while (cur && !out.has(cur.id) && !seen.has(cur.id)) {
      seen.add(cur.id);
      chain.push(cur);
      cur = cur.parent !== undefined ? byId.get(cur.parent) : undefined;
    }
    let base = cur && out.has(cur.id) ? out.get(cur.id)! : { x: 0, y: 0 };
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i]!;
      base = { x: base.x + c.position.x, y: base.y + c.position.y };
      out.set(c.id, base);
    }
  }
  return out;
}

export function routingScene(design: Design, only?: ReadonlySet<string>): RoutingScene {
  const abs = absolutePositions(design);
  const boxes = new Map<string, Box>();
  for (const n of design.nodes) {
    if (isContainerKind(n.kind) || (only && !only.has(n.id))) continue;
    const p = abs.get(n.id)!;
    boxes.set(n.id, { x: p.x, y: p.y, ...nodeSize(n) });
  }
  const edges: RoutedEdgeRef[] = [];
  for (const e of design.edges) {
    if (e.source !== e.target && boxes.has(e.source) && boxes.has(e.target)) edges.push({ id: e.id, source: e.source, target: e.target });
  }
  return { boxes, edges };
}
