/**
 * Deriving React Flow's nodes and edges from the design. An unchanged design node keeps its
 * flow node object (identity), so React Flow re-renders only what an edit touched.
 */
import type { Edge, Node } from '@xyflow/react';
import { kindDef } from '../../../shared/catalog/kinds';
import type { Design, DesignEdge, DesignNode } from '../../../shared/model/schema';

export type FlowNode = Node<{ node: DesignNode }, DesignNode['kind']>;
export type FlowEdge = Edge<{ edge: DesignEdge }, 'archway'>;

function toFlowNode(n: DesignNode, prev: FlowNode | undefined): FlowNode {
  const def = kindDef(n.kind);
  const node: FlowNode = {
    id: n.id,
    type: n.kind,
    position: n.position,
    data: { node: n },
    selected: prev?.selected ?? false,
  };
  if (n.parent !== undefined) node.parentId = n.parent;
  if (n.size) {
    node.width = n.size.width;
    node.height = n.size.height;
  }
  if (def.container) node.zIndex = -1;
  if (prev?.measured && !n.size) node.measured = prev.measured;
  return node;
}

export function toFlowNodes(design: Design, prev: FlowNode[]): FlowNode[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  return design.nodes.map((n) => {
    const p = byId.get(n.id);
    return p && p.data.node === n ? p : toFlowNode(n, p);
  });
}

export function toFlowEdges(design: Design, prev: FlowEdge[]): FlowEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  return design.edges.map((e) => {
    const p = byId.get(e.id);
    if (p && p.data?.edge === e) return p;
    return { id: e.id, source: e.source, target: e.target, type: 'archway', data: { edge: e }, selected: p?.selected ?? false };
  });
}
