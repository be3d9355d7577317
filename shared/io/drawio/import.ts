/**
 * A draw.io diagram → an Archway design (DESIGN §5). Vertices become components, swimlanes and
 * groups (and any vertex holding others) become containers with positions relative to their
 * parent, edges keep their ends, labels and style (dashed = async). Kinds come from, in order:
 * Archway's own attributes (a file Archway exported), a cloud or Kubernetes icon, a label word,
 * a basic shape (a cylinder), else `component`. Components keep the centre of their draw.io
 * shape (Archway draws them at one size); containers and notes keep position and size.
 */
import { isContainerKind, isKindId, type KindId } from '../../catalog/kinds';
import { PROTOCOL_SUGGESTIONS, TIMINGS, DELIVERIES, PROCESSINGS, type EdgeAttributes } from '../../catalog/edges';
import { NODE_SIZE } from '../../layout/sizes';
import { validateDesign } from '../../model/document';
import { EdgePropertiesSchema, NodePropertiesSchema } from '../../model/properties';
import { FORMAT_VERSION, LIMITS, type Design, type DesignEdge, type DesignNode } from '../../model/schema';
import { containerKindFromTitle, kindFromLabel } from '../mermaid/infer';
import { drawioPages, DrawioError, type DrawioPage, type XmlNode } from './decode';
import { ARCHWAY_ATTR } from './files';
import { isClusterGroup, isContainerStyle, kindFromBasicShape, kindFromProduct, kindFromProductWords } from './shapes';
import { parseStyle, type Style } from './style';
import { decodeXmlText, htmlToText, tidyText } from './text';

export interface DrawioImportOptions {
  /** A page by name or by 1-based number; the first page when absent. */
  page?: string;
  /** Every page, each in a group container named after it, stacked top to bottom. */
  allPages?: boolean;
  /** The design's title; the page name when absent. */
  title?: string;
}

export type DrawioImport = { ok: true; design: Design; warnings: string[]; pages: string[] } | { ok: false; error: string };

interface Cell {
  id: string;
  parent?: string;
  value: string;
  style: Style;
  vertex: boolean;
  edge: boolean;
  source?: string;
  target?: string;
  geo: { x: number; y: number; width: number; height: number; relative: boolean };
  /** Attributes of a wrapping `<object>`/`<UserObject>` (draw.io's "Edit Data"). */
  data: Record<string, string>;
}

const num = (v: unknown): number => {
  const n = typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= LIMITS.coordinate ? n : 0;
};

function attrs(node: XmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node)) if (typeof v === 'string' && k !== '#text') out[k] = decodeXmlText(v);
  return out;
}

function toCell(mx: XmlNode, wrapper?: XmlNode): Cell | undefined {
  const a = attrs(mx);
  const data = wrapper ? attrs(wrapper) : {};
  const id = data.id ?? a.id;
  if (!id) return undefined;
  const g = (Array.isArray(mx.mxGeometry) ? mx.mxGeometry[0] : mx.mxGeometry) as XmlNode | undefined;
  return {
    id,
    parent: a.parent,
    value: wrapper ? (data.label ?? '') : (a.value ?? ''),
    style: parseStyle(a.style),
    vertex: a.vertex === '1',
    edge: a.edge === '1',
    source: a.source,
    target: a.target,
    geo: { x: num(g?.x), y: num(g?.y), width: num(g?.width), height: num(g?.height), relative: g?.relative === '1' },
    data,
  };
}

function cellsOf(model: XmlNode): Cell[] {
  const root = model.root as XmlNode | undefined;
  if (!root || typeof root !== 'object') return [];
  const cells: Cell[] = [];
  for (const mx of (root.mxCell as XmlNode[] | undefined) ?? []) {
    const c = toCell(mx);
    if (c) cells.push(c);
  }
  for (const tag of ['object', 'UserObject']) {
    for (const wrapper of (root[tag] as XmlNode[] | undefined) ?? []) {
      const mx = (wrapper.mxCell as XmlNode[] | undefined)?.[0] ?? {};
      const c = toCell(mx, wrapper);
      if (c) cells.push(c);
    }
  }
  return cells;
}

