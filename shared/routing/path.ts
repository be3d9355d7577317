/** An SVG path through a route's points, with the bends rounded a little (both drawings use it). */
import type { Route } from './geometry';

const r2 = (n: number): string => String(Math.round(n * 10) / 10);

export function routePath(route: Route, radius = 6): string {
  if (route.length < 2) return '';
  let d = `M${r2(route[0]!.x)},${r2(route[0]!.y)}`;
  for (let i = 1; i < route.length - 1; i++) {
    const p = route[i - 1]!;
    const c = route[i]!;
    const n = route[i + 1]!;
    const inLen = Math.hypot(c.x - p.x, c.y - p.y);
    const outLen = Math.hypot(n.x - c.x, n.y - c.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += ` L${r2(c.x)},${r2(c.y)}`;
      continue;
    }
    const a = { x: c.x - ((c.x - p.x) / inLen) * r, y: c.y - ((c.y - p.y) / inLen) * r };
    const b = { x: c.x + ((n.x - c.x) / outLen) * r, y: c.y + ((n.y - c.y) / outLen) * r };
    d += ` L${r2(a.x)},${r2(a.y)} Q${r2(c.x)},${r2(c.y)} ${r2(b.x)},${r2(b.y)}`;
  }
  const last = route[route.length - 1]!;
  return `${d} L${r2(last.x)},${r2(last.y)}`;
}
