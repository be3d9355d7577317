/**
 * Deriving React Flow's nodes and edges from the design. An unchanged design node keeps its
 * flow node object (identity), so React Flow re-renders only what an edit touched.
 */
import type { Edge, Node } from '@xyflow/react';
import { kindDef } from '../../../shared/catalog/kinds';
import type { Design, DesignEdge, DesignNode, Severity } from '../../../shared/model/schema';

/** The worst unsuppressed problem on each element, drawn as a mark on the canvas. */
export interface Marks {
  nodes: ReadonlyMap<string, Severity>;
  edges: ReadonlyMap<string, Severity>;
}
export const NO_MARKS: Marks = { nodes: new Map(), edges: new Map() };

export type FlowNode = Node<{ node: DesignNode; problem?: Severity }, DesignNode['kind']>;
export type FlowEdge = Edge<{ edge: DesignEdge; problem?: Severity }, 'archway'>;

function toFlowNode(n: DesignNode, prev: FlowNode | undefined, problem: Severity | undefined): FlowNode {
  const def = kindDef(n.kind);
  const node: FlowNode = {
    id: n.id,
    type: n.kind,
    position: n.position,
    data: problem ? { node: n, problem } : { node: n },
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

export function toFlowNodes(design: Design, prev: FlowNode[], marks: Marks = NO_MARKS): FlowNode[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  return design.nodes.map((n) => {
    const p = byId.get(n.id);
    const problem = marks.nodes.get(n.id);
    return p && p.data.node === n && p.data.problem === problem ? p : toFlowNode(n, p, problem);
  });
}

const NODE_SIZE = { width: 180, height: 56 };

/** The sides an edge leaves and enters by: the pair facing each other across the larger gap. */
export function edgeSides(from: { x: number; y: number }, to: { x: number; y: number }): { sourceHandle: string; targetHandle: string } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dy) > Math.abs(dx) * 0.6) return dy > 0 ? { sourceHandle: 'b', targetHandle: 't' } : { sourceHandle: 't', targetHandle: 'b' };
  return dx >= 0 ? { sourceHandle: 'r', targetHandle: 'l' } : { sourceHandle: 'l', targetHandle: 'r' };
}

/**
 * `lowDetail`: zoomed out, nodes have one centre handle and edges name none (see zoom.ts).
 */
export function toFlowEdges(design: Design, prev: FlowEdge[], marks: Marks = NO_MARKS, lowDetail = false): FlowEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const centres = new Map<string, { x: number; y: number }>();
  const centre = (id: string): { x: number; y: number } => {
    let c = centres.get(id);
    if (c) return c;
    const n = nodes.get(id);
    let x = (n?.size?.width ?? NODE_SIZE.width) / 2;
    let y = (n?.size?.height ?? NODE_SIZE.height) / 2;
    for (let cur = n, steps = 0; cur && steps <= nodes.size; steps++) {
      x += cur.position.x;
      y += cur.position.y;
      cur = cur.parent !== undefined ? nodes.get(cur.parent) : undefined;
    }
    centres.set(id, (c = { x, y }));
    return c;
  };
  return design.edges.map((e) => {
    const p = byId.get(e.id);
    const sides = lowDetail ? { sourceHandle: null, targetHandle: null } : edgeSides(centre(e.source), centre(e.target));
    const problem = marks.edges.get(e.id);
    if (p && p.data?.edge === e && p.data.problem === problem && p.sourceHandle === sides.sourceHandle && p.targetHandle === sides.targetHandle) return p;
    return { id: e.id, source: e.source, target: e.target, ...sides, type: 'archway', data: problem ? { edge: e, problem } : { edge: e }, selected: p?.selected ?? false };
  });
}
