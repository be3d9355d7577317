/** A uniform grid over boxes, so "which components are near here" costs what is near. */
import type { Box } from './geometry';

export class BoxGrid {
  private readonly cells = new Map<string, string[]>();
  private readonly cell: number;

  constructor(
    private readonly boxes: ReadonlyMap<string, Box>,
    cell = 400,
  ) {
    this.cell = cell;
    for (const [id, b] of boxes) this.each(b, (key) => {
      let list = this.cells.get(key);
      if (!list) this.cells.set(key, (list = []));
      list.push(id);
    });
  }

  private each(b: Box, fn: (key: string) => void): void {
    const c = this.cell;
    const x1 = Math.floor((b.x + b.width) / c);
    const y1 = Math.floor((b.y + b.height) / c);
    // A query over a huge region (a long route) falls back to scanning every box.
    if ((x1 - Math.floor(b.x / c) + 1) * (y1 - Math.floor(b.y / c) + 1) > this.boxes.size * 4 + 64) {
      fn('*');
      return;
    }
    for (let x = Math.floor(b.x / c); x <= x1; x++) for (let y = Math.floor(b.y / c); y <= y1; y++) fn(`${x},${y}`);
  }

  /** Ids of the boxes that intersect the region (each once). */
  query(region: Box): string[] {
    const out = new Set<string>();
    let all = false;
    for (const id of this.cells.get('*') ?? []) out.add(id);
    this.each(region, (key) => {
      if (key === '*') all = true;
      else for (const id of this.cells.get(key) ?? []) out.add(id);
    });
    if (all) return [...this.boxes.keys()];
    const result: string[] = [];
    for (const id of out) {
      const b = this.boxes.get(id)!;
      if (b.x < region.x + region.width && region.x < b.x + b.width && b.y < region.y + region.height && region.y < b.y + b.height) result.push(id);
    }
    return result;
  }
}
