/**
 * A placeholder layout for imported nodes that carry no position: children in a square grid
 * inside their container, containers sized to fit. Good enough to look at and to edit; the
 * automatic ELK layout (shared/layout) replaces it where the host runs it.
 */
import { isContainerKind, kindDef } from '../../catalog/kinds';
import type { DesignNode } from '../../model/schema';

/** The size the grid assumes for a node without one (components have no stored size). */
export const COMPONENT_SIZE = { width: 180, height: 72 } as const;
const GAP = 40;
const PADDING = 24;
const HEADER = 40;

export function gridLayout(nodes: DesignNode[]): void {
  const children = new Map<string | undefined, DesignNode[]>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    const key = n.parent !== undefined && ids.has(n.parent) ? n.parent : undefined;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(n);
  }
  const sizeOf = (n: DesignNode): { width: number; height: number } => n.size ?? kindDef(n.kind).size ?? COMPONENT_SIZE;
  const visiting = new Set<string>();

  // Places the children of `parent` from (x0, y0); returns the extent they cover.
  const place = (parent: string | undefined, x0: number, y0: number): { width: number; height: number } => {
    const list = children.get(parent) ?? [];
    for (const n of list) {
      if (!isContainerKind(n.kind) || visiting.has(n.id)) continue;
      visiting.add(n.id);
      const inner = place(n.id, PADDING, HEADER);
      const min = kindDef(n.kind).size ?? COMPONENT_SIZE;
      n.size = { width: Math.max(min.width, inner.width + 2 * PADDING), height: Math.max(min.height / 2, inner.height + HEADER + PADDING) };
    }
    if (!list.length) return { width: 0, height: 0 };
    const cols = Math.ceil(Math.sqrt(list.length));
    const cellW = Math.max(...list.map((n) => sizeOf(n).width)) + GAP;
    const rowHeights: number[] = [];
    list.forEach((n, i) => {
      const row = Math.floor(i / cols);
      rowHeights[row] = Math.max(rowHeights[row] ?? 0, sizeOf(n).height + GAP);
    });
    let y = y0;
    list.forEach((n, i) => {
      const row = Math.floor(i / cols);
      if (i % cols === 0 && row > 0) y += rowHeights[row - 1]!;
      n.position = { x: x0 + (i % cols) * cellW, y };
    });
    return { width: Math.min(cols, list.length) * cellW - GAP, height: rowHeights.reduce((a, b) => a + b, 0) - GAP };
  };
  place(undefined, 0, 0);
}
