/**
 * Where a component added from the palette (click or Enter) goes: the free spot nearest the
 * centre of the view, so it never lands on top of another component.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * The centre of a `size` box, as near `centre` as possible, that keeps `gap` from every
 * obstacle. Candidates lie on rings of a grid around the centre, nearest first; the search is
 * bounded (a full canvas falls back to below everything).
 */
export function freeSpotNear(centre: { x: number; y: number }, size: { width: number; height: number }, obstacles: readonly Rect[], gap = 24): { x: number; y: number } {
  const stepX = size.width / 2 + gap;
  const stepY = size.height / 2 + gap;
  const free = (cx: number, cy: number) => {
    const box = { x: cx - size.width / 2, y: cy - size.height / 2, width: size.width, height: size.height };
    return !obstacles.some((o) => overlaps(box, o, gap));
  };
  for (let ring = 0; ring <= 40; ring++) {
    const spots: { x: number; y: number; d: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const x = centre.x + i * stepX;
        const y = centre.y + j * stepY;
        spots.push({ x, y, d: Math.hypot(x - centre.x, y - centre.y) });
      }
    }
    spots.sort((a, b) => a.d - b.d);
    const hit = spots.find((p) => free(p.x, p.y));
    if (hit) return { x: hit.x, y: hit.y };
  }
  const bottom = Math.max(...obstacles.map((o) => o.y + o.height));
  return { x: centre.x, y: bottom + gap + size.height / 2 };
}
