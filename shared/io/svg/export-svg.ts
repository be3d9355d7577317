/**
 * A self-contained SVG drawing of a design from its stored positions (DESIGN §5). Only
 * presentation attributes and text: no <script>, no event attributes, no links, no
 * external references; every user string goes through xmlText (SAFETY.md).
 */
import { isContainerKind } from '../../catalog/kinds';
import { DesignIndex } from '../../graph';
import type { Design, DesignNode } from '../../model/schema';
import { nodeSize } from '../../layout/sizes';
import { bounds, captionSize, CONTAINER_HEADER as HEADER, routeBounds, defaultProtocolLines, defaultProtocols, edgeCaption, placeLabels, straightRoute, type Box as RouteBox, type LabelRequest, type Route } from '../../routing';
import { drawEdge, FONT, markerDefs, shortCaption } from './edges';
import { num, xmlText } from './escape';
import type { Box } from './geometry';
import { drawLegend, legendSize } from './legend';
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
  /**
   * Edge routes from the shared router (shared/routing), by edge id. Every host that can
   * load the router passes them (the CLI, the app); an edge without one is drawn straight.
   */
  routes?: ReadonlyMap<string, Route>;
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
  const area: Box[] = [];
  const order = new Map(design.nodes.map((n, i) => [n.id, i]));
  const body: string[] = containers.map(({ n }) => drawContainer(n, boxes.get(n.id)!, theme, order.get(n.id)!, HEADER));
  const drawn = design.edges.filter((e) => e.source !== e.target && boxes.has(e.source) && boxes.has(e.target));
  // Each edge's route once: the router's, or a straight line where a host has none.
  const routes = new Map<string, Route>(drawn.map((e) => [e.id, options.routes?.get(e.id) ?? straightRoute(boxes.get(e.source)!, boxes.get(e.target)!)]));
  const routeOf = (e: (typeof drawn)[number]): Route => routes.get(e.id)!;
  const defaults = defaultProtocols(drawn);
  const captions = new Map(drawn.map((e) => [e.id, edgeCaption(e, defaults)]));
  const requests: LabelRequest[] = drawn.flatMap((e) => {
    const c = captions.get(e.id)!;
    const rows = [c.text ? shortCaption(c.text) : '', c.badges.join(' · ')].filter(Boolean);
    return rows.length ? [{ id: e.id, route: routeOf(e), ...captionSize(rows) }] : [];
  });
  const obstacles = new Map<string, RouteBox>();
  for (const n of nodes) if (!isContainerKind(n.kind)) obstacles.set(n.id, boxes.get(n.id)!);
  const headers = containers.map(({ n }) => ({ ...boxes.get(n.id)!, height: HEADER }));
  const labels = placeLabels(requests, obstacles, headers);
  for (const e of drawn) body.push(drawEdge(e, routeOf(e), captions.get(e.id)!, labels.get(e.id), theme, [order.get(e.source)!, order.get(e.target)!]));
  for (const n of nodes) {
    if (isContainerKind(n.kind)) continue;
    body.push(n.kind === 'note' ? drawNote(n, boxes.get(n.id)!, theme) : drawComponent(n, boxes.get(n.id)!, theme, order.get(n.id)!));
  }
  for (const r of routes.values()) area.push(routeBounds(r));
  for (const l of labels.values()) area.push(l);

  const extent = bounds([...boxes.values(), ...area]);
  const showLegend = options.legend !== false && drawn.length > 0;
  const legendLines = defaultProtocolLines(defaults);
  const legend = legendSize(legendLines);
  const x0 = extent.x - MARGIN;
  const y0 = extent.y - MARGIN;
  const width = Math.max(extent.width, showLegend ? legend.width : 0) + 2 * MARGIN;
  const height = extent.height + 2 * MARGIN + (showLegend ? legend.height + MARGIN : 0);
  if (showLegend) body.push(drawLegend(extent.x, extent.y + extent.height + MARGIN, theme, legendLines));

  const background = options.transparent ? '' : `<rect x="${num(x0)}" y="${num(y0)}" width="${num(width)}" height="${num(height)}" fill="${theme.background}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" font-family="${FONT}">\n` +
    `<title>${xmlText(design.metadata.title)}</title>\n` +
    `${markerDefs(theme)}\n${background}\n${body.join('\n')}\n</svg>\n`
  );
}
