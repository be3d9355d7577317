/**
 * Which container a node lands in when dropped: the innermost container whose frame holds
 * the node's centre, never the node itself or one of its own descendants.
 */
import { kindDef } from '../../../shared/catalog/kinds';
import { DesignIndex } from '../../../shared/graph/index';
import { withDescendants } from '../../../shared/model/edits';
import type { Design } from '../../../shared/model/schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function findDropContainer(design: Design, index: DesignIndex, movingIds: Iterable<string>, center: { x: number; y: number }): string | undefined {
  const excluded = withDescendants(design, movingIds);
  let best: { id: string; area: number } | undefined;
  for (const n of design.nodes) {
    if (excluded.has(n.id) || !kindDef(n.kind).container || !n.size) continue;
    const p = index.absolutePosition(n.id);
    const inside = center.x >= p.x && center.x <= p.x + n.size.width && center.y >= p.y && center.y <= p.y + n.size.height;
    if (!inside) continue;
    const area = n.size.width * n.size.height;
    if (!best || area < best.area) best = { id: n.id, area };
  }
  return best?.id;
}

/** The position of an absolute point relative to a container (or the canvas). */
export function relativeTo(index: DesignIndex, parent: string | undefined, abs: { x: number; y: number }): { x: number; y: number } {
  if (parent === undefined) return { x: Math.round(abs.x), y: Math.round(abs.y) };
  const p = index.absolutePosition(parent);
  return { x: Math.round(abs.x - p.x), y: Math.round(abs.y - p.y) };
}
