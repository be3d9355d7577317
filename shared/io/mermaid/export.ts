/**
 * Design → Mermaid flowchart in the Archway dialect (DESIGN §5): containers as nested
 * subgraphs, kinds as classes with a classDef each, shapes by kind, `-->` sync and `-.->`
 * async, label words for delivery, processing and protocol, edge ids as `e1@-->`, and one
 * `%% archway:` line with everything else. importMermaid reads it back to the same design.
 */
import { isContainerKind, type KindId } from '../../catalog/kinds';
import type { Design, DesignEdge, DesignNode } from '../../model/schema';
import { writeBlock, type ArchwayBlock, type BlockEdge, type BlockNode } from './block';
import { classDef, kindLook, SHAPES } from './dialect';
import { formatEdgeText, isWritableProtocol } from './edgeText';
import { quoteLabel } from './escape';
import { exportDrawn } from './exportDrawn';
import { MermaidIds } from './ids';

/** mermaid's default render limits (maxEdges, maxTextSize): beyond them it shows an error. */
export const MERMAID_DEFAULT_MAX_EDGES = 500;
export const MERMAID_DEFAULT_MAX_TEXT = 50_000;

export type { MermaidExport } from './mermaid-export';
import type { MermaidExport } from './mermaid-export';

const isEmpty = (o: object | undefined): boolean => !o || Object.keys(o).length === 0;

function blockNode(n: DesignNode, mid: string): BlockNode {
  const b: BlockNode = {};
  if (mid !== n.id) b.id = n.id;
  b.position = { x: n.position.x, y: n.position.y };
  if (n.size) b.size = { width: n.size.width, height: n.size.height };
  if (!isEmpty(n.properties)) b.properties = n.properties;
  if (n.suppress) b.suppress = n.suppress;
  if (n.technology !== undefined) b.technology = n.technology;
  return b;
}

function blockEdge(e: DesignEdge, mid: string): BlockEdge | undefined {
  const b: BlockEdge = {};
  if (mid !== e.id) b.id = e.id;
  if (e.protocol !== '' && !isWritableProtocol(e.protocol)) b.protocol = e.protocol;
  if (!isEmpty(e.properties)) b.properties = e.properties;
  if (e.suppress) b.suppress = e.suppress;
  return isEmpty(b) ? undefined : b;
}

export function exportMermaid(design: Design, opts: { direction?: 'TB' | 'BT' | 'LR' | 'RL' } = {}): MermaidExport {
  // A design imported from someone else's flowchart is written back as they drew it.
  if (design.settings.drawn && opts.direction === undefined) return withRenderLimits(design, exportDrawn(design));
  const warnings: string[] = [];
  const ids = new MermaidIds();
  const nodeIds = ids.claimAll(design.nodes.map((n) => ({ id: n.id, prefix: 'n' })));
  const edgeIds = ids.claimAll(design.edges.map((e) => ({ id: e.id, prefix: 'e' })));
  const mid = new Map(design.nodes.map((n, i) => [n.id, nodeIds[i]!]));

  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const children = new Map<string | undefined, DesignNode[]>();
  for (const n of design.nodes) {
    const parent = n.parent !== undefined && byId.has(n.parent) ? n.parent : undefined;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(n);
  }

  const block: ArchwayBlock = { metadata: { ...design.metadata }, nodes: {}, edges: {} };
  if (!isEmpty(design.requirements)) block.requirements = design.requirements;
  if (!isEmpty(design.settings)) block.settings = design.settings;
  design.nodes.forEach((n, i) => (block.nodes[nodeIds[i]!] = blockNode(n, nodeIds[i]!)));
  design.edges.forEach((e, i) => {
    const b = blockEdge(e, edgeIds[i]!);
    if (b) block.edges[edgeIds[i]!] = b;
  });

  const kindsUsed = new Set<KindId>(design.nodes.map((n) => n.kind));
  const lines: string[] = [`flowchart ${opts.direction ?? design.settings.direction ?? 'TB'}`, writeBlock(block)];
  for (const kind of kindsUsed) lines.push(`  ${classDef(kind)}`);

  const containersByKind = new Map<KindId, string[]>();
  const visited = new Set<string>();
  const writeNodes = (parent: string | undefined, indent: string): void => {
    for (const n of children.get(parent) ?? []) {
      if (visited.has(n.id)) continue; // a parent cycle (refused by validation) cannot loop here
      visited.add(n.id);
      const id = mid.get(n.id)!;
      if (isContainerKind(n.kind)) {
        lines.push(`${indent}subgraph ${id}[${quoteLabel(n.label)}]`);
        writeNodes(n.id, `${indent}  `);
        lines.push(`${indent}end`);
        let list = containersByKind.get(n.kind);
        if (!list) containersByKind.set(n.kind, (list = []));
        list.push(id);
      } else {
        const [open, close] = SHAPES[kindLook(n.kind).shape];
        lines.push(`${indent}${id}${open}${quoteLabel(n.label)}${close}:::${n.kind}`);
      }
    }
  };
  writeNodes(undefined, '  ');

  design.edges.forEach((e, i) => {
    const from = mid.get(e.source);
    const to = mid.get(e.target);
    if (from === undefined || to === undefined) {
      warnings.push(`Edge "${e.id.slice(0, 60)}" joins a node that does not exist; left out.`);
      return;
    }
    const arrow = e.timing === 'async' ? '-.->' : '-->';
    const text = formatEdgeText(e);
    const label = text === '' ? '' : `|${quoteLabel(text)}|`;
    lines.push(`  ${from} ${edgeIds[i]}@${arrow}${label} ${to}`);
  });
  for (const [kind, list] of containersByKind) lines.push(`  class ${list.join(',')} ${kind}`);

  return withRenderLimits(design, { text: `${lines.join('\n')}\n`, warnings });
}

function withRenderLimits(design: Design, { text, warnings }: MermaidExport): MermaidExport {
  if (design.edges.length > MERMAID_DEFAULT_MAX_EDGES) {
    warnings.push(`The design has ${design.edges.length} edges; mermaid renders at most ${MERMAID_DEFAULT_MAX_EDGES} unless its maxEdges setting is raised.`);
  }
  if (text.length > MERMAID_DEFAULT_MAX_TEXT) {
    warnings.push(`The Mermaid text is ${text.length.toLocaleString('en')} characters; mermaid renders at most ${MERMAID_DEFAULT_MAX_TEXT.toLocaleString('en')} unless its maxTextSize setting is raised.`);
  }
  return { text, warnings };
}
