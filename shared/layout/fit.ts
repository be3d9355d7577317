/**
 * How well a drawing fits a screen: its bounding box, the zoom at which it fits a 16:9
 * window with margins, and the choice between two layout directions by that zoom. Pure
 * functions, used by layout, the template build and the benchmark.
 */
import type { Design } from '../model/schema';
import { nodeSize } from './sizes';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window templates and fresh layouts are judged on (DESIGN §7, issue 12). */
export const SCREEN = { width: 1920, height: 1080, margin: 40 } as const;

/** The canvas never fits beyond this zoom (renderer/src/canvas/Canvas.tsx `fitView`). */
export const FIT_MAX_ZOOM = 1.2;

/** Absolute bounding box of every node (positions are relative to the parent); walks parents without recursion. */
export function boundingBox(design: Design): Box | undefined {
  if (!design.nodes.length) return undefined;
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const abs = new Map<string, { x: number; y: number }>();
  const absolute = (id: string): { x: number; y: number } => {
    // Climb to a node whose absolute position is known (or the top), then come back down.
    const chain: string[] = [];
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur !== undefined && !abs.has(cur) && !seen.has(cur) && byId.has(cur)) {
      seen.add(cur);
      chain.push(cur);
      cur = byId.get(cur)!.parent;
    }
    let base = cur !== undefined && abs.has(cur) ? abs.get(cur)! : { x: 0, y: 0 };
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = byId.get(chain[i]!)!.position;
      base = { x: base.x + p.x, y: base.y + p.y };
      abs.set(chain[i]!, base);
    }
    return abs.get(id)!;
  };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of design.nodes) {
    const p = absolute(n.id);
    const s = nodeSize(n);
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x + s.width);
    y1 = Math.max(y1, p.y + s.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The zoom at which a `width`×`height` drawing fits the screen inside its margins (uncapped). */
export function fitZoom(size: { width: number; height: number }, screen: { width: number; height: number; margin: number } = SCREEN): number {
  const w = Math.max(1, size.width);
  const h = Math.max(1, size.height);
  return Math.min((screen.width - 2 * screen.margin) / w, (screen.height - 2 * screen.margin) / h);
}

export interface Candidate<D extends string> {
  direction: D;
  width: number;
  height: number;
}

/**
 * The candidate that fits the screen at the larger zoom. Zooms above FIT_MAX_ZOOM count as
 * equal (the canvas would not use them), and on a tie the first candidate wins, so list the
 * preferred direction first.
 */
export function chooseDirection<D extends string>(candidates: readonly Candidate<D>[], screen = SCREEN): D {
  if (!candidates.length) throw new Error('chooseDirection: no candidates');
  let best = candidates[0]!;
  let bestZoom = Math.min(FIT_MAX_ZOOM, fitZoom(best, screen));
  for (const c of candidates.slice(1)) {
    const z = Math.min(FIT_MAX_ZOOM, fitZoom(c, screen));
    // A hair's difference is no reason to leave the preferred direction.
    if (z > bestZoom * 1.01) {
      best = c;
      bestZoom = z;
    }
  }
  return best.direction;
}
