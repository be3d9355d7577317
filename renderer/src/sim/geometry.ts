/**
 * Where an edge runs on the canvas, for the simulation overlay: the route the routing worker
 * gave it (a polyline, as ArchwayEdge draws it), or until one arrives the same cubic Bézier
 * that React Flow's getBezierPath draws, or zoomed out (canvas/zoom.ts) the same straight
 * line between node centres, so tokens sit on the drawn line. Pure
 * functions over plain numbers, so the overlay can evaluate them every frame without React.
 */

export type Side = 't' | 'b' | 'l' | 'r';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A handle's box relative to its node, as React Flow measures it (internals.handleBounds). */
export interface HandleBox extends Rect {
  id?: string | null;
}

export interface Curve {
  p0: Point;
  c1: Point;
  c2: Point;
  p3: Point;
}

const CURVATURE = 0.25;

/** The point where an edge meets a node's side: the handle's outer edge, or the side's middle. */
export function anchor(node: Rect, side: Side, handles: readonly HandleBox[] | null | undefined): Point {
  const h = handles?.find((b) => b.id === side);
  const box = h ? { x: node.x + h.x, y: node.y + h.y, width: h.width, height: h.height } : sideBox(node, side);
  switch (side) {
    case 't':
      return { x: box.x + box.width / 2, y: box.y };
    case 'b':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case 'l':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'r':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
  }
}

function sideBox(node: Rect, side: Side): Rect {
  switch (side) {
    case 't':
      return { x: node.x, y: node.y, width: node.width, height: 0 };
    case 'b':
      return { x: node.x, y: node.y + node.height, width: node.width, height: 0 };
    case 'l':
      return { x: node.x, y: node.y, width: 0, height: node.height };
    case 'r':
      return { x: node.x + node.width, y: node.y, width: 0, height: node.height };
  }
}

// xyflow's calculateControlOffset / getControlWithCurvature (packages/system edges/bezier-edge.ts).
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Point, to: Point): Point {
  switch (side) {
    case 'l':
      return { x: from.x - controlOffset(from.x - to.x), y: from.y };
    case 'r':
      return { x: from.x + controlOffset(to.x - from.x), y: from.y };
    case 't':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y) };
    case 'b':
      return { x: from.x, y: from.y + controlOffset(to.y - from.y) };
  }
}

/** The curve of an edge from `source` (leaving by `sourceSide`) to `target` (entering by `targetSide`). */
export function edgeCurve(source: Point, sourceSide: Side, target: Point, targetSide: Side): Curve {
  return { p0: source, c1: control(sourceSide, source, target), c2: control(targetSide, target, source), p3: target };
}

/** A straight segment as a curve (control points at its thirds, so `pointAt` moves evenly along it). */
export function straightCurve(from: Point, to: Point): Curve {
  const dx = (to.x - from.x) / 3;
  const dy = (to.y - from.y) / 3;
  return { p0: from, c1: { x: from.x + dx, y: from.y + dy }, c2: { x: from.x + 2 * dx, y: from.y + 2 * dy }, p3: to };
}

export function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** The point at parameter t (0 = source, 1 = target) of a curve. */
export function pointAt(c: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  return { x: a * c.p0.x + b * c.c1.x + d * c.c2.x + e * c.p3.x, y: a * c.p0.y + b * c.c1.y + d * c.c2.y + e * c.p3.y };
}

export function isSide(s: unknown): s is Side {
  return s === 't' || s === 'b' || s === 'l' || s === 'r';
}

/** A position along an edge by parameter t (0 = source, 1 = target). */
export type Track = (t: number) => Point;

export const curveTrack = (c: Curve): Track => (t) => pointAt(c, t);

/** A polyline walked at constant speed: t is the fraction of its length. */
export function polylineTrack(points: readonly Point[]): Track {
  const cum = [0];
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
  const total = cum[cum.length - 1]!;
  return (t) => {
    if (points.length < 2 || total === 0) return points[0] ?? { x: 0, y: 0 };
    const d = Math.min(Math.max(t, 0), 1) * total;
    let i = 1;
    while (i < points.length - 1 && cum[i]! < d) i++;
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = cum[i]! - cum[i - 1]!;
    const f = len > 0 ? (d - cum[i - 1]!) / len : 0;
    return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
  };
}
