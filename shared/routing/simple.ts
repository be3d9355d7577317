/**
 * The cheap first try of the per-edge regime (large scenes): the few obvious orthogonal
 * routes between two boxes — straight, one bend, or two bends through the middle of the gap
 * — checked against the obstacles near them. When one is clear (most edges of a laid-out
 * design), libavoid is not needed; when none is, the caller asks libavoid.
 */
import type { Box, Point, Route } from './geometry';
import { routeBounds, routeEntersBox } from './geometry';

const mid = (a: number, b: number): number => (a + b) / 2;

/** Candidate routes from s to t, fewest bends first. */
export function simpleCandidates(s: Box, t: Box): Route[] {
  const sc = { x: s.x + s.width / 2, y: s.y + s.height / 2 };
  const tc = { x: t.x + t.width / 2, y: t.y + t.height / 2 };
  const out: Route[] = [];
  const below = t.y >= s.y + s.height;
  const above = t.y + t.height <= s.y;
  const right = t.x >= s.x + s.width;
  const left = t.x + t.width <= s.x;
  // Straight, when the boxes face each other across a gap.
  const ox0 = Math.max(s.x, t.x);
  const ox1 = Math.min(s.x + s.width, t.x + t.width);
  const oy0 = Math.max(s.y, t.y);
  const oy1 = Math.min(s.y + s.height, t.y + t.height);
  if ((below || above) && ox1 - ox0 >= 16) {
    const x = mid(ox0, ox1);
    out.push(below ? [{ x, y: s.y + s.height }, { x, y: t.y }] : [{ x, y: s.y }, { x, y: t.y + t.height }]);
  }
  if ((left || right) && oy1 - oy0 >= 16) {
    const y = mid(oy0, oy1);
    out.push(right ? [{ x: s.x + s.width, y }, { x: t.x, y }] : [{ x: s.x, y }, { x: t.x + t.width, y }]);
  }
  // One bend: leave s sideways and enter t from above or below, or the other way round.
  const sSide = (toRight: boolean): Point => ({ x: toRight ? s.x + s.width : s.x, y: sc.y });
  const sEnd = (down: boolean): Point => ({ x: sc.x, y: down ? s.y + s.height : s.y });
  if ((right || left) && (below || above)) {
    out.push([sSide(right), { x: tc.x, y: sc.y }, { x: tc.x, y: below ? t.y : t.y + t.height }]);
    out.push([sEnd(below), { x: sc.x, y: tc.y }, { x: right ? t.x : t.x + t.width, y: tc.y }]);
  }
  // Two bends through the middle of the gap.
  if (below || above) {
    const y = below ? mid(s.y + s.height, t.y) : mid(s.y, t.y + t.height);
    out.push([sEnd(below), { x: sc.x, y }, { x: tc.x, y }, { x: tc.x, y: below ? t.y : t.y + t.height }]);
  }
  if (right || left) {
    const x = right ? mid(s.x + s.width, t.x) : mid(s.x, t.x + t.width);
    out.push([sSide(right), { x, y: sc.y }, { x, y: tc.y }, { x: right ? t.x : t.x + t.width, y: tc.y }]);
  }
  return out.map(dedupe).filter((r) => r.length >= 2);
}

function dedupe(r: Route): Route {
  const out: Point[] = [];
  for (const p of r) {
    const last = out[out.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) out.push(p);
  }
  return out;
}

/**
 * The first candidate that keeps `clearance` from every obstacle but the two ends (and does not
 * enter the ends), or undefined. `near(region)` gives the obstacles that may be in the way.
 */
export function simpleRoute(s: Box, t: Box, near: (region: Box) => Box[], clearance: number): Route | undefined {
  for (const r of simpleCandidates(s, t)) {
    if (routeEntersBox(r, s) || routeEntersBox(r, t)) continue;
    const b = routeBounds(r);
    const region = { x: b.x - clearance, y: b.y - clearance, width: b.width + 2 * clearance, height: b.height + 2 * clearance };
    const blocked = near(region).some((o) => o !== s && o !== t && routeEntersBox(r, { x: o.x - clearance, y: o.y - clearance, width: o.width + 2 * clearance, height: o.height + 2 * clearance }, 0));
    if (!blocked) return r;
  }
  return undefined;
}
