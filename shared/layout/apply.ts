/** Turns a layout result into one design edit, so "Tidy layout" is one undo step. */
import type { DesignEdit } from '../model/edits';
import type { Design } from '../model/schema';
import type { LayoutResult } from './result';

export function applyLayout(design: Design, result: LayoutResult): DesignEdit {
  const known = new Set(design.nodes.map((n) => n.id));
  const moves = result.moves.filter((m) => known.has(m.id));
  const edits: DesignEdit[] = [{ type: 'moveNodes', moves: moves.map((m) => ({ id: m.id, position: m.position })) }];
  for (const m of moves) if (m.size) edits.push({ type: 'updateNode', id: m.id, patch: { size: m.size } });
  return { type: 'batch', edits };
}
