/**
 * An Archway design → an uncompressed `.drawio` file (mxfile / diagram / mxGraphModel) that
 * draw.io opens as drawn: components with a style per kind, containers as swimlanes holding
 * their children (positions relative to the container, as in Archway), edges dashed when
 * async, thick when batch, labels as plain text. Each cell is wrapped in an `<object>` whose
 * `archway_*` attributes (draw.io's "Edit Data") carry kind, technology, properties and edge
 * attributes, so importing the file gives back the same design.
 */
import { isContainerKind, type KindId } from '../../catalog/kinds';
import { NODE_SIZE } from '../../layout/sizes';
import { orderParentsFirst } from '../../model/document';
import type { Design, DesignEdge, DesignNode } from '../../model/schema';
import { ARCHWAY_ATTR } from './files';
import { formatStyle } from './style';
import { escapeXmlAttribute } from './text';

/** draw.io's own palette (fill, stroke), one family per role. */
const PALETTE = {
  blue: ['#dae8fc', '#6c8ebf'],
  green: ['#d5e8d4', '#82b366'],
  yellow: ['#fff2cc', '#d6b656'],
  red: ['#f8cecc', '#b85450'],
  purple: ['#e1d5e7', '#9673a6'],
  orange: ['#ffe6cc', '#d79b00'],
  grey: ['#f5f5f5', '#666666'],
} as const;

type Look = { names?: string[]; shape?: Record<string, string | number>; color: keyof typeof PALETTE };

const CYLINDER = { shape: 'cylinder3', boundedLbl: 1, backgroundOutline: 1, size: 10 };

/** How each kind is drawn; a kind not listed is a rounded box. */
const LOOKS: Partial<Record<KindId, Look>> = {
  client: { shape: { rounded: 1, arcSize: 30 }, color: 'grey' },
  'api-gateway': { shape: { shape: 'hexagon', perimeter: 'hexagonPerimeter2', size: 0.1 }, color: 'red' },
  'service-bus': { shape: { shape: 'process', backgroundOutline: 1 }, color: 'orange' },
  'message-queue': { shape: { shape: 'process', backgroundOutline: 1 }, color: 'yellow' },
  'event-broker': { shape: { shape: 'hexagon', perimeter: 'hexagonPerimeter2', size: 0.1 }, color: 'yellow' },
  'event-source': { shape: { shape: 'parallelogram', perimeter: 'parallelogramPerimeter', size: 0.1 }, color: 'grey' },
  database: { shape: CYLINDER, color: 'green' },
  'event-store': { shape: CYLINDER, color: 'yellow' },
  'feature-store': { shape: CYLINDER, color: 'purple' },
  'model-registry': { shape: CYLINDER, color: 'purple' },
  'service-registry': { shape: CYLINDER, color: 'blue' },
  'data-warehouse': { shape: CYLINDER, color: 'green' },
  'model-server': { shape: { rounded: 1 }, color: 'purple' },
  'training-job': { shape: { rounded: 1 }, color: 'purple' },
  'batch-processor': { shape: { rounded: 1 }, color: 'orange' },
  'stream-processor': { shape: { rounded: 1 }, color: 'orange' },
  'event-processor': { shape: { rounded: 1 }, color: 'orange' },
  scheduler: { shape: { shape: 'mxgraph.basic.octagon2', dx: 10 }, color: 'orange' },
  monitoring: { shape: { rounded: 1 }, color: 'red' },
  'notification-service': { shape: { rounded: 1 }, color: 'grey' },
  note: { shape: { shape: 'note', size: 14 }, color: 'yellow' },
};

