/** The extent of a drawing. Boxes and points are the router's (shared/routing/geometry.ts). */
import type { Box } from '../../routing/geometry';

export type { Box, Point } from '../../routing/geometry';

/** The smallest box holding all the given ones. */
export function bounds(boxes: Box[]): Box {
  if (!boxes.length) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
