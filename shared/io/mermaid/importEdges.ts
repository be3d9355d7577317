/**
 * Mermaid links → design edges (DESIGN §5). The dialect is read literally: the arrow is the
 * timing, the words before the colon the other attributes. Any other flowchart is read as
 * data flow: links touching a broker or queue are async, a link out of a store becomes a
 * pull from the other end, poll/pull and schedule words set delivery and processing, and
 * `<-->` becomes one edge from the end that is not the bus.
 */
import { isPassiveKind, type KindId } from '../../catalog/kinds';
import { LIMITS, type DesignEdge, type DesignNode, type DrawnDesign, type DrawnEdge } from '../../model/schema';
import type { ArchwayBlock } from './block';
import { parseDialectEdgeText, parsePlainEdgeText } from './edgeText';
import { isSafeCss, isSafeMarkup } from './drawnSafety';
import { decodeLabel } from './escape';
import type { Flowchart, FlowEdge } from './flowchart';
import type { ImportedNodes } from './importNodes';

const BUS_LIKE = new Set<KindId>(['service-bus', 'event-broker', 'message-queue']);
const BROKER_OR_QUEUE = new Set<KindId>(['event-broker', 'message-queue']);

const isAsyncStroke = (e: FlowEdge): boolean => e.stroke === 'dotted' || e.stroke === 'thick';
const isDouble = (e: FlowEdge): boolean => e.type.startsWith('double_');

/** How a foreign flowchart drew a link. */
function drawnEdge(e: FlowEdge, label: string): DrawnEdge {
  const d: DrawnEdge = { type: e.type, stroke: (['normal', 'thick', 'dotted', 'invisible'] as const).find((s) => s === e.stroke) ?? 'normal' };
  if (e.length !== undefined && e.length > 1) d.length = Math.min(e.length, 20);
  if (e.text !== '' && isSafeMarkup(e.text)) d.text = e.text;
  if (d.text !== undefined && decodeLabel(e.text) !== label) d.label = label;
  if (e.markdown) d.markdown = true;
  const css = e.style?.filter(isSafeCss);
  if (css?.length) d.style = css;
  if (e.interpolate !== undefined) d.interpolate = e.interpolate;
  if (e.id !== undefined) d.named = true;
  return d;
}

export interface ImportedEdges {
  edges: DesignEdge[];
  /** A foreign flowchart's links that are not design edges (`~~~`, links to empty subgraphs). */
  links: NonNullable<DrawnDesign['links']>;
}

