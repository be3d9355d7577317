/**
 * Mermaid vertices and subgraphs → design nodes (DESIGN §5). In the dialect a kind class
 * says the kind; otherwise kinds are inferred (infer.ts), a label naming a layer becomes a
 * layer holding a component, and what cannot be mapped is a `component` or a `group`.
 */
import { isContainerKind, isKindId, isPassiveKind, type KindId } from '../../catalog/kinds';
import type { NodeProperties } from '../../model/properties';
import { LIMITS, type DesignNode, type DrawnNode } from '../../model/schema';
import type { ArchwayBlock } from './block';
import { isSafeCss, isSafeHref, isSafeMarkup } from './drawnSafety';
import { decodeLabel } from './escape';
import type { Flowchart, FlowSubgraph, FlowVertex } from './flowchart';
import { findTechnology } from '../../catalog/technology';
import { containerKindFromTitle, inferVertex, kindFromLabel, splitLayerLabel } from './infer';

export interface ImportedNodes {
  nodes: DesignNode[];
  /** Mermaid id (vertex or subgraph) → design id; a split layer label maps to its component. */
  designId: Map<string, string>;
  /** Mermaid ids of subgraphs. */
  subgraphs: Map<string, FlowSubgraph>;
  /** Nodes whose position came from the archway block. */
  placed: Set<string>;
  /** Design ids of nodes that had no block entry (new or inferred). */
  unlisted: Set<string>;
  /**
   * Design ids of nodes whose passive kind came from one item of a list that also names
   * something active ("Model Store, Inference API"): too weak to turn their edges into pulls.
   */
  weakPassive: Set<string>;
}

/** The items of a label that lists several things: lines, and commas, `&`, `;` or "and" within them. */
export function listItems(label: string): string[] {
  return label.split(/\n|,|;|&|\band\b/i).map((s) => s.trim()).filter(Boolean);
}

/** A passive kind read from one item of a list whose other items name active kinds. */
function isWeakPassive(label: string, kind: KindId): boolean {
  if (!isPassiveKind(kind)) return false;
  const items = listItems(label);
  if (items.length < 2) return false;
  return items.some((item) => {
    const k = kindFromLabel(item)?.kind;
    return k !== undefined && k !== 'component' && !isPassiveKind(k);
  });
}

const kindClass = (classes: readonly string[]): KindId | undefined => classes.find(isKindId) as KindId | undefined;

/**
 * A label as text. In a foreign flowchart, one that decodes to nothing (markup only, such as an
 * `<img>` mermaid's sanitizer drops) falls back to the Mermaid id; Archway's own dialect keeps
 * empty labels, so designs round-trip.
 */
function labelOf(markup: string, id: string, dialect: boolean): string {
  const text = decodeLabel(markup);
  return dialect || text.trim() ? text : id;
}

function clampLabel(label: string, warnings: string[]): string {
  if (label.length <= LIMITS.label) return label;
  warnings.push(`A label of ${label.length.toLocaleString('en')} characters was cut to ${LIMITS.label.toLocaleString('en')}.`);
  return label.slice(0, LIMITS.label);
}

/** How a foreign flowchart drew a label, classes and direction: only what it really set. */
function drawnOf(text: string, label: string, markdown: boolean | undefined, classes: readonly string[], styles: readonly string[] | undefined, direction?: string): DrawnNode {
  const d: DrawnNode = isSafeMarkup(text) ? { text } : {};
  if (d.text !== undefined && decodeLabel(text) !== label) d.label = label;
  if (markdown) d.markdown = true;
  if (classes.length) d.classes = classes.filter((c) => /^[\w-]{1,200}$/.test(c));
  const css = styles?.filter(isSafeCss);
  if (css?.length) d.style = css;
  if (direction) d.direction = direction;
  return d;
}

function drawnVertex(v: FlowVertex, label: string): DrawnNode {
  // mermaid adds `clickable` with a `click`: the click statement writes it back, if kept.
  const clicked = v.link !== undefined || v.tooltip !== undefined;
  const d = drawnOf(v.text, label, v.markdown, clicked ? v.classes.filter((c) => c !== 'clickable') : v.classes, v.styles);
  if (v.shape) d.shape = v.shape;
  if (v.link !== undefined && isSafeHref(v.link)) d.link = { href: v.link, ...(v.linkTarget ? { target: v.linkTarget } : {}) };
  if (v.tooltip !== undefined && isSafeMarkup(v.tooltip)) d.tooltip = v.tooltip;
  return d;
}

