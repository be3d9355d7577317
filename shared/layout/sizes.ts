/**
 * Box sizes used by layout, the overlap check and the SVG export, so all three agree on
 * where a node's border is. Regular nodes have no stored size; containers and notes do.
 */
import type { DesignNode } from '../model/schema';
import { kindDef } from '../catalog/kinds';

export const NODE_SIZE = { width: 180, height: 64 } as const;

/** Inside a container: a title bar on top, a margin elsewhere. */
export const CONTAINER_PADDING = { top: 44, left: 20, bottom: 20, right: 20 } as const;

/** Smallest container, so its title stays readable when it holds one small node. */
export const CONTAINER_MIN = { width: 220, height: 120 } as const;

export function nodeSize(node: Pick<DesignNode, 'kind' | 'size'>): { width: number; height: number } {
  return node.size ?? kindDef(node.kind).size ?? NODE_SIZE;
}
