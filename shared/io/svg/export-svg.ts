/**
 * A self-contained SVG drawing of a design from its stored positions (DESIGN §5). Only
 * presentation attributes and text: no <script>, no event attributes, no links, no
 * external references; every user string goes through xmlText (SAFETY.md).
 */
import { isContainerKind } from '../../catalog/kinds';
import { DesignIndex } from '../../graph';
import type { Design, DesignNode } from '../../model/schema';
import { nodeSize } from '../../layout/sizes';
import { drawEdge, FONT, markerDefs } from './edges';
import { num, xmlText } from './escape';
import { bounds, type Box } from './geometry';
import { drawLegend, LEGEND_SIZE } from './legend';
import { drawComponent, drawContainer, drawNote } from './nodes';
import { THEMES } from './theme';

export interface SvgOptions {
  theme: 'light' | 'dark';
  /** No background rectangle. */
  transparent?: boolean;
  /** Draw only these nodes (a selection) and the edges between them. */
  nodeIds?: readonly string[];
  /** Leave out the legend. */
  legend?: boolean;
}

const MARGIN = 24;

function depth(index: DesignIndex, node: DesignNode): number {
  let d = 0;
  for (let cur = node; cur.parent !== undefined && d <= index.nodes.size; d++) {
    const up = index.nodes.get(cur.parent);
    if (!up) break;
    cur = up;
  }
  return d;
}

export function exportSvg(design: Design, options: SvgOptions): string {
  const theme = THEMES[options.theme] ?? THEMES.light;
  const index = new DesignIndex(design);
  const only = options.nodeIds ? new Set(options.nodeIds) : undefined;
  const nodes = design.nodes.filter((n) => !only || only.has(n.id));
  const boxes = new Map<string, Box>();
  for (const n of nodes) boxes.set(n.id, { ...index.absolutePosition(n.id), ...nodeSize(n) });

  // Outer containers first, then edges, then components and notes on top.
  const containers = nodes.filter((n) => isContainerKind(n.kind)).map((n) => ({ n, d: depth(index, n) })).sort((a, b) => a.d - b.d);
  const body: string[] = containers.map(({ n }) => drawContainer(n, boxes.get(n.id)!, theme));
  for (const e of design.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (s && t && e.source !== e.target) body.push(drawEdge(e, s, t, theme));
  }
  for (const n of nodes) {
    if (isContainerKind(n.kind)) continue;
    body.push(n.kind === 'note' ? drawNote(n, boxes.get(n.id)!, theme) : drawComponent(n, boxes.get(n.id)!, theme));
  }

  const area = bounds([...boxes.values()]);
  const showLegend = options.legend !== false && design.edges.some((e) => boxes.has(e.source) && boxes.has(e.target));
  const x0 = area.x - MARGIN;
  const y0 = area.y - MARGIN;
  const width = Math.max(area.width, showLegend ? LEGEND_SIZE.width : 0) + 2 * MARGIN;
  const height = area.height + 2 * MARGIN + (showLegend ? LEGEND_SIZE.height + MARGIN : 0);
  if (showLegend) body.push(drawLegend(area.x, area.y + area.height + MARGIN, theme));

  const background = options.transparent ? '' : `<rect x="${num(x0)}" y="${num(y0)}" width="${num(width)}" height="${num(height)}" fill="${theme.background}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" font-family="${FONT}">\n` +
    `<title>${xmlText(design.metadata.title)}</title>\n` +
    `${markerDefs(theme)}\n${background}\n${body.join('\n')}\n</svg>\n`
  );
}