function nodeStyle(n: DesignNode): string {
  if (isContainerKind(n.kind)) {
    const [fill, stroke] = n.kind === 'layer' ? PALETTE.blue : n.kind === 'cluster' ? PALETTE.green : PALETTE.grey;
    return formatStyle(['swimlane'], { startSize: 28, container: 1, collapsible: 0, fillColor: fill, swimlaneFillColor: 'none', strokeColor: stroke, fontStyle: 1, align: 'left', spacingLeft: 8, whiteSpace: 'wrap' });
  }
  const look = LOOKS[n.kind] ?? { shape: { rounded: 1 }, color: 'blue' as const };
  const [fill, stroke] = PALETTE[look.color];
  return formatStyle(look.names ?? [], { ...look.shape, whiteSpace: 'wrap', fillColor: fill, strokeColor: stroke });
}

function edgeStyle(e: DesignEdge): string {
  const style: Record<string, string | number> = { edgeStyle: 'orthogonalEdgeStyle', rounded: 1, orthogonalLoop: 1, jettySize: 'auto' };
  if (e.timing === 'async') Object.assign(style, { dashed: 1, endArrow: 'open', endFill: 0 });
  else Object.assign(style, { endArrow: 'block', endFill: 1 });
  // Pull: the edge points at the polled side; a hollow circle at the start marks the poller.
  if (e.delivery === 'pull') Object.assign(style, { startArrow: 'oval', startFill: 0 });
  if (e.processing === 'batch') style.strokeWidth = 3;
  return formatStyle([], style);
}

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXmlAttribute(String(value))}"`;
const round = (v: number): number => Math.round(v * 100) / 100;

function nodeCell(n: DesignNode, layerId: string): string {
  const size = n.size ?? NODE_SIZE;
  const data = [attr('label', n.label), attr('id', n.id), attr(ARCHWAY_ATTR.kind, n.kind)];
  if (n.technology) data.push(attr(ARCHWAY_ATTR.technology, n.technology));
  if (Object.keys(n.properties).length) data.push(attr(ARCHWAY_ATTR.properties, JSON.stringify(n.properties)));
  const geometry = `<mxGeometry${attr('x', round(n.position.x))}${attr('y', round(n.position.y))}${attr('width', round(size.width))}${attr('height', round(size.height))} as="geometry"/>`;
  return `        <object${data.join('')}>\n          <mxCell${attr('style', nodeStyle(n))} vertex="1"${attr('parent', n.parent ?? layerId)}>\n            ${geometry}\n          </mxCell>\n        </object>`;
}

function edgeCell(e: DesignEdge, layerId: string): string {
  const data = [attr('label', e.label), attr('id', e.id), attr(ARCHWAY_ATTR.timing, e.timing), attr(ARCHWAY_ATTR.delivery, e.delivery), attr(ARCHWAY_ATTR.processing, e.processing)];
  if (e.protocol) data.push(attr(ARCHWAY_ATTR.protocol, e.protocol));
  if (Object.keys(e.properties).length) data.push(attr(ARCHWAY_ATTR.properties, JSON.stringify(e.properties)));
  return `        <object${data.join('')}>\n          <mxCell${attr('style', edgeStyle(e))} edge="1"${attr('parent', layerId)}${attr('source', e.source)}${attr('target', e.target)}>\n            <mxGeometry relative="1" as="geometry"/>\n          </mxCell>\n        </object>`;
}

/** Ids for draw.io's root and layer cells that no node or edge uses. */
function reservedIds(design: Design): { root: string; layer: string } {
  const used = new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const free = (base: string) => {
    let id = base;
    for (let i = 1; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    return id;
  };
  return { root: free('0'), layer: free('1') };
}

export function exportDrawio(design: Design): { text: string; warnings: string[] } {
  const { root, layer } = reservedIds(design);
  const nodes = orderParentsFirst(design).nodes;
  const cells = [`        <mxCell${attr('id', root)}/>`, `        <mxCell${attr('id', layer)}${attr('parent', root)}/>`, ...nodes.map((n) => nodeCell(n, layer)), ...design.edges.map((e) => edgeCell(e, layer))];
  const text = [
    '<mxfile host="Archway" type="device">',
    `  <diagram${attr('id', 'archway')}${attr('name', design.metadata.title || 'Page-1')}>`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    ...cells,
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
  return { text, warnings: [] };
}
