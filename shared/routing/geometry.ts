/** Plane geometry for routes: boxes, axis-aligned and general segments, crossings. */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A route: absolute points from the edge's source to its target (at least two). */
export type Route = readonly Point[];

export const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * Whether the segment a–b enters the inside of the box shrunk by `inset` on every side (a
 * route that runs along a border, or ends on it, does not pass through). Liang–Barsky clipping.
 */
export function segmentEntersBox(a: Point, b: Point, box: Box, inset = 1): boolean {
  const x0 = box.x + inset;
  const y0 = box.y + inset;
  const x1 = box.x + box.width - inset;
  const y1 = box.y + box.height - inset;
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - x0) && clip(dx, x1 - a.x) && clip(-dy, a.y - y0) && clip(dy, y1 - a.y) && t1 - t0 > 1e-9;
}

export function routeEntersBox(route: Route, box: Box, inset = 1): boolean {
  for (let i = 0; i + 1 < route.length; i++) if (segmentEntersBox(route[i]!, route[i + 1]!, box, inset)) return true;
  return false;
}

/** Proper crossings of two segments (touching ends and collinear overlaps are not crossings). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o = (p: Point, q: Point, r: Point): number => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const o1 = o(a, b, c);
  const o2 = o(a, b, d);
  const o3 = o(c, d, a);
  const o4 = o(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

export function routesCross(r: Route, s: Route): number {
  let n = 0;
  for (let i = 0; i + 1 < r.length; i++) for (let j = 0; j + 1 < s.length; j++) if (segmentsCross(r[i]!, r[i + 1]!, s[j]!, s[j + 1]!)) n++;
  return n;
}

/** The smallest box holding all the given ones (the extent of a drawing). */
export function bounds(boxes: readonly Box[]): Box {
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

/** The smallest box holding a route (points only; kept apart from `bounds` for the router's hot path). */
export function routeBounds(route: Route): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of route) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export const boxesOverlap = (a: Box, b: Box, inset = 0): boolean =>
  a.x + inset < b.x + b.width - inset && b.x + inset < a.x + a.width - inset && a.y + inset < b.y + b.height - inset && b.y + inset < a.y + a.height - inset;

/** The point where the ray from the box's centre towards `toward` leaves the box. */
export function borderPoint(b: Box, toward: Point): Point {
  const c = centre(b);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : b.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : b.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** The straight border-to-border line, used only until a router has answered. */
export const straightRoute = (source: Box, target: Box): Route => [borderPoint(source, centre(target)), borderPoint(target, centre(source))];