function labelOf(cell: Cell): string {
  const text = cell.style.values.get('html') === '1' ? htmlToText(cell.value) : tidyText(cell.value);
  return text.slice(0, LIMITS.label);
}

/**
 * Hook for the label → kind and technology inference. Today Mermaid's word lists; when the
 * technology catalogue lands in shared/catalog it answers here, for draw.io and Mermaid alike.
 */
function inferFromLabel(label: string): { kind: KindId; technology?: string } | undefined {
  const hit = kindFromLabel(label);
  return hit && { kind: hit.kind };
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function protocolOf(label: string): string {
  return PROTOCOL_SUGGESTIONS.find((p) => new RegExp(`\\b${p}\\b`, 'i').test(label)) ?? '';
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

interface PageResult {
  nodes: DesignNode[];
  edges: DesignEdge[];
  warnings: string[];
}

/** One page's cells → nodes and edges; ids get `prefix` (for several pages in one design). */
function convertPage(page: DrawioPage, prefix: string): PageResult {
  const cells = cellsOf(page.model);
  if (cells.length > LIMITS.nodes + LIMITS.edges) throw new DrawioError(`Page "${page.name}" has ${cells.length.toLocaleString('en')} cells; Archway imports at most ${LIMITS.nodes.toLocaleString('en')} components.`);
  const byId = new Map(cells.map((c) => [c.id, c]));
  const warnings: string[] = [];
  // Layers are the root's children; their children are top level.
  const roots = new Set(cells.filter((c) => c.parent === undefined || !byId.has(c.parent)).map((c) => c.id));
  const layers = new Set(cells.filter((c) => c.parent !== undefined && roots.has(c.parent) && !c.vertex && !c.edge).map((c) => c.id));
  const isTop = (id: string | undefined) => id === undefined || roots.has(id) || layers.has(id);

  const allVertices = cells.filter((c) => c.vertex && !isTop(c.id) && !(c.parent && byId.get(c.parent)?.edge));
  const childrenOf = new Map<string, Cell[]>();
  for (const v of allVertices) if (v.parent !== undefined && !isTop(v.parent)) childrenOf.set(v.parent, [...(childrenOf.get(v.parent) ?? []), v]);
  // A "card" (GCP and IBM templates): an unlabelled box holding an icon and its caption, the
  // box being what edges connect. It is one component; its children are folded into it.
  const cardOf = new Map<string, Cell>();
  const cards = new Map<string, Cell[]>();
  for (const [id, kids] of childrenOf) {
    const c = byId.get(id)!;
    if (labelOf(c) !== '' || isContainerStyle(c.style) || kids.length > 3 || kids.some((k) => childrenOf.has(k.id))) continue;
    cards.set(id, kids);
    for (const k of kids) cardOf.set(k.id, c);
  }
  const vertices = allVertices.filter((c) => !cardOf.has(c.id));
  const hasChildren = new Set([...childrenOf.keys()].filter((id) => !cards.has(id)));

  // Absolute positions in draw.io (children are relative to their parent), times the spread.
  let scale = 1;
  const absCache = new Map<string, { x: number; y: number }>();
  const abs = (c: Cell, depth = 0): { x: number; y: number } => {
    const hit = absCache.get(c.id);
    if (hit) return hit;
    const parent = c.parent !== undefined && !isTop(c.parent) ? byId.get(c.parent) : undefined;
    const base = parent && parent.vertex && depth < 100 ? abs(parent, depth + 1) : { x: 0, y: 0 };
    const p = { x: base.x + c.geo.x * scale, y: base.y + c.geo.y * scale };
    absCache.set(c.id, p);
    return p;
  };

  const usedIds = new Set<string>();
  const idOf = new Map<string, string>();
  const nodeOf = new Map<string, DesignNode>();
  const absOf = new Map<string, { x: number; y: number }>();
  let counter = 0;
  const freshId = (cellId: string): string => {
    let id = `${prefix}${cellId}`;
    if (id.length > LIMITS.id || !/^[\w.:-]+$/.test(id) || usedIds.has(id)) {
      do id = `${prefix}n${++counter}`;
      while (usedIds.has(id));
    }
    usedIds.add(id);
    return id;
  };

  // Archway draws components wider than most draw.io icons: spread a foreign drawing evenly
  // (positions and container sizes) so that no two components overlap. Archway's own files
  // are taken as they are.
  const foreign = !cells.some((c) => c.data[ARCHWAY_ATTR.kind]);
  if (foreign) {
    const centres = vertices
      .filter((c) => !hasChildren.has(c.id) && !isContainerStyle(c.style) && !c.style.names.includes('text'))
      .map((c) => {
        const a = abs(c);
        return { x: a.x + (c.geo.width || NODE_SIZE.width) / 2, y: a.y + (c.geo.height || NODE_SIZE.height) / 2 };
      });
    absCache.clear();
    scale = spreadFactor(centres);
  }
  const connected = new Set(cells.filter((c) => c.edge).flatMap((c) => [c.source, c.target]));
  let skippedEmpty = 0;
  let decorations = 0;
  for (const c of vertices) {
    const kids = cards.get(c.id);
    const label = kids ? kids.map(labelOf).filter(Boolean).join('\n') : labelOf(c);
    // A card's kind comes from its icon.
    const kindStyle = kids ? (kids.map((k) => k.style).find((s) => kindFromProduct(s)) ?? c.style) : c.style;
    const archwayKind = c.data[ARCHWAY_ATTR.kind];
    let kind: KindId;
    let technology = c.data[ARCHWAY_ATTR.technology] || undefined;
    if (archwayKind && isKindId(archwayKind)) kind = archwayKind;
    else if (isContainerStyle(c.style) || hasChildren.has(c.id)) {
      kind = containerKindFromTitle(label.split('\n')[0] ?? '') ?? (isClusterGroup(c.style) ? 'cluster' : 'group');
    } else {
      const product = kindFromProduct(kindStyle);
      const fromLabel = product ? undefined : (inferFromLabel(label) ?? kindFromProductWords(label));
      kind = product?.kind ?? fromLabel?.kind ?? kindFromBasicShape(kindStyle) ?? 'component';
      technology ??= product?.technology ?? fromLabel?.technology;
    }
    if (kind === 'note' && label === '') {
      skippedEmpty++;
      continue;
    }
    // An unlabelled shape that says no kind and that no edge touches is decoration (a dot, a line, a bracket).
    if (kind === 'component' && label === '' && !kids && !connected.has(c.id) && !archwayKind) {
      decorations++;
      continue;
    }
    const id = freshId(c.id);
    idOf.set(c.id, id);
    const a = abs(c);
    const node: DesignNode = { id, kind, label, position: { x: a.x, y: a.y }, properties: {} };
    if (technology) node.technology = technology.slice(0, 200);
    const props = NodePropertiesSchema.safeParse(parseJson(c.data[ARCHWAY_ATTR.properties]) ?? {});
    if (props.success) node.properties = props.data;
    else warnings.push(`"${label || c.id}": its archway_properties were not valid and were dropped.`);
    if (isContainerKind(kind) || kind === 'note') {
      node.size = { width: Math.max(1, (c.geo.width || 1) * scale), height: Math.max(1, (c.geo.height || 1) * scale) };
      absOf.set(id, a);
    } else {
      // Archway draws every component at one size: keep the shape's centre.
      const w = (c.geo.width || NODE_SIZE.width) * scale;
      const h = (c.geo.height || NODE_SIZE.height) * scale;
      node.position = { x: a.x + w / 2 - NODE_SIZE.width / 2, y: a.y + h / 2 - NODE_SIZE.height / 2 };
    }
    nodeOf.set(c.id, node);
  }

  // Parents: the nearest imported container above each node; positions relative to it.
  for (const c of vertices) {
    const node = nodeOf.get(c.id);
    if (!node) continue;
    let p = c.parent;
    for (let steps = 0; p !== undefined && !isTop(p) && steps < 100; steps++, p = byId.get(p)?.parent) {
      const candidate = nodeOf.get(p);
      if (candidate && isContainerKind(candidate.kind)) {
        node.parent = candidate.id;
        const base = absOf.get(candidate.id)!;
        node.position = { x: node.position.x - base.x, y: node.position.y - base.y };
        break;
      }
    }
  }

  // Edge labels drawn as child cells of the edge.
  const extraLabels = new Map<string, string[]>();
  for (const c of cells) {
    if (!c.vertex || !c.parent || !byId.get(c.parent)?.edge) continue;
    const text = labelOf(c);
    if (text) extraLabels.set(c.parent, [...(extraLabels.get(c.parent) ?? []), text]);
  }

  const edges: DesignEdge[] = [];
  let dangling = 0;
  let toContainers = 0;
  for (const c of cells) {
    if (!c.edge) continue;
    // An edge drawn to a card's icon or caption ends at the card.
    const end = (id: string | undefined) => (id === undefined ? undefined : nodeOf.get(cardOf.get(id)?.id ?? id));
    let source = end(c.source);
    let target = end(c.target);
    if (!source || !target) {
      dangling++;
      continue;
    }
    if (isContainerKind(source.kind) || isContainerKind(target.kind) || source.kind === 'note' || target.kind === 'note') {
      toContainers++;
      continue;
    }
    const v = c.style.values;
    // An arrow drawn only at the start points the other way.
    const startArrow = v.get('startArrow');
    if (v.get('endArrow') === 'none' && startArrow && startArrow !== 'none') [source, target] = [target, source];
    const label = [labelOf(c), ...(extraLabels.get(c.id) ?? [])].filter(Boolean).join(' ').slice(0, LIMITS.label);
    const attrsOf: EdgeAttributes = {
      timing: pick(c.data[ARCHWAY_ATTR.timing], TIMINGS) ?? (v.get('dashed') === '1' ? 'async' : 'sync'),
      delivery: pick(c.data[ARCHWAY_ATTR.delivery], DELIVERIES) ?? 'push',
      processing: pick(c.data[ARCHWAY_ATTR.processing], PROCESSINGS) ?? 'stream',
      protocol: c.data[ARCHWAY_ATTR.protocol] ?? protocolOf(label),
    };
    const props = EdgePropertiesSchema.safeParse(parseJson(c.data[ARCHWAY_ATTR.properties]) ?? {});
    edges.push({ id: freshId(c.id), source: source.id, target: target.id, label, ...attrsOf, protocol: attrsOf.protocol.slice(0, 200), properties: props.success ? props.data : {} });
  }
  if (dangling) warnings.push(`${dangling} edge${dangling === 1 ? '' : 's'} without a component at both ends ${dangling === 1 ? 'was' : 'were'} skipped.`);
  if (toContainers) warnings.push(`${toContainers} edge${toContainers === 1 ? '' : 's'} touching a container or a note ${toContainers === 1 ? 'was' : 'were'} skipped (Archway connects components only).`);
  if (decorations) warnings.push(`${decorations} unlabelled decorative shape${decorations === 1 ? '' : 's'} skipped.`);
  if (skippedEmpty) warnings.push(`${skippedEmpty} empty text cell${skippedEmpty === 1 ? '' : 's'} skipped.`);
  return { nodes: [...nodeOf.values()], edges, warnings };
}

/** Gaps Archway wants between components drawn side by side or one above the other. */
const GAP = { x: 24, y: 20 };
/** Beyond this many components the pairwise check costs too much; the drawing is kept as is. */
const SPREAD_MAX_COMPONENTS = 2000;

/**
 * The smallest factor (1 to 4) by which to multiply a drawing's coordinates so that boxes of
 * Archway's component size centred on `centres` do not overlap: two boxes are apart when their
 * centres are a box width (plus gap) apart across or a box height apart down.
 */
export function spreadFactor(centres: readonly { x: number; y: number }[]): number {
  if (centres.length > SPREAD_MAX_COMPONENTS) return 1;
  let factor = 1;
  for (let i = 0; i < centres.length; i++) {
    for (let j = i + 1; j < centres.length; j++) {
      const dx = Math.abs(centres[i]!.x - centres[j]!.x);
      const dy = Math.abs(centres[i]!.y - centres[j]!.y);
      if (dx < 1 && dy < 1) continue; // stacked on purpose: nothing spreads them
      const need = Math.min(dx < 1 ? Infinity : (NODE_SIZE.width + GAP.x) / dx, dy < 1 ? Infinity : (NODE_SIZE.height + GAP.y) / dy);
      if (need > factor) factor = need;
    }
  }
  return Math.min(4, Math.round(factor * 100) / 100);
}

function choosePage(pages: DrawioPage[], wanted: string): DrawioPage {
  const byName = pages.find((p) => p.name === wanted) ?? pages.find((p) => p.name.toLowerCase() === wanted.toLowerCase());
  if (byName) return byName;
  const n = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
  if (n >= 1 && n <= pages.length) return pages[n - 1]!;
  throw new DrawioError(`No page "${wanted}"; the file has ${pages.map((p, i) => `${i + 1}: "${p.name}"`).join(', ')}.`);
}

/** Bounds of top-level nodes (components at their drawn size). */
function bounds(nodes: DesignNode[]): { x: number; y: number; width: number; height: number } {
  const top = nodes.filter((n) => n.parent === undefined);
  if (!top.length) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = top.map((n) => n.position.x);
  const ys = top.map((n) => n.position.y);
  const x2 = top.map((n) => n.position.x + (n.size?.width ?? NODE_SIZE.width));
  const y2 = top.map((n) => n.position.y + (n.size?.height ?? NODE_SIZE.height));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...x2) - x, height: Math.max(...y2) - y };
}

