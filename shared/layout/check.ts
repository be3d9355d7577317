/**
 * Geometry checks of a laid-out design, used by the layout tests and the benchmark: no two
 * siblings overlap, and every child lies fully inside its container.
 */
import type { Design, DesignNode } from '../model/schema';
import { nodeSize } from './sizes';
import { buildTree } from './tree';

export interface GeometryProblem {
  kind: 'overlap' | 'outside';
  ids: [string, string];
}

/** Touching borders are fine; sub-pixel slack absorbs rounding. */
const SLACK = 0.5;

function box(n: DesignNode): { x: number; y: number; w: number; h: number } {
  const s = nodeSize(n);
  return { x: n.position.x, y: n.position.y, w: s.width, h: s.height };
}

export function geometryProblems(design: Design): GeometryProblem[] {
  const tree = buildTree(design);
  const problems: GeometryProblem[] = [];
  for (const [parentId, kids] of tree.children) {
    const parent = tree.nodes.get(parentId);
    if (parent) {
      const p = nodeSize(parent);
      for (const k of kids) {
        const b = box(k);
        if (b.x < -SLACK || b.y < -SLACK || b.x + b.w > p.width + SLACK || b.y + b.h > p.height + SLACK) problems.push({ kind: 'outside', ids: [k.id, parentId] });
      }
    }
    // Sweep along x so large sibling sets stay fast.
    const boxes = kids.map((k) => ({ id: k.id, ...box(k) })).sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.w - SLACK; j++) {
        const b = boxes[j]!;
        if (b.y < a.y + a.h - SLACK && a.y < b.y + b.h - SLACK) problems.push({ kind: 'overlap', ids: [a.id, b.id] });
      }
    }
  }
  return problems;
}
