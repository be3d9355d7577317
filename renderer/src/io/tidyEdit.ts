/**
 * The edit a finished Tidy Layout applies, or null when the layout moves nothing: a tidy of an
 * already tidy design must not mark it unsaved or add an empty undo step.
 */
import { applyLayout, type LayoutResult } from '../../../shared/layout/layout';
import { applyEdit, type DesignEdit } from '../../../shared/model/edits';
import type { Design, DesignNode } from '../../../shared/model/schema';

export function tidyEdit(design: Design, result: LayoutResult): DesignEdit | null {
  const edit = applyLayout(design, result);
  return changesGeometry(design, applyEdit(design, edit)) ? edit : null;
}

/** Whether any node moved, resized or changed container, or the edges or settings changed. */
export function changesGeometry(before: Design, after: Design): boolean {
  if (before.edges !== after.edges && JSON.stringify(before.edges) !== JSON.stringify(after.edges)) return true;
  if (before.settings !== after.settings && JSON.stringify(before.settings) !== JSON.stringify(after.settings)) return true;
  if (before.nodes.length !== after.nodes.length) return true;
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  return after.nodes.some((n) => {
    const o = old.get(n.id);
    return !o || (o !== n && !sameGeometry(o, n));
  });
}

function sameGeometry(a: DesignNode, b: DesignNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parent === b.parent &&
    a.size?.width === b.size?.width &&
    a.size?.height === b.size?.height
  );
}
