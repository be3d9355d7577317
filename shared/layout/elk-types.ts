/**
 * The slice of elkjs that layout needs. The host passes an ELK instance in (elkjs in Node,
 * elkjs over its Web Worker in the app), so shared/ never imports elkjs itself and the same
 * code runs everywhere. elkjs's `ELK` class satisfies `ElkLike` as is.
 */
export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
}

export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkGraphNode[];
  edges?: ElkGraphEdge[];
}

export interface ElkLike {
  layout(graph: ElkGraphNode): Promise<ElkGraphNode>;
}