export function importNodes(chart: Flowchart, block: ArchwayBlock | undefined, dialect: boolean, warnings: string[]): ImportedNodes {
  const subgraphs = new Map(chart.subgraphs.map((s) => [s.id, s]));
  const parentOf = new Map<string, string>();
  for (const s of chart.subgraphs) for (const id of s.nodeIds) if (!parentOf.has(id) && id !== s.id) parentOf.set(id, s.id);

  const designId = new Map<string, string>();
  const usedIds = new Set<string>();
  const claim = (wanted: string): string => {
    let id = wanted.slice(0, LIMITS.id);
    for (let n = 2; usedIds.has(id); n++) id = `${wanted.slice(0, LIMITS.id - 8)}_${n}`;
    usedIds.add(id);
    return id;
  };
  // Block ids first, so a stand-in cannot take the place of a restored id.
  const mermaidIds = [...chart.subgraphs.map((s) => s.id), ...chart.vertices.filter((v) => !subgraphs.has(v.id)).map((v) => v.id)];
  for (const mid of mermaidIds) {
    const wanted = block?.nodes[mid]?.id;
    if (wanted !== undefined && !usedIds.has(wanted)) designId.set(mid, claim(wanted));
  }
  for (const mid of mermaidIds) if (!designId.has(mid)) designId.set(mid, claim(mid));

  const nodes: DesignNode[] = [];
  const placed = new Set<string>();
  const unlisted = new Set<string>();
  const weakPassive = new Set<string>();
  const add = (mid: string | undefined, node: DesignNode, inferred: NodeProperties = {}, drawn?: DrawnNode): void => {
    // A split-off layer has no Mermaid id: the block keys it by its design id.
    const entry = block?.nodes[mid ?? node.id];
    if (drawn && !dialect) node.drawn = drawn;
    if (entry) {
      if (entry.kind !== undefined && !dialect) node.kind = entry.kind;
      if (entry.position) {
        node.position = entry.position;
        placed.add(node.id);
      }
      if (entry.size) node.size = entry.size;
      node.properties = entry.properties ?? {};
      if (entry.suppress) node.suppress = entry.suppress;
      if (entry.technology !== undefined) node.technology = entry.technology;
      else delete node.technology;
    } else {
      node.properties = inferred;
      unlisted.add(node.id);
    }
    nodes.push(node);
  };
  const parentId = (mid: string): string | undefined => {
    const p = parentOf.get(mid);
    return p === undefined ? undefined : designId.get(p);
  };
  const base = (id: string, kind: KindId, label: string, parent: string | undefined): DesignNode => ({
    id,
    kind,
    label: clampLabel(label, warnings),
    position: { x: 0, y: 0 },
    properties: {},
    ...(parent !== undefined ? { parent } : {}),
  });

  const withTechnology = (node: DesignNode, technology: string | undefined): DesignNode => (technology === undefined ? node : { ...node, technology });
  // `style sub …` lands on a vertex named like the subgraph.
  const styleOf = new Map(chart.vertices.filter((v) => subgraphs.has(v.id) && v.styles?.length).map((v) => [v.id, v.styles]));
  // Containers, outer before inner so that layer order follows the text.
  const ordered: FlowSubgraph[] = [];
  const visit = (s: FlowSubgraph, seen: Set<string>): void => {
    if (seen.has(s.id)) return;
    seen.add(s.id);
    const p = parentOf.get(s.id);
    const ps = p === undefined ? undefined : subgraphs.get(p);
    if (ps) visit(ps, seen);
    ordered.push(s);
  };
  const seen = new Set<string>();
  for (const s of chart.subgraphs) visit(s, seen);
  for (const s of ordered) {
    const title = labelOf(s.title, s.id, dialect);
    const cls = kindClass(s.classes);
    const kind = cls !== undefined && isContainerKind(cls) ? cls : (dialect ? undefined : containerKindFromTitle(title)) ?? 'group';
    const tech = dialect ? undefined : findTechnology(title);
    add(s.id, withTechnology(base(designId.get(s.id)!, kind, title, parentId(s.id)), tech && !tech.generic && tech.kind === kind ? tech.name : undefined), {}, { ...drawnOf(s.title, title, s.markdown, s.classes, styleOf.get(s.id), s.dir), subgraph: true });
  }

  // A diagram drawn mostly in one shape (all cylinders, say) says nothing with it.
  const shapes = new Map<string, number>();
  const leaves = chart.vertices.filter((v) => !subgraphs.has(v.id));
  for (const v of leaves) shapes.set(v.shape ?? 'square', (shapes.get(v.shape ?? 'square') ?? 0) + 1);
  const sameShapeEverywhere = leaves.length >= 4 && [...shapes].some(([shape, n]) => shape !== 'square' && n / leaves.length > 0.6);

  let unmapped = 0;
  for (const v of chart.vertices) {
    if (subgraphs.has(v.id)) continue; // an edge to a subgraph also makes a phantom vertex
    const label = labelOf(v.text, v.id, dialect);
    const id = designId.get(v.id)!;
    const parent = parentId(v.id);
    const cls = kindClass(v.classes);
    if (cls !== undefined) {
      add(v.id, base(id, cls, label, parent));
      continue;
    }
    const layer = dialect ? undefined : splitLayerLabel(label);
    if (layer) {
      // "Presentation Layer<br/>Web UI": a layer holding the component the edges reach.
      const layerId = claim(`${id}_layer`);
      add(undefined, base(layerId, layer.kind, layer.title, parent), {}, { split: true });
      const rest = layer.rest || layer.title;
      const inner = layer.kind === 'batch-layer' ? { kind: 'batch-processor' as const } : layer.kind === 'speed-layer' ? { kind: 'stream-processor' as const } : kindFromLabel(rest);
      if (!inner) unmapped++;
      const tech = findTechnology(rest);
      add(v.id, withTechnology(base(id, inner?.kind ?? 'component', rest, layerId), tech && !tech.generic ? tech.name : undefined), inner?.properties, drawnVertex(v, rest));
      continue;
    }
    const titles: string[] = [];
    for (let p = parentOf.get(v.id); p !== undefined && titles.length < 1000; p = parentOf.get(p)) {
      const s = subgraphs.get(p);
      if (s) titles.push(decodeLabel(s.title));
    }
    const inferred = inferVertex({ label, titles, ...(v.shape ? { shape: v.shape } : {}), shapeSpeaks: !sameShapeEverywhere });
    if (!inferred || inferred.kind === 'component') unmapped++;
    if (inferred && isWeakPassive(label, inferred.kind)) weakPassive.add(id);
    add(v.id, withTechnology(base(id, inferred?.kind ?? 'component', label, parent), inferred?.technology), inferred?.properties, drawnVertex(v, label));
  }
  if (unmapped > 0 && !dialect) warnings.push(`${unmapped} node${unmapped === 1 ? '' : 's'} matched no known kind and became generic components.`);
  return { nodes, designId, subgraphs, placed, unlisted, weakPassive };
}
