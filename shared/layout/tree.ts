/**
 * The container tree layout works on: every node's parent, made safe. A parent that is
 * missing, not a container, or part of a cycle (which validation reports, but layout must
 * not hang on) is treated as the top level. Every walk here is a loop, never a recursion,
 * so a deeply nested file cannot overflow the stack; deeper than MAX_DEPTH is refused.
 */
import { isContainerKind } from '../catalog/kinds';
import type { Design, DesignNode } from '../model/schema';

/** The key of the top level in `parent` and `children`. Node ids are never empty. */
export const ROOT = '';

/**
 * Most containers nested inside one another that layout accepts (a node in the innermost
 * one is at depth MAX_DEPTH). Same meaning as the loader's `LIMITS.depth`.
 */
export const MAX_DEPTH = 64;

export class NestingTooDeepError extends Error {
  constructor(readonly depth: number) {
    super(`Containers are nested ${depth} deep; layout handles at most ${MAX_DEPTH} levels. Move some containers out of their parents and try again.`);
    this.name = 'NestingTooDeepError';
  }
}

export interface LayoutTree {
  readonly nodes: ReadonlyMap<string, DesignNode>;
  /** Each node's container id, or ROOT. */
  readonly parent: ReadonlyMap<string, string>;
  /** Each container's (and ROOT's) children, in design order; absent when empty. */
  readonly children: ReadonlyMap<string, DesignNode[]>;
  /** Number of containers above each node (0 at the top level). */
  readonly depth: ReadonlyMap<string, number>;
}

/** Throws NestingTooDeepError when containers nest deeper than MAX_DEPTH. */
export function buildTree(design: Design): LayoutTree {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const parent = new Map<string, string>();
  const depth = new Map<string, number>();
  for (const n of design.nodes) resolve(n, nodes, parent, depth);
  const children = new Map<string, DesignNode[]>();
  let deepest = 0;
  for (const n of design.nodes) {
    const p = parent.get(n.id)!;
    deepest = Math.max(deepest, depth.get(n.id)!);
    let list = children.get(p);
    if (!list) children.set(p, (list = []));
    list.push(n);
  }
  if (deepest > MAX_DEPTH) throw new NestingTooDeepError(deepest);
  return { nodes, parent, children, depth };
}

/**
 * Settles the parent and depth of `start` and of every node on its chain upwards, each once,
 * so the whole tree costs linear time. A chain that loops back on itself or leaves the design
 * ends at the top level.
 */
function resolve(start: DesignNode, nodes: Map<string, DesignNode>, parent: Map<string, string>, depth: Map<string, number>): void {
  const chain: DesignNode[] = [];
  const onChain = new Set<string>();
  let cur: DesignNode | undefined = start;
  // Climb until a settled node, the top, an invalid parent or a cycle.
  while (cur && !parent.has(cur.id) && !onChain.has(cur.id)) {
    chain.push(cur);
    onChain.add(cur.id);
    const p: DesignNode | undefined = cur.parent === undefined ? undefined : nodes.get(cur.parent);
    cur = p && isContainerKind(p.kind) ? p : undefined;
  }
  // `cur` is settled (its depth is known), on a cycle, or absent (the chain's top is at ROOT).
  let i = chain.length - 1;
  let base: { id: string; depth: number } | undefined;
  if (cur && parent.has(cur.id)) base = { id: cur.id, depth: depth.get(cur.id)! };
  else if (cur) {
    // A cycle: everything from `cur` upwards on the chain sits at the top level.
    const at = chain.indexOf(cur);
    for (let j = chain.length - 1; j >= at; j--) {
      parent.set(chain[j]!.id, ROOT);
      depth.set(chain[j]!.id, 0);
    }
    i = at - 1;
    base = { id: cur.id, depth: 0 };
  }
  for (; i >= 0; i--) {
    const n = chain[i]!;
    parent.set(n.id, base ? base.id : ROOT);
    const d = base ? base.depth + 1 : 0;
    depth.set(n.id, d);
    base = { id: n.id, depth: d };
  }
}
