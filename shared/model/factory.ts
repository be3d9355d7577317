/** Creating nodes and edges with sensible defaults (used by the editor, importers, tests). */
import { edgePreset, type EdgeAttributes, type EdgePresetId } from '../catalog/edges';
import { kindDef, type KindId } from '../catalog/kinds';
import type { EdgeProperties, NodeProperties } from './properties';
import type { Design, DesignEdge, DesignNode } from './schema';

/** A short random id; `prefix` keeps ids readable in files and Mermaid. */
export function newId(prefix: string): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return `${prefix}_${rand}`;
}

/** An id not yet used in the design. */
export function freshId(design: Pick<Design, 'nodes' | 'edges'>, prefix: string): string {
  const used = new Set<string>();
  for (const n of design.nodes) used.add(n.id);
  for (const e of design.edges) used.add(e.id);
  for (;;) {
    const id = newId(prefix);
    if (!used.has(id)) return id;
  }
}

export function idPrefix(kind: KindId): string {
  return kind.replace(/-/g, '_');
}

export interface NewNodeOptions {
  id: string;
  kind: KindId;
  position: { x: number; y: number };
  label?: string;
  parent?: string;
  properties?: NodeProperties;
}

export function createNode(opts: NewNodeOptions): DesignNode {
  const def = kindDef(opts.kind);
  const node: DesignNode = {
    id: opts.id,
    kind: opts.kind,
    label: opts.label ?? def.label,
    position: opts.position,
    properties: opts.properties ?? {},
  };
  if (def.size) node.size = { ...def.size };
  if (opts.parent !== undefined) node.parent = opts.parent;
  return node;
}

export interface NewEdgeOptions {
  id: string;
  source: string;
  target: string;
  preset?: EdgePresetId;
  attributes?: Partial<EdgeAttributes>;
  label?: string;
  properties?: EdgeProperties;
}

export function createEdge(opts: NewEdgeOptions): DesignEdge {
  const attrs = { ...edgePreset(opts.preset ?? 'request-response').attributes, ...opts.attributes };
  return {
    id: opts.id,
    source: opts.source,
    target: opts.target,
    label: opts.label ?? '',
    ...attrs,
    properties: opts.properties ?? {},
  };
}