/** Reads a draw.io file (any of its forms); never throws. */
export function importDrawio(text: string, opts: DrawioImportOptions = {}): DrawioImport {
  try {
    const pages = drawioPages(text);
    const names = pages.map((p) => p.name);
    const warnings: string[] = [];
    let nodes: DesignNode[] = [];
    let edges: DesignEdge[] = [];
    let title = opts.title;
    if (opts.allPages && pages.length > 1) {
      let y = 0;
      pages.forEach((page, i) => {
        const r = convertPage(page, `p${i + 1}_`);
        const b = bounds(r.nodes);
        const PAD = { top: 44, side: 20 };
        const group: DesignNode = { id: `page${i + 1}`, kind: 'group', label: page.name, position: { x: 0, y }, size: { width: b.width + 2 * PAD.side, height: b.height + PAD.top + PAD.side }, properties: {} };
        for (const n of r.nodes) {
          if (n.parent !== undefined) continue;
          n.parent = group.id;
          n.position = { x: n.position.x - b.x + PAD.side, y: n.position.y - b.y + PAD.top };
        }
        nodes.push(group, ...r.nodes);
        edges.push(...r.edges);
        warnings.push(...r.warnings.map((w) => `${page.name}: ${w}`));
        y += group.size!.height + 80;
      });
      title ??= names[0] ?? 'Imported draw.io diagram';
    } else {
      const page = opts.page !== undefined ? choosePage(pages, opts.page) : pages[0]!;
      if (opts.page === undefined && pages.length > 1) warnings.push(`The file has ${pages.length} pages; imported the first, "${page.name}" (choose another page, or import all pages as groups).`);
      const r = convertPage(page, '');
      nodes = r.nodes;
      edges = r.edges;
      warnings.push(...r.warnings);
      title ??= page.name;
    }
    if (!nodes.length) warnings.push('The page has no shapes to import.');
    const checked = validateDesign({ formatVersion: FORMAT_VERSION, metadata: { title: title.slice(0, LIMITS.label), description: '' }, nodes, edges, requirements: {}, settings: {} });
    if (!checked.ok) return { ok: false, error: checked.error };
    return { ok: true, design: checked.design, warnings, pages: names };
  } catch (err) {
    if (err instanceof DrawioError) return { ok: false, error: err.message };
    throw err;
  }
}