export function importEdges(chart: Flowchart, imported: ImportedNodes, block: ArchwayBlock | undefined, dialect: boolean, warnings: string[]): ImportedEdges {
  const links: ImportedEdges['links'] = [];
  const byId = new Map(imported.nodes.map((n) => [n.id, n]));
  const childrenOf = new Map<string, DesignNode[]>();
  for (const n of imported.nodes) {
    if (n.parent === undefined) continue;
    let list = childrenOf.get(n.parent);
    if (!list) childrenOf.set(n.parent, (list = []));
    list.push(n);
  }
  // Outside the dialect a link to a subgraph reaches the first component inside it.
  const firstComponent = (id: string, depth = 0): string | undefined => {
    for (const c of childrenOf.get(id) ?? []) {
      if (!imported.subgraphs.has(c.id) && byId.get(c.id)?.kind !== 'layer') return c.id;
      const inner = depth < 100 ? firstComponent(c.id, depth + 1) : undefined;
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  // The layer holding a node (or the node itself): edges between two layers are dependencies.
  const layerOf = (id: string): string | undefined => {
    for (let n = byId.get(id), depth = 0; n && depth < 1000; n = n.parent === undefined ? undefined : byId.get(n.parent), depth++) {
      if (n.kind === 'layer') return n.id;
    }
    return undefined;
  };
  // Layer ranks as import.ts gives them: a stored rank, else the order in the text.
  const layerRank = new Map<string, number>();
  for (const n of imported.nodes) if (n.kind === 'layer') layerRank.set(n.id, n.properties.rank ?? layerRank.size + 1);
  /** An edge from a higher layer down to a lower one: reversing it would point it upwards. */
  const acrossLayers = (a: string, b: string): boolean => {
    const la = layerOf(a);
    const lb = layerOf(b);
    return la !== undefined && lb !== undefined && la !== lb && layerRank.get(la)! < layerRank.get(lb)!;
  };
  const endpoint = (mid: string): string | undefined => {
    const id = imported.designId.get(mid);
    if (id === undefined) return undefined;
    if (dialect || !imported.subgraphs.has(mid)) return id;
    const inner = firstComponent(id);
    if (inner === undefined) warnings.push(`A link to the empty subgraph "${mid.slice(0, 60)}" is drawn but is no edge of the design.`);
    return inner;
  };

  // Restored and author-written ids are kept; generated ones (e1, e2, ...) go around them.
  const reserved = new Set<string>();
  for (const e of chart.edges) if (e.id !== undefined) reserved.add(block?.edges[e.id]?.id ?? e.id);
  if (!dialect) for (const [key, entry] of Object.entries(block?.edges ?? {})) if (key.startsWith('#') && entry.id !== undefined) reserved.add(entry.id);
  const used = new Set<string>();
  let next = 1;
  const claimId = (wanted: string | undefined): string => {
    if (wanted !== undefined && wanted.length <= LIMITS.id && !used.has(wanted)) {
      used.add(wanted);
      return wanted;
    }
    while (used.has(`e${next}`) || reserved.has(`e${next}`)) next++;
    used.add(`e${next}`);
    return `e${next}`;
  };

  const edges: DesignEdge[] = [];
  let invisible = 0;
  for (const [index, e] of chart.edges.entries()) {
    const drawnStart = imported.designId.get(e.start);
    const drawnEnd = imported.designId.get(e.end);
    if (e.stroke === 'invisible') {
      invisible++; // `~~~` only steers mermaid's layout: kept as a drawn link, no edge
      if (!dialect && drawnStart !== undefined && drawnEnd !== undefined) links.push({ from: drawnStart, to: drawnEnd, edge: drawnEdge(e, decodeLabel(e.text)) });
      continue;
    }
    let source = endpoint(e.start);
    let target = endpoint(e.end);
    if (source === undefined || target === undefined) {
      if (!dialect && drawnStart !== undefined && drawnEnd !== undefined) links.push({ from: drawnStart, to: drawnEnd, edge: drawnEdge(e, decodeLabel(e.text)) });
      continue;
    }
    const entry = e.id === undefined ? (dialect ? undefined : block?.edges[`#${index}`]) : block?.edges[e.id];
    const wanted = e.id === undefined ? entry?.id : (entry?.id ?? e.id);
    const text = decodeLabel(e.text);
    const kindOf = (id: string): KindId | undefined => byId.get(id)?.kind;

    let timing: DesignEdge['timing'];
    let delivery: DesignEdge['delivery'];
    let processing: DesignEdge['processing'];
    let protocol: string;
    let label: string;
    if (dialect) {
      const words = parseDialectEdgeText(text);
      timing = words.timing ?? (isAsyncStroke(e) ? 'async' : 'sync');
      delivery = words.delivery ?? 'push';
      processing = words.processing ?? 'stream';
      protocol = words.protocol ?? entry?.protocol ?? '';
      label = words.label;
    } else {
      const words = parsePlainEdgeText(text);
      if (isDouble(e) && BUS_LIKE.has(kindOf(source)!) && !BUS_LIKE.has(kindOf(target)!)) [source, target] = [target, source];
      const touchesBroker = BROKER_OR_QUEUE.has(kindOf(source)!) || BROKER_OR_QUEUE.has(kindOf(target)!);
      timing = words.timing ?? (touchesBroker || isAsyncStroke(e) ? 'async' : 'sync');
      delivery = words.delivery ?? 'push';
      const fromStore = isPassiveKind(kindOf(source)!) && !isPassiveKind(kindOf(target)!);
      // Not between layers (a dependency points down the stack, whatever sits in the lower
      // layer), and not when only one word of a list made the source look like a store.
      const keep = acrossLayers(source, target) || imported.weakPassive.has(source);
      if (fromStore && delivery === 'push' && keep && acrossLayers(source, target) && imported.unlisted.has(source) && byId.get(source)!.technology === undefined) {
        // A box in one layer that depends on a lower one is that layer's active part (the data
        // access of "Database, File Systems"), not a store: stores start no calls.
        byId.get(source)!.kind = 'component';
      }
      if (fromStore && delivery === 'push' && !keep) {
        // Data leaves a store only when someone reads it: the reader pulls.
        [source, target] = [target, source];
        delivery = 'pull';
      }
      processing = words.processing ?? 'stream';
      protocol = words.protocol ?? entry?.protocol ?? '';
      label = words.label;
    }
    if (!dialect && entry) {
      // What Archway made of this link last time (the user may have changed it since).
      if (entry.source !== undefined && byId.has(entry.source)) source = entry.source;
      if (entry.target !== undefined && byId.has(entry.target)) target = entry.target;
      timing = entry.timing ?? timing;
      delivery = entry.delivery ?? delivery;
      processing = entry.processing ?? processing;
      if (entry.label !== undefined) label = entry.label;
    }
    const edge: DesignEdge = {
      id: claimId(wanted),
      source,
      target,
      label: label.slice(0, LIMITS.label),
      timing,
      delivery,
      processing,
      protocol: protocol.slice(0, 200),
      properties: entry?.properties ?? {},
    };
    if (entry?.suppress) edge.suppress = entry.suppress;
    if (!dialect) {
      const drawn = drawnEdge(e, decodeLabel(e.text));
      if (drawnStart !== source || drawnEnd !== target) drawn.ends = [drawnStart!, drawnEnd!];
      edge.drawn = drawn;
    }
    edges.push(edge);
  }
  if (invisible > 0) warnings.push(`${invisible} invisible link${invisible === 1 ? '' : 's'} (~~~) only steer mermaid's layout: kept in the drawing, not edges of the design.`);
  return { edges, links };
}
