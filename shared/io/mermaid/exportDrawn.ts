/**
 * Design → Mermaid for a design imported from a foreign flowchart (issue 17): the picture is
 * written back as the author drew it — direction, shapes, label markup, arrow types and
 * lengths, `classDef`/`class`/`style`/`linkStyle`, `click` links (as text), links to
 * subgraphs and links drawn against the data flow — and Archway's own reading (kinds,
 * technology, edge attributes, positions) rides in the `%% archway:` block, never in visible
 * labels or classes. What the user added in Archway is drawn in the kind's shape.
 */
import { isContainerKind } from '../../catalog/kinds';
import type { Design, DesignEdge, DesignNode, DrawnEdge, DrawnNode } from '../../model/schema';
import { writeBlock, type ArchwayBlock, type BlockEdge, type BlockNode } from './block';
import { kindLook, SHAPES } from './dialect';
import { decodeLabel, quoteLabel } from './escape';
import type { MermaidExport } from './mermaid-export';

/** mermaid's shape names → the brackets that draw them. */
const BRACKETS: Readonly<Record<string, readonly [string, string]>> = {
  square: ['[', ']'],
  round: ['(', ')'],
  stadium: ['([', '])'],
  subroutine: ['[[', ']]'],
  cylinder: ['[(', ')]'],
  circle: ['((', '))'],
  doublecircle: ['(((', ')))'],
  odd: ['>', ']'],
  diamond: ['{', '}'],
  hexagon: ['{{', '}}'],
  lean_right: ['[/', '/]'],
  lean_left: ['[\\', '\\]'],
  trapezoid: ['[/', '\\]'],
  inv_trapezoid: ['[\\', '/]'],
  ellipse: ['(-', '-)'],
};

/** The dialect's shape names (dialect.ts) under mermaid's names. */
const DIALECT_SHAPE: Readonly<Record<keyof typeof SHAPES, string>> = {
  rect: 'square',
  round: 'round',
  stadium: 'stadium',
  cylinder: 'cylinder',
  subroutine: 'subroutine',
  hexagon: 'hexagon',
  asymmetric: 'odd',
  parallelogram: 'lean_right',
  trapezoid: 'trapezoid',
  circle: 'circle',
};

const RESERVED = /^(end|graph|flowchart|flowchart-elk|subgraph|style|linkstyle|classdef|class|click|call|href|callback|default|direction|interpolate|tb|td|bt|rl|lr|br|accdescr|acctitle|constructor|prototype|__proto__)$/i;
// An id as mermaid reads it back unchanged: the author's own ids are kept when they fit.
const PLAIN_ID = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?$/u;
const plainId = (id: string): boolean => PLAIN_ID.test(id) && !/--|-\.|\.-|\.\./.test(id) && !RESERVED.test(id) && id.length <= 200 && !/style|classdef/i.test(id);

