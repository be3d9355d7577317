/**
 * Align and distribute selected nodes, as one moveNodes edit. Works on absolute frames, so
 * nodes in different containers line up on screen; positions stay relative to each parent.
 */
import type { DesignEdit } from './edits';
import type { Design } from './schema';

export const ALIGNMENTS = ['left', 'center', 'right', 'top', 'middle', 'bottom'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export interface Frame {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function parentOffset(design: Design, id: string): { x: number; y: number } {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  let x = 0;
  let y = 0;
  let p = byId.get(id)?.parent;
  for (let steps = 0; p !== undefined && steps <= design.nodes.length; steps++) {
    const n = byId.get(p);
    if (!n) break;
    x += n.position.x;
    y += n.position.y;
    p = n.parent;
  }
  return { x, y };
}

function toMoves(design: Design, frames: Frame[], place: (f: Frame) => { x: number; y: number }): DesignEdit {
  return {
    type: 'moveNodes',
    moves: frames.map((f) => {
      const abs = place(f);
      const o = parentOffset(design, f.id);
      return { id: f.id, position: { x: Math.round(abs.x - o.x), y: Math.round(abs.y - o.y) } };
    }),
  };
}

export function alignEdit(design: Design, frames: Frame[], how: Alignment): DesignEdit {
  const left = Math.min(...frames.map((f) => f.x));
  const right = Math.max(...frames.map((f) => f.x + f.width));
  const top = Math.min(...frames.map((f) => f.y));
  const bottom = Math.max(...frames.map((f) => f.y + f.height));
  return toMoves(design, frames, (f) => {
    switch (how) {
      case 'left': return { x: left, y: f.y };
      case 'right': return { x: right - f.width, y: f.y };
      case 'center': return { x: (left + right) / 2 - f.width / 2, y: f.y };
      case 'top': return { x: f.x, y: top };
      case 'bottom': return { x: f.x, y: bottom - f.height };
      case 'middle': return { x: f.x, y: (top + bottom) / 2 - f.height / 2 };
    }
  });
}

/** Equal gaps between neighbours, keeping the first and last in place. */
export function distributeEdit(design: Design, frames: Frame[], axis: 'horizontal' | 'vertical'): DesignEdit {
  const h = axis === 'horizontal';
  const sorted = [...frames].sort((a, b) => (h ? a.x - b.x : a.y - b.y));
  const start = h ? sorted[0]!.x : sorted[0]!.y;
  const last = sorted[sorted.length - 1]!;
  const end = h ? last.x + last.width : last.y + last.height;
  const total = sorted.reduce((s, f) => s + (h ? f.width : f.height), 0);
  const gap = sorted.length > 1 ? (end - start - total) / (sorted.length - 1) : 0;
  const at = new Map<string, number>();
  let cursor = start;
  for (const f of sorted) {
    at.set(f.id, cursor);
    cursor += (h ? f.width : f.height) + gap;
  }
  return toMoves(design, frames, (f) => (h ? { x: at.get(f.id)!, y: f.y } : { x: f.x, y: at.get(f.id)! }));
}
