/**
 * SVG and PNG of the canvas or the selection (DESIGN §5), with html-to-image as React Flow's
 * "download image" example does: the bounds of the nodes (getNodesBounds) give a viewport
 * (getViewportForBounds) applied to `.react-flow__viewport`.
 *
 * The live canvas is never touched: its viewport is cloned into an off-screen host that
 * carries the chosen theme, so the dark export recolours through CSS variables without a
 * flash on screen, and unselected elements, handles and selection outlines are dropped from
 * the copy. The SVG is sanitized (sanitizeSvg.ts) before anyone sees it; the PNG is drawn
 * from that sanitized SVG, so both files show the same thing.
 */
import { getViewportForBounds, type Edge, type ReactFlowInstance } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { DETAIL_ZOOM } from '../canvas/zoom';
import type { FlowNode } from '../state/flowModel';
import { sanitizeSvg } from './sanitizeSvg';

export type ImageScope = 'design' | 'selection';
export type ImageTheme = 'light' | 'dark';

export interface ImageOptions {
  scope: ImageScope;
  theme: ImageTheme;
  transparent: boolean;
}

export interface CapturedImage {
  svg: string;
  width: number;
  height: number;
  nodeCount: number;
  edgeCount: number;
}

/** Margin around the drawing, in pixels. */
const PAD = 32;
export const BACKGROUND: Record<ImageTheme, string> = { light: '#ffffff', dark: '#11161d' };
/** Browsers refuse canvases beyond about 16k pixels a side or 256M pixels; stay well inside. */
const MAX_SIDE = 16_384;
const MAX_AREA = 64_000_000;

/** The nodes and edges an export shows: everything, or the selection with what it contains and joins. */
export function exportedElements(nodes: readonly FlowNode[], edges: readonly Edge[], scope: ImageScope): { nodeIds: Set<string>; edgeIds: Set<string> } {
  if (scope === 'design') return { nodeIds: new Set(nodes.map((n) => n.id)), edgeIds: new Set(edges.map((e) => e.id)) };
  const nodeIds = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  for (const e of edges) if (e.selected) nodeIds.add(e.source).add(e.target);
  // A selected container brings what is inside it, however deep.
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId && nodeIds.has(n.parentId) && !nodeIds.has(n.id)) {
        nodeIds.add(n.id);
        grew = true;
      }
    }
  }
  const edgeIds = new Set(edges.filter((e) => e.selected || (nodeIds.has(e.source) && nodeIds.has(e.target))).map((e) => e.id));
  return { nodeIds, edgeIds };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The copy of the viewport to draw: only the exported elements, without editing chrome. */
function prepareClone(viewport: HTMLElement, nodeIds: Set<string>, edgeIds: Set<string>): HTMLElement {
  const clone = viewport.cloneNode(true) as HTMLElement;
  for (const el of clone.querySelectorAll<HTMLElement>('.react-flow__node')) if (!nodeIds.has(el.dataset.id ?? '')) el.remove();
  for (const el of clone.querySelectorAll<SVGElement>('.react-flow__edge')) if (!edgeIds.has(el.dataset.id ?? '')) el.remove();
  for (const el of clone.querySelectorAll<HTMLElement>('[data-testid^="edge-label-"]')) {
    if (!edgeIds.has(el.dataset.testid!.slice('edge-label-'.length))) el.remove();
  }
  for (const el of clone.querySelectorAll('.react-flow__handle, .react-flow__resize-control, .react-flow__nodesselection, .react-flow__selection, .react-flow__edgeupdater, input, textarea')) el.remove();
  for (const el of clone.querySelectorAll('.selected')) el.classList.remove('selected');
  // Edge wrappers are focusable for keyboard users; an image has no use for it.
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  return clone;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/**
 * The computed properties copied onto each HTML element of the copy. html-to-image copies all
 * of them (about 400, most at their initial value) unless told; this list is what the node
 * and edge views use, and keeps an SVG of 10 nodes near 60 KB instead of 650 KB.
 */
const HTML_STYLE_PROPS = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'box-sizing',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  ...SIDES.flatMap((s) => [`margin-${s}`, `padding-${s}`, `border-${s}-width`, `border-${s}-style`, `border-${s}-color`]),
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'background-color', 'background-image', 'background-size', 'background-position', 'background-repeat', 'background-clip',
  'color', 'opacity', 'visibility', 'box-shadow', 'transform', 'transform-origin',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-align', 'text-transform',
  'text-overflow', 'text-decoration-line', 'white-space', 'word-break', 'overflow-wrap', 'overflow-x', 'overflow-y',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'justify-content', 'gap',
  '-webkit-line-clamp', '-webkit-box-orient', 'vertical-align', 'list-style-type',
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'marker-end',
];

