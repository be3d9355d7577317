/**
 * One edit as the checker sees it: which nodes and edges differ between two designs (by
 * reference, diff.ts), the changes rules can see as (prev, next) pairs, and how the change is
 * applied to a LiveIndex. Shared by the checker and the analyses' property test.
 */
import type { Design, DesignEdge, DesignNode } from '../../model/schema';
import { diffById, type ListDiff } from './diff';
import type { LiveIndex } from './live-index';

/** A change as (prev, next): undefined prev for an added element, undefined next for a removed one. */
export type NodePair = [DesignNode | undefined, DesignNode | undefined];
export type EdgePair = [DesignEdge | undefined, DesignEdge | undefined];

/** A node change that rules can see (a move inside the same container is not one). */
export function nodeChanged(p: DesignNode | undefined, n: DesignNode | undefined): boolean {
  return !p || !n || p.kind !== n.kind || p.label !== n.label || p.parent !== n.parent || p.properties !== n.properties;
}

/** Only the label differs (rules see a container's label only as text in messages). */
export function labelOnly(p: DesignNode, n: DesignNode): boolean {
  return p.label !== n.label && p.kind === n.kind && p.parent === n.parent && p.properties === n.properties;
}

export function edgeChanged(p: DesignEdge | undefined, n: DesignEdge | undefined): boolean {
  return (
    !p || !n || p.source !== n.source || p.target !== n.target || p.timing !== n.timing || p.delivery !== n.delivery ||
    p.processing !== n.processing || p.protocol !== n.protocol || p.properties !== n.properties
  );
}

export interface DesignChange {
  nodes: ListDiff<DesignNode>;
  edges: ListDiff<DesignEdge>;
  /** Added, removed and visibly changed elements, as (prev, next); undefined on the missing side. */
  nodePairs: NodePair[];
  edgePairs: EdgePair[];
}

export function designChange(prev: Design, next: Design): DesignChange {
  const nodes = diffById(prev.nodes, next.nodes);
  const edges = diffById(prev.edges, next.edges);
  return {
    nodes,
    edges,
    nodePairs: [
      ...nodes.removed.map((n): NodePair => [n, undefined]),
      ...nodes.added.map((n): NodePair => [undefined, n]),
      ...nodes.changed.filter(([p, n]) => nodeChanged(p, n)),
    ],
    edgePairs: [
      ...edges.removed.map((e): EdgePair => [e, undefined]),
      ...edges.added.map((e): EdgePair => [undefined, e]),
      ...edges.changed.filter(([p, n]) => edgeChanged(p, n)),
    ],
  };
}

/** Applies a change to the index: edges out first, then nodes, then edges in, so no edge outlives its ends. */
export function applyChange(idx: LiveIndex, { nodes, edges }: DesignChange): void {
  for (const e of edges.removed) idx.removeEdge(e);
  for (const [p] of edges.changed) idx.removeEdge(p);
  for (const n of nodes.removed) idx.removeNode(n);
  for (const [p, n] of nodes.changed) {
    idx.removeNode(p);
    idx.addNode(n);
  }
  for (const n of nodes.added) idx.addNode(n);
  for (const [, n] of edges.changed) idx.addEdge(n);
  for (const e of edges.added) idx.addEdge(e);
}