/** Mermaid markup as written inside `"…"`: entities in mermaid's `#name;` spelling, no raw quote. */
function markup(text: string): string {
  return text.replace(/&#?([0-9]{1,7}|[a-z][a-z0-9]{1,30});/gi, '#$1;').replace(/"/g, '#quot;');
}

/** The label to write: the author's markup while the label is unchanged, else the new text. */
function labelText(label: string, drawn: { text?: string; label?: string; markdown?: boolean } | undefined): string {
  if (drawn?.text !== undefined && (drawn.label ?? decodeLabel(drawn.text)) === label) {
    if (drawn.text.trim() === '') return '" "'; // mermaid refuses `""`
    return drawn.markdown ? `"\`${markup(drawn.text)}\`"` : `"${markup(drawn.text)}"`;
  }
  return quoteLabel(label);
}

/** `-->`, `-.-x`, `<==>`, `~~~` … for mermaid's arrow type, stroke and length. */
export function arrowOf(edge: Pick<DrawnEdge, 'type' | 'stroke' | 'length'>): string {
  const length = edge.length ?? 1;
  const double = edge.type.startsWith('double_');
  const type = double ? edge.type.slice('double_'.length) : edge.type;
  const head = type === 'arrow_point' ? '>' : type === 'arrow_cross' ? 'x' : type === 'arrow_circle' ? 'o' : '';
  const tail = double ? (head === '>' ? '<' : head) : '';
  if (edge.stroke === 'invisible') return '~'.repeat(length + 2);
  if (edge.stroke === 'dotted') return `${tail}-${'.'.repeat(length)}-${head}`;
  const dash = edge.stroke === 'thick' ? '=' : '-';
  return `${tail}${dash.repeat(length + 1)}${head || dash}`;
}

export function exportDrawn(design: Design): MermaidExport {
  const warnings: string[] = [];
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const isSplit = (n: DesignNode | undefined): boolean => !!n?.drawn?.split;

  // Mermaid ids: the author's where they still fit, else a safe stand-in.
  const used = new Set<string>();
  const mid = new Map<string, string>();
  for (const n of design.nodes) {
    if (!isSplit(n) && plainId(n.id)) {
      mid.set(n.id, n.id);
      used.add(n.id);
    }
  }
  let counter = 0;
  for (const n of design.nodes) {
    if (mid.has(n.id) || isSplit(n)) continue;
    let id: string;
    do id = `n${++counter}`;
    while (used.has(id) || byId.has(id));
    used.add(id);
    mid.set(n.id, id);
  }

  // Where a node is drawn: a split-off layer is not, so its contents sit in its parent.
  const drawnParent = (n: DesignNode): string | undefined => {
    let p = n.parent === undefined ? undefined : byId.get(n.parent);
    for (let depth = 0; p && isSplit(p) && depth < 1000; depth++) p = p.parent === undefined ? undefined : byId.get(p.parent);
    return p?.id;
  };
  const children = new Map<string | undefined, DesignNode[]>();
  for (const n of design.nodes) {
    if (isSplit(n)) continue;
    const parent = drawnParent(n);
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(n);
  }

  const { drawn: _drawn, ...settings } = design.settings;
  const block: ArchwayBlock = { metadata: { ...design.metadata }, nodes: {}, edges: {} };
  if (Object.keys(design.requirements).length) block.requirements = design.requirements;
  // `drawn: {}` marks the block as a foreign drawing's (the drawing itself is read from the text).
  block.settings = { ...settings, drawn: {} };
  for (const n of design.nodes) {
    const key = mid.get(n.id) ?? n.id;
    const b: BlockNode = { kind: n.kind, position: { x: n.position.x, y: n.position.y } };
    if (key !== n.id) b.id = n.id;
    if (n.size) b.size = { width: n.size.width, height: n.size.height };
    if (Object.keys(n.properties).length) b.properties = n.properties;
    if (n.suppress) b.suppress = n.suppress;
    if (n.technology !== undefined) b.technology = n.technology;
    block.nodes[key] = b;
  }

  const lines: string[] = [`flowchart ${design.settings.direction ?? 'TB'}`];
  const blockAt = lines.length;
  for (const c of design.settings.drawn?.classDefs ?? []) if (c.styles.length) lines.push(`  classDef ${c.id} ${c.styles.join(',')}`);

  const after: string[] = [];
  const decorate = (id: string, d: DrawnNode | undefined): void => {
    if (!d) return;
    const linked = d.link !== undefined && !d.link.href.includes('"');
    for (const c of d.classes ?? []) after.push(`  class ${id} ${c}`);
    if (d.style?.length) after.push(`  style ${id} ${d.style.join(',')}`);
    if (linked) after.push(`  click ${id} href "${d.link!.href}"${d.tooltip !== undefined ? ` "${markup(d.tooltip)}"` : ''}${d.link!.target ? ` ${d.link!.target}` : ''}`);
  };

  const visited = new Set<string>();
  const writeNodes = (parent: string | undefined, indent: string): void => {
    for (const n of children.get(parent) ?? []) {
      if (visited.has(n.id)) continue;
      visited.add(n.id);
      const id = mid.get(n.id)!;
      const d = n.drawn;
      const asSubgraph = d ? !!d.subgraph : isContainerKind(n.kind);
      if (asSubgraph) {
        // `subgraph "Title"` names the subgraph by its title: write it so again.
        const byTitle = d?.text !== undefined && n.id === d.text && id !== n.id;
        lines.push(byTitle ? `${indent}subgraph ${labelText(n.label, d)}` : `${indent}subgraph ${id}[${labelText(n.label, d)}]`);
        if (d?.direction) lines.push(`${indent}  direction ${d.direction}`);
        writeNodes(n.id, `${indent}  `);
        lines.push(`${indent}end`);
      } else if (d && d.shape === undefined && d.text === n.id && (d.label ?? d.text) === n.label) {
        lines.push(`${indent}${id}`); // drawn as a bare id
      } else {
        const shape = d ? d.shape : DIALECT_SHAPE[kindLook(n.kind).shape];
        const brackets = shape === undefined ? undefined : BRACKETS[shape];
        if (brackets) lines.push(`${indent}${id}${brackets[0]}${labelText(n.label, d)}${brackets[1]}`);
        else if (shape === undefined) lines.push(`${indent}${id}@{ label: ${labelText(n.label, d ? { ...d, markdown: false } : d)} }`); // `@{ label }` is markdown already
        else lines.push(`${indent}${id}[${labelText(n.label, d)}]`, `${indent}${id}@{ shape: ${shape} }`); // mermaid's newer shapes
      }
      decorate(id, d);
    }
  };
  writeNodes(undefined, '  ');
  for (const n of design.nodes) if (!visited.has(n.id) && !isSplit(n)) warnings.push(`Node "${n.id.slice(0, 60)}" sits in a parent cycle; left out.`);

  // Links: design edges as drawn, then the drawn-only links.
  const isWithin = (id: string, container: string): boolean => {
    for (let n = byId.get(id), depth = 0; n && depth < 1000; n = n.parent === undefined ? undefined : byId.get(n.parent), depth++) if (n.id === container) return true;
    return false;
  };
  const endsOf = (e: DesignEdge): [string, string] => {
    const ends = e.drawn?.ends;
    if (ends && byId.has(ends[0]) && byId.has(ends[1])) {
      if (isWithin(e.source, ends[0]) && isWithin(e.target, ends[1])) return ends;
      if (isWithin(e.target, ends[0]) && isWithin(e.source, ends[1])) return ends; // read as a pull
    }
    return [e.source, e.target];
  };
  const linkStyles: string[] = [];
  let index = 0;
  const link = (from: string, to: string, d: DrawnEdge | undefined, edge: DesignEdge | undefined): void => {
    const a = mid.get(from);
    const b = mid.get(to);
    if (a === undefined || b === undefined) {
      warnings.push(`A link joins a node that is not drawn ("${from.slice(0, 60)}" to "${to.slice(0, 60)}"); left out.`);
      return;
    }
    const arrow = d ? arrowOf(d) : edge?.timing === 'async' ? '-.->' : '-->';
    const label = edge ? edge.label : d?.label ?? decodeLabel(d?.text ?? '');
    const text = label === '' && d?.text === undefined ? '' : `|${labelText(label, d)}|`;
    const named = edge && d?.named && plainId(edge.id) && !used.has(edge.id) ? `${edge.id}@` : '';
    if (edge && named) used.add(edge.id);
    lines.push(`  ${a} ${named}${arrow}${text} ${b}`);
    if (d?.interpolate !== undefined || d?.style?.length) {
      linkStyles.push(`  linkStyle ${index}${d.interpolate !== undefined ? ` interpolate ${d.interpolate}` : ''}${d.style?.length ? ` ${d.style.join(',')}` : ''}`);
    }
    if (edge) {
      const be: BlockEdge = { source: edge.source, target: edge.target, timing: edge.timing, delivery: edge.delivery, processing: edge.processing };
      if (!named) be.id = edge.id;
      if (edge.protocol !== '') be.protocol = edge.protocol;
      if (edge.label !== (d ? (d.label ?? decodeLabel(d.text ?? '')) : edge.label)) be.label = edge.label;
      if (Object.keys(edge.properties).length) be.properties = edge.properties;
      if (edge.suppress) be.suppress = edge.suppress;
      block.edges[named ? edge.id : `#${index}`] = be;
    }
    index++;
  };
  for (const e of design.edges) {
    const [from, to] = endsOf(e);
    link(from, to, e.drawn, e);
  }
  for (const l of design.settings.drawn?.links ?? []) link(l.from, l.to, l.edge, undefined);
  const drawn = design.settings.drawn;
  if (drawn?.linkDefaultInterpolate !== undefined || drawn?.linkDefaultStyle?.length) {
    linkStyles.push(`  linkStyle default${drawn.linkDefaultInterpolate !== undefined ? ` interpolate ${drawn.linkDefaultInterpolate}` : ''}${drawn.linkDefaultStyle?.length ? ` ${drawn.linkDefaultStyle.join(',')}` : ''}`);
  }
  lines.push(...after, ...linkStyles);
  lines.splice(blockAt, 0, writeBlock(block));
  return { text: `${lines.join('\n')}\n`, warnings };
}
