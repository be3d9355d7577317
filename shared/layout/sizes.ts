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

/** Widest a container grows for its title alone (longer titles are cut off with an ellipsis). */
const TITLE_MAX_WIDTH = 480;

/**
 * Smallest box of a container whose title bar shows its whole (first-line) title on one
 * line: icon and gaps before it, the kind tag after it, about 7.5 px per character of the
 * 13 px bold title. A 220 px box wrapped "Event Streaming Platform" into its first child.
 */
export function containerMinSize(node: Pick<DesignNode, 'label'>): { width: number; height: number } {
  const title = node.label.split('\n')[0] ?? '';
  const width = Math.min(TITLE_MAX_WIDTH, Math.max(CONTAINER_MIN.width, Math.ceil(48 + title.length * 7.5 + 80)));
  return { width, height: CONTAINER_MIN.height };
}
