/**
 * SVG and PNG of the design or the selection (DESIGN §5), drawn by the shared vector exporter
 * (shared/io/svg, the one `archway export --to svg` uses) with the routes the canvas shows
 * (from the routing worker), so the file has real shapes and text, not a snapshot of the DOM.
 * Problem marks (the canvas's red and amber dots) are added on top unless a clean copy for
 * documentation is asked for. The SVG is sanitized (sanitizeSvg.ts) before anyone sees it;
 * the PNG rasterises that same SVG (an <img> of a blob: URL, allowed by the CSP's img-src).
 */
import { isContainerKind } from '../../../shared/catalog/kinds';
import { DesignIndex } from '../../../shared/graph/index';
import { exportSvg } from '../../../shared/io/svg/export-svg';
import { nodeSize } from '../../../shared/layout/sizes';
import type { Design, Severity } from '../../../shared/model/schema';
import type { Route } from '../../../shared/routing';
import type { Marks } from '../state/flowModel';
import { sanitizeSvg } from './sanitizeSvg';

export type ImageScope = 'design' | 'selection';
export type ImageTheme = 'light' | 'dark';

export interface ImageOptions {
  scope: ImageScope;
  theme: ImageTheme;
  transparent: boolean;
  /** Leave out the problem marks (a copy for documentation). */
  clean: boolean;
}

export interface CapturedImage {
  svg: string;
  width: number;
  height: number;
  nodeCount: number;
  edgeCount: number;
}

export interface ImageSource {
  design: Design;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  routes: ReadonlyMap<string, Route>;
  marks: Marks;
}

/** Browsers refuse canvases beyond about 16k pixels a side or 256M pixels; stay well inside. */
const MAX_SIDE = 16_384;
const MAX_AREA = 64_000_000;

/** The nodes and edges an export shows: everything, or the selection with what it contains and joins. */
export function exportedElements(design: Design, selectedNodes: ReadonlySet<string>, selectedEdges: ReadonlySet<string>, scope: ImageScope): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const { nodes, edges } = design;
  if (scope === 'design') return { nodeIds: new Set(nodes.map((n) => n.id)), edgeIds: new Set(edges.filter((e) => e.source !== e.target).map((e) => e.id)) };
  const nodeIds = new Set(selectedNodes);
  for (const e of edges) if (selectedEdges.has(e.id)) nodeIds.add(e.source).add(e.target);
  // A selected container brings what is inside it, however deep.
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parent !== undefined && nodeIds.has(n.parent) && !nodeIds.has(n.id)) {
        nodeIds.add(n.id);
        grew = true;
      }
    }
  }
  const edgeIds = new Set(edges.filter((e) => e.source !== e.target && nodeIds.has(e.source) && nodeIds.has(e.target)).map((e) => e.id));
  return { nodeIds, edgeIds };
}

const MARK_COLOUR: Record<Severity, string> = { error: '#c4312b', warning: '#9a5700', info: '#2f6fec' };

/** The canvas's problem dots (top-right corner of each marked node), as SVG before the closing tag. */
function withProblemMarks(svg: string, design: Design, nodeIds: ReadonlySet<string>, marks: Marks): string {
  const index = new DesignIndex(design);
  let dots = '';
  for (const n of design.nodes) {
    const severity = marks.nodes.get(n.id);
    if (!severity || !nodeIds.has(n.id)) continue;
    const p = index.absolutePosition(n.id);
    const { width } = nodeSize(n);
    const [cx, cy] = isContainerKind(n.kind) ? [p.x + width - 12, p.y + 12] : [p.x + width, p.y];
    dots += `<circle cx="${cx}" cy="${cy}" r="7" fill="${MARK_COLOUR[severity]}" stroke="#ffffff" stroke-width="2" data-problem="${severity}"><title>${severity}</title></circle>`;
  }
  if (!dots) return svg;
  const end = svg.lastIndexOf('</svg>');
  return `${svg.slice(0, end)}<g class="aw-problem-marks">${dots}</g>\n${svg.slice(end)}`;
}

/** Draws the design (or selection) as an SVG string, sanitized. */
export function captureImage(source: ImageSource, opts: ImageOptions): CapturedImage {
  const { design } = source;
  const { nodeIds, edgeIds } = exportedElements(design, source.selectedNodes, source.selectedEdges, opts.scope);
  if (nodeIds.size === 0) throw new Error(opts.scope === 'selection' ? 'Nothing is selected.' : 'The design is empty.');
  let svg = exportSvg(design, { theme: opts.theme, transparent: opts.transparent, nodeIds: opts.scope === 'selection' ? [...nodeIds] : undefined, routes: source.routes });
  if (!opts.clean) svg = withProblemMarks(svg, design, nodeIds, source.marks);
  const clean = sanitizeSvg(svg).svg;
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(clean);
  const width = Math.ceil(Number(size?.[1] ?? 0));
  const height = Math.ceil(Number(size?.[2] ?? 0));
  return { svg: clean, width, height, nodeCount: nodeIds.size, edgeCount: edgeIds.size };
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The pixel ratio for a PNG: 2 for sharp text, less when the canvas would be too big. */
export function pngPixelRatio(width: number, height: number, wanted = 2): number {
  return Math.max(0.1, Math.min(wanted, MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_AREA / (width * height))));
}

/** Rasterizes the (already sanitized) SVG: drawImage of the SVG as a blob: image. */
export async function svgToPng(image: CapturedImage, pixelRatio = pngPixelRatio(image.width, image.height)): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * pixelRatio);
    canvas.height = Math.round(image.height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw a PNG.');
    ctx.scale(pixelRatio, pixelRatio);
    ctx.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
