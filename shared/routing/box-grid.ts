/**
 * A uniform grid over boxes, so "which boxes are near here" costs what is near. Boxes can be
 * moved and removed one at a time: a drag frame updates the one box that moved.
 */
import type { Box } from './geometry';

export class BoxGrid {
  private readonly cells = new Map<string, Set<string>>();
  private readonly boxes = new Map<string, Box>();
  /** Boxes so large that they would fill too many cells: checked on every query. */
  private readonly huge = new Set<string>();

  constructor(
    boxes: Iterable<[string, Box]> = [],
    private readonly cell = 400,
  ) {
    for (const [id, b] of boxes) this.set(id, b);
  }

  get size(): number {
    return this.boxes.size;
  }

  get(id: string): Box | undefined {
    return this.boxes.get(id);
  }

  private keys(b: Box): string[] | undefined {
    const c = this.cell;
    const x0 = Math.floor(b.x / c);
    const y0 = Math.floor(b.y / c);
    const x1 = Math.floor((b.x + b.width) / c);
    const y1 = Math.floor((b.y + b.height) / c);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) return undefined;
    const out: string[] = [];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(`${x},${y}`);
    return out;
  }

  set(id: string, b: Box): void {
    this.delete(id);
    this.boxes.set(id, b);
    const keys = this.keys(b);
    if (!keys) {
      this.huge.add(id);
      return;
    }
    for (const key of keys) {
      let set = this.cells.get(key);
      if (!set) this.cells.set(key, (set = new Set()));
      set.add(id);
    }
  }

  delete(id: string): void {
    const b = this.boxes.get(id);
    if (!b) return;
    this.boxes.delete(id);
    if (this.huge.delete(id)) return;
    for (const key of this.keys(b) ?? []) this.cells.get(key)?.delete(id);
  }

  /** Ids of the boxes that intersect the region (each once). */
  query(region: Box): string[] {
    const ids = new Set<string>(this.huge);
    const keys = this.keys(region);
    if (!keys) for (const id of this.boxes.keys()) ids.add(id);
    else for (const key of keys) for (const id of this.cells.get(key) ?? []) ids.add(id);
    const result: string[] = [];
    for (const id of ids) {
      const b = this.boxes.get(id)!;
      if (b.x < region.x + region.width && region.x < b.x + b.width && b.y < region.y + region.height && region.y < b.y + b.height) result.push(id);
    }
    return result;
  }
}
