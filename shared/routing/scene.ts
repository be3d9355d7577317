/**
 * What the router sees of a design: the boxes of its components and notes (obstacles, in
 * absolute coordinates), the text of container title bars (obstacles too), and the edges
 * between two boxes.
 *
 * Containers themselves are not obstacles: an edge crosses a container's border to reach a
 * component inside it, and may cross a container on its way between two others (DESIGN §5:
 * no edge passes through a *component*). What an edge must not do is run over a container's
 * name, so the title (and the kind, when shown) are obstacles for every edge; an edge into a
 * container comes in through the free part of the title bar, a side or the bottom.
 */
import { kindDef, isContainerKind, type KindId } from '../catalog/kinds';
import { labelSaysKind } from '../catalog/label-kind';
import { CONTAINER_PADDING, nodeSize } from '../layout/sizes';
import type { Design } from '../model/schema';
import type { Box } from './geometry';

/** Height of a container's title bar, which edges should not cross (its name is drawn there). */
export const CONTAINER_HEADER = CONTAINER_PADDING.top - 8;

export interface RoutedEdgeRef {
  id: string;
  source: string;
  target: string;
}

export interface RoutingScene {
  /** Component and note boxes by node id. */
  boxes: Map<string, Box>;
  /** Container title texts (see headerBoxes), by `<container id>` and `<container id>:kind`. */
  headers?: Map<string, Box>;
  /** Edges whose two ends are different boxes of the scene. */
  edges: RoutedEdgeRef[];
}

/** Absolute positions in one pass, parents first (no recursion over nesting depth). */
export function absolutePositions(design: Design): Map<string, { x: number; y: number }> {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const out = new Map<string, { x: number; y: number }>();
  for (const n of design.nodes) {
    if (out.has(n.id)) continue;
    // Walk up to the first ancestor already placed, then come back down.
    const chain = [];
    let cur: typeof n | undefined = n;
    const seen = new Set<string>();
    while (cur && !out.has(cur.id) && !seen.has(cur.id)) {
      seen.add(cur.id);
      chain.push(cur);
      cur = cur.parent !== undefined ? byId.get(cur.parent) : undefined;
    }
    let base = cur && out.has(cur.id) ? out.get(cur.id)! : { x: 0, y: 0 };
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i]!;
      base = { x: base.x + c.position.x, y: base.y + c.position.y };
      out.set(c.id, base);
    }
  }
  return out;
}

/** The kind shown in a container's title bar: none when the label says it, or for a plain group. */
export const containerKindText = (node: { label: string; kind: KindId }): string => (node.kind === 'group' || labelSaysKind(node.label, node.kind) ? '' : kindDef(node.kind).label);

/** Title text at 14 px semibold and kind at 11 px, estimated at 8 and 6.2 px a character. */
export const TITLE_CHAR = 8;
export const KIND_CHAR = 6.2;

/**
 * Where a container's title bar has text: the title from the left (cut to the box) and the
 * kind, right-aligned. The SVG and the canvas draw the header to these measures.
 */
export function headerBoxes(node: { label: string; kind: KindId }, b: Box): { title: Box; kind?: Box } {
  const kind = containerKindText(node);
  const kindWidth = kind ? [...kind].length * KIND_CHAR + 12 : 0;
  const titleWidth = Math.min(b.width - kindWidth, 16 + [...node.label].length * TITLE_CHAR + 8);
  const title = { x: b.x, y: b.y + 8, width: Math.max(0, titleWidth), height: 20 };
  return kind ? { title, kind: { x: b.x + b.width - kindWidth - 4, y: b.y + 8, width: kindWidth + 4, height: 20 } } : { title };
}

export function routingScene(design: Design, only?: ReadonlySet<string>): RoutingScene {
  const abs = absolutePositions(design);
  const boxes = new Map<string, Box>();
  const headers = new Map<string, Box>();
  for (const n of design.nodes) {
    if (only && !only.has(n.id)) continue;
    const p = abs.get(n.id)!;
    const b = { x: p.x, y: p.y, ...nodeSize(n) };
    if (!isContainerKind(n.kind)) {
      boxes.set(n.id, b);
      continue;
    }
    const h = headerBoxes(n, b);
    headers.set(n.id, h.title);
    if (h.kind) headers.set(`${n.id}:kind`, h.kind);
  }
  const edges: RoutedEdgeRef[] = [];
  for (const e of design.edges) {
    if (e.source !== e.target && boxes.has(e.source) && boxes.has(e.target)) edges.push({ id: e.id, source: e.source, target: e.target });
  }
  return { boxes, headers, edges };
}
