/**
 * Readability of a drawing, measured from the SVG that `archway export --to svg` writes (issue
 * 12, "Done when"): the exporter tags component boxes (`data-n`), container boxes (`data-c`,
 * with their header height in `data-h`) and edge paths (`data-es`/`data-et`, the indices of
 * their two ends) so that this module reads the geometry back with a real XML parser instead
 * of trusting the code that drew it.
 */
import { XMLParser } from 'fast-xml-parser';
import { boxesOverlap, routeEntersBox, routesCross, type Box, type Point, type Route } from '../../routing/geometry';

export interface Readability {
  components: number;
  edges: number;
  /** Edges whose route enters a component that is not one of its two ends (target 0). */
  passThroughs: number;
  /** Pairs of overlapping components (target 0). */
  overlaps: number;
  /** Proper crossings between two edges' routes. */
  crossings: number;
  /** Edges whose route runs over a container's title or kind text (estimated from the <text>). */
  headerCrossings: number;
  /** Zoom at which the whole drawing fits a 1920×1080 screen with 40 px margins (target ≥ 0.75). */
  fitZoom: number;
  width: number;
  height: number;
}

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Element[];
  /** The element's own text (not its children's). */
  text: string;
}

/** fast-xml-parser's ordered output as plain elements. */
function elements(nodes: unknown[]): Element[] {
  const out: Element[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag.startsWith('?')) continue;
    const inner = node[tag] as Record<string, unknown>[];
    const text = inner.map((c) => (c['#text'] === undefined ? '' : String(c['#text']))).join('');
    out.push({ tag, attrs: (node[':@'] as Record<string, string> | undefined) ?? {}, children: elements(inner), text });
  }
  return out;
}

/** Entities count as one character each (the parser is told not to expand them). */
const decode = (text: string): string => text.replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, '&');

function* walk(els: Element[]): Generator<Element> {
  for (const el of els) {
    yield el;
    yield* walk(el.children);
  }
}

/** The points of a path drawn by shared/routing/path.ts (M, L and Q commands, absolute). */
export function pathPoints(d: string): Route {
  const nums = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
  const out: Point[] = [];
  // Each Q contributes its control point (the original bend) and its end: together with the
  // L before it, the polyline passes through the route's own corners.
  for (let i = 0; i + 1 < nums.length; i += 2) out.push({ x: nums[i]!, y: nums[i + 1]! });
  return out;
}

const box = (a: Record<string, string>): Box => ({ x: Number(a.x), y: Number(a.y), width: Number(a.width), height: Number(a.height) });

/** The box a line of text covers, estimated at 0.57 em a character (ascent 0.8 em, descent 0.2 em). */
function textBox(el: Element): Box {
  const size = Number(el.attrs['font-size'] ?? 12);
  const chars = [...decode(el.text)].length;
  const width = chars * size * 0.57;
  const x = Number(el.attrs.x);
  const left = el.attrs['text-anchor'] === 'end' ? x - width : el.attrs['text-anchor'] === 'middle' ? x - width / 2 : x;
  return { x: left, y: Number(el.attrs.y) - size * 0.8, width, height: size };
}

export const fitZoom = (width: number, height: number, screen = { width: 1920, height: 1080 }, margin = 40): number =>
  width > 0 && height > 0 ? Math.min((screen.width - 2 * margin) / width, (screen.height - 2 * margin) / height) : 1;

export function measureSvg(svg: string): Readability {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, processEntities: false });
  const root = elements(parser.parse(svg) as unknown[]);
  const svgEl = root.find((e) => e.tag === 'svg');
  if (!svgEl) throw new Error('not an SVG document: no <svg> root element');
  const components = new Map<number, Box>();
  const headers: Box[] = [];
  const edges: { route: Route; ends: [number, number] }[] = [];
  for (const el of walk(svgEl.children)) {
    if (el.tag === 'rect' && el.attrs['data-n'] !== undefined) components.set(Number(el.attrs['data-n']), box(el.attrs));
    else if (el.tag === 'g' && el.children.some((c) => c.tag === 'rect' && c.attrs['data-c'] !== undefined)) headers.push(...el.children.filter((c) => c.tag === 'text').map(textBox));
    else if (el.tag === 'path' && el.attrs['data-es'] !== undefined) edges.push({ route: pathPoints(el.attrs.d ?? ''), ends: [Number(el.attrs['data-es']), Number(el.attrs['data-et'])] });
  }
  const list = [...components.entries()];
  let passThroughs = 0;
  let headerCrossings = 0;
  for (const e of edges) {
    if (list.some(([i, b]) => i !== e.ends[0] && i !== e.ends[1] && routeEntersBox(e.route, b))) passThroughs++;
    if (headers.some((h) => routeEntersBox(e.route, h))) headerCrossings++;
  }
  let overlaps = 0;
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (boxesOverlap(list[i]![1], list[j]![1])) overlaps++;
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) for (let j = i + 1; j < edges.length; j++) crossings += routesCross(edges[i]!.route, edges[j]!.route);
  const width = Number(svgEl.attrs.width);
  const height = Number(svgEl.attrs.height);
  return { components: components.size, edges: edges.length, passThroughs, overlaps, crossings, headerCrossings, fitZoom: fitZoom(width, height), width, height };
}
