/**
 * Container nesting, in time linear in the number of nodes whatever the file holds: each
 * node's depth is computed once by walking up its parent chain iteratively (no recursion
 * over user-controlled depth, SAFETY.md "Bounded work") and memoised for every node on the
 * way, so a 50,000-deep chain or a 50,000-node cycle costs one pass, not one per node.
 */
import { LIMITS } from './schema';

interface Nestable {
  id: string;
  parent?: string | undefined;
}

export interface Nesting {
  /** Containers above the node at each index (0 at the top level; a missing parent ends the chain); -1 on or below a cycle. */
  depth: Int32Array;
  /** Each cycle of containers once, as the ids around it in parent order. */
  cycles: string[][];
  /** Nodes whose chain runs into a cycle without being on it. */
  belowCycle: number;
}

const UNSEEN = -2;
const ON_PATH = -3;
const CYCLIC = -1;

/** Depth of every node, and the cycles of containers, in O(nodes). Duplicate ids: the last wins, as elsewhere. */
export function nesting(nodes: readonly Nestable[]): Nesting {
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(nodes[i]!.id, i);
  // Parent by index, -1 at the top or when the parent does not exist.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = nodes[i]!.parent;
    parent[i] = p === undefined ? -1 : (indexOf.get(p) ?? -1);
  }
  const depth = new Int32Array(n).fill(UNSEEN);
  const cycles: string[][] = [];
  let belowCycle = 0;
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (depth[start] !== UNSEEN) continue;
    // Walk up until the top, a node of known depth, a cycle, or a node already on this walk.
    path.length = 0;
    let cur = start;
    let base = -1; // depth of the node above the walk's last one
    let intoCycle = false;
    while (cur >= 0 && depth[cur] === UNSEEN) {
      depth[cur] = ON_PATH;
      path.push(cur);
      cur = parent[cur]!;
    }
    if (cur >= 0 && depth[cur] === ON_PATH) {
      const from = path.lastIndexOf(cur);
      cycles.push(path.slice(from).map((i) => nodes[i]!.id));
      for (let k = from; k < path.length; k++) depth[path[k]!] = CYCLIC;
      path.length = from;
      intoCycle = true;
    } else if (cur >= 0) {
      base = depth[cur]!;
      intoCycle = base === CYCLIC;
    }
    if (intoCycle) {
      // Nodes hanging below a cycle have no finite depth either; count them, do not list them.
      for (const i of path) depth[i] = CYCLIC;
      belowCycle += path.length;
      continue;
    }
    for (let k = path.length - 1; k >= 0; k--) depth[path[k]!] = ++base;
  }
  return { depth, cycles, belowCycle };
}

const quoteIds = (ids: readonly string[], max = 4): string => {
  const shown = ids.slice(0, max).map((id) => `"${id.slice(0, 60)}"`);
  return ids.length > max ? `${shown.join(' → ')} → … (${ids.length.toLocaleString('en')} containers)` : [...shown, shown[0]].join(' → ');
};

/** Clear messages for parent cycles and nesting beyond LIMITS.depth; empty when the nesting is fine. */
export function nestingProblems(nodes: readonly Nestable[], found: Nesting = nesting(nodes)): string[] {
  const problems: string[] = [];
  for (const cycle of found.cycles.slice(0, 3)) {
    problems.push(cycle.length === 1 ? `Container "${cycle[0]!.slice(0, 60)}" is inside itself.` : `Containers are inside each other in a cycle: ${quoteIds(cycle)}.`);
  }
  if (found.cycles.length > 3) problems.push(`${found.cycles.length - 3} more cycles of containers.`);
  if (found.belowCycle > 0) problems.push(`${found.belowCycle.toLocaleString('en')} more node${found.belowCycle === 1 ? ' is' : 's are'} inside a cycle of containers.`);
  let deepest = -1;
  let tooDeep = 0;
  for (let i = 0; i < found.depth.length; i++) {
    if (found.depth[i]! <= LIMITS.depth) continue;
    tooDeep++;
    if (deepest < 0 || found.depth[i]! > found.depth[deepest]!) deepest = i;
  }
  if (deepest >= 0) {
    problems.push(
      `Node "${nodes[deepest]!.id.slice(0, 60)}" is nested ${found.depth[deepest]!.toLocaleString('en')} containers deep (${tooDeep.toLocaleString('en')} node${tooDeep === 1 ? '' : 's'} beyond the limit); Archway allows at most ${LIMITS.depth}.`,
    );
  }
  return problems;
}
