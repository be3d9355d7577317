/**
 * The container tree layout works on: every node's parent, made safe. A parent that is
 * missing, not a container, or part of a cycle (which validation reports, but layout must
 * not hang on) is treated as the top level.
 */
import { isContainerKind } from '../catalog/kinds';
import type { Design, DesignNode } from '../model/schema';

/** The key of the top level in `parent` and `children`. Node ids are never empty. */
export const ROOT = '';

export interface LayoutTree {
  readonly nodes: ReadonlyMap<string, DesignNode>;
  /** Each node's container id, or ROOT. */
  readonly parent: ReadonlyMap<string, string>;
  /** Each container's (and ROOT's) children, in design order; absent when empty. */
  readonly children: ReadonlyMap<string, DesignNode[]>;
}

export function buildTree(design: Design): LayoutTree {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const parent = new Map<string, string>();
  for (const n of design.nodes) parent.set(n.id, validParent(n, nodes));
  const children = new Map<string, DesignNode[]>();
  for (const n of design.nodes) {
    const p = parent.get(n.id)!;
    let list = children.get(p);
    if (!list) children.set(p, (list = []));
    list.push(n);
  }
  return { nodes, parent, children };
}

function validParent(node: DesignNode, nodes: Map<string, DesignNode>): string {
  const p = node.parent === undefined ? undefined : nodes.get(node.parent);
  if (!p || !isContainerKind(p.kind)) return ROOT;
  // The chain of containers above must end at the top level.
  let cur: DesignNode | undefined = p;
  for (let steps = 0; cur; steps++) {
    if (steps > nodes.size) return ROOT;
    cur = cur.parent === undefined ? undefined : nodes.get(cur.parent);
  }
  return p.id;
}
