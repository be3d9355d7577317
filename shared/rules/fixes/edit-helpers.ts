/** Small pieces the quick fixes share. */
import { freshId } from '../../model/factory';
import type { Design, DesignEdge, DesignNode } from '../../model/schema';

export function findNode(design: Design, id: string): DesignNode | undefined {
  return design.nodes.find((n) => n.id === id);
}

export function findEdge(design: Design, id: string): DesignEdge | undefined {
  return design.edges.find((e) => e.id === id);
}

export function hasEdge(design: Design, source: string, target: string): boolean {
  return design.edges.some((e) => e.source === source && e.target === target);
}

/** A copy of an edge's attributes and properties between new endpoints, with a fresh id. */
export function copyEdge(design: Design, edge: DesignEdge, source: string, target: string, taken: Set<string>): DesignEdge {
  let id = freshId(design, 'e');
  while (taken.has(id)) id = freshId(design, 'e');
  taken.add(id);
  const { suppress: _drop, ...rest } = edge;
  return { ...rest, id, source, target, properties: { ...edge.properties } };
}

/** Position in the coordinates of `parent`'s children, given an absolute one. */
export function absolute(design: Design, id: string): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  let cur = byId.get(id);
  for (let steps = 0; cur && steps <= design.nodes.length; steps++) {
    x += cur.position.x;
    y += cur.position.y;
    cur = cur.parent !== undefined ? byId.get(cur.parent) : undefined;
  }
  return { x, y };
}