/** What an SVG child element takes from CSS (class rules, variables) that must travel with it. */
const SVG_STYLE_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin',
  'stroke-opacity', 'opacity', 'visibility', 'display', 'marker-start', 'marker-end', 'font-family', 'font-size', 'font-weight',
] as const;

/**
 * html-to-image copies an `<svg>` element whole and inlines computed styles only on HTML
 * elements, so edge paths and arrow heads (styled by classes and CSS variables) would lose
 * their stroke and fill. Inline them here, once the copy sits in the themed host so the
 * computed colours are the chosen theme's.
 */
function inlineSvgStyles(frame: HTMLElement): void {
  const elements = [...frame.querySelectorAll<SVGElement>('svg *')];
  // Read every value before writing any: a write between reads forces a style recalculation each time.
  const values = elements.map((el) => {
    const computed = getComputedStyle(el);
    return SVG_STYLE_PROPS.map((prop) => (el.style.getPropertyValue(prop) ? '' : computed.getPropertyValue(prop)));
  });
  elements.forEach((el, i) => SVG_STYLE_PROPS.forEach((prop, j) => values[i]![j] && el.style.setProperty(prop, values[i]![j]!)));
}

/** Draws the design (or selection) as an SVG string, sanitized. */
export async function captureImage(flow: ReactFlowInstance<FlowNode>, canvasRoot: HTMLElement, opts: ImageOptions): Promise<CapturedImage> {
  const { nodeIds, edgeIds } = exportedElements(flow.getNodes(), flow.getEdges(), opts.scope);
  if (nodeIds.size === 0) throw new Error(opts.scope === 'selection' ? 'Nothing is selected.' : 'The design is empty.');
  const bounds = flow.getNodesBounds([...nodeIds]);
  const width = Math.ceil(bounds.width + 2 * PAD);
  const height = Math.ceil(bounds.height + 2 * PAD);
  // At zoom 1 the drawing keeps its real size; the PNG's pixel ratio sharpens it.
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 1, 1, 0);

  const viewportEl = canvasRoot.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl) throw new Error('The canvas is not ready.');
  // Zoomed far out, the canvas draws plain boxes without text (canvas/zoom.ts): zoom in for
  // the moment of the copy so the image has every label.
  const before = flow.getViewport();
  const restore = before.zoom < DETAIL_ZOOM;
  let clone: HTMLElement;
  try {
    if (restore) {
      await flow.setViewport({ x: before.x, y: before.y, zoom: 1 });
      await nextFrame();
      await nextFrame();
    }
    clone = prepareClone(viewportEl, nodeIds, edgeIds);
  } finally {
    if (restore) await flow.setViewport(before);
  }
  clone.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;

  const host = document.createElement('div');
  host.className = `react-flow aw-export-host${opts.theme === 'dark' ? ' dark aw-export-dark' : ''}`;
  host.setAttribute('aria-hidden', 'true');
  const frame = document.createElement('div');
  frame.className = 'aw-export-frame';
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.background = opts.transparent ? 'transparent' : BACKGROUND[opts.theme];
  // The arrow heads live outside the viewport, in one shared <svg> of markers.
  const markers = canvasRoot.querySelector('.aw-markers');
  if (markers) frame.append(markers.cloneNode(true));
  frame.append(clone);
  host.append(frame);
  document.body.append(host);
  try {
    inlineSvgStyles(frame);
    // No web fonts are used (system-ui), so font embedding (a fetch per stylesheet) is skipped.
    const url = await toSvg(frame, { width, height, skipFonts: true, includeStyleProperties: HTML_STYLE_PROPS });
    const raw = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    return { svg: sanitizeSvg(raw).svg, width, height, nodeCount: nodeIds.size, edgeCount: edgeIds.size };
  } finally {
    host.remove();
  }
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The pixel ratio for a PNG: 2 for sharp text, less when the canvas would be too big. */
export function pngPixelRatio(width: number, height: number, wanted = 2): number {
  return Math.max(0.1, Math.min(wanted, MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_AREA / (width * height))));
}

/** Rasterizes the (already sanitized) SVG. */
export async function svgToPng(image: CapturedImage, pixelRatio = pngPixelRatio(image.width, image.height)): Promise<Blob> {
  const img = new Image();
  img.src = svgDataUrl(image.svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * pixelRatio);
  canvas.height = Math.round(image.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a PNG.');
  ctx.scale(pixelRatio, pixelRatio);
  ctx.drawImage(img, 0, 0, image.width, image.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
}
