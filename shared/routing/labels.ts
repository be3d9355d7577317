/**
 * Where each edge's caption goes: on its route, clear of other captions, of components and
 * of container title bars. Candidates are points along the route's segments, longest and most
 * central first, on the line or just beside it; the first that collides with nothing wins. Sizes are estimates from the text
 * (the canvas and the SVG draw captions at about 11 px).
 */
import { BoxGrid } from './box-grid';
import { boxesOverlap, type Box, type Point, type Route } from './geometry';

export interface LabelRequest {
  id: string;
  route: Route;
  width: number;
  height: number;
}

export interface LabelBox extends Box {
  /** Centre of the caption. */
  cx: number;
  cy: number;
}

/** Estimated caption size: about 6.4 px per character at 11 px, one line per row. */
export const captionSize = (rows: readonly string[]): { width: number; height: number } => ({
  width: Math.max(0, ...rows.map((r) => [...r].length)) * 6.4 + 12,
  height: rows.length * 16 + 2,
});

/**
 * Where a caption may go, best first: along each segment (longest and most central segments
 * first), from the segment's middle outwards in steps, on the line and then just beside it.
 */
function candidates(route: Route, width: number, height: number): Point[] {
  const segs: { a: Point; b: Point; len: number; i: number }[] = [];
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i]!;
    const b = route[i + 1]!;
    segs.push({ a, b, len: Math.hypot(b.x - a.x, b.y - a.y), i });
  }
  const mid = (segs.length - 1) / 2;
  segs.sort((s, t) => t.len - s.len || Math.abs(s.i - mid) - Math.abs(t.i - mid));
  const out: Point[] = [];
  for (const s of segs) {
    const steps = Math.max(2, Math.min(12, Math.floor(s.len / 24)));
    const fractions = [0.5];
    for (let k = 1; k <= steps / 2; k++) fractions.push(0.5 - k / steps, 0.5 + k / steps);
    const horizontal = Math.abs(s.b.y - s.a.y) <= Math.abs(s.b.x - s.a.x);
    // Beside the line: above/below a horizontal run, left/right of a vertical one.
    const side = horizontal ? { x: 0, y: height / 2 + 3 } : { x: width / 2 + 4, y: 0 };
    for (const [dx, dy] of [[0, 0], [-side.x, -side.y], [side.x, side.y]] as const) {
      for (const f of fractions) out.push({ x: s.a.x + (s.b.x - s.a.x) * f + dx, y: s.a.y + (s.b.y - s.a.y) * f + dy });
    }
  }
  return out;
}

/**
 * `obstacles`: component boxes; `headers`: container title bars. Returns one box per request,
 * in request order (a caption that fits nowhere goes on its longest segment anyway).
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: ReadonlyMap<string, Box>, headers: readonly Box[] = []): Map<string, LabelBox> {
  const fixed = new Map<string, Box>(obstacles);
  headers.forEach((h, i) => fixed.set(`header:${i}`, h));
  const grid = new BoxGrid(fixed);
  const placed: LabelBox[] = [];
  const out = new Map<string, LabelBox>();
  for (const r of requests) {
    const options = candidates(r.route, r.width, r.height);
    let chosen: LabelBox | undefined;
    for (const p of options) {
      const box: LabelBox = { x: p.x - r.width / 2, y: p.y - r.height / 2, width: r.width, height: r.height, cx: p.x, cy: p.y };
      if (grid.query(box).length) continue;
      if (placed.some((q) => boxesOverlap(q, box, -2))) continue;
      chosen = box;
      break;
    }
    const p = options[0] ?? r.route[0] ?? { x: 0, y: 0 };
    chosen ??= { x: p.x - r.width / 2, y: p.y - r.height / 2, width: r.width, height: r.height, cx: p.x, cy: p.y };
    placed.push(chosen);
    out.set(r.id, chosen);
  }
  return out;
}
