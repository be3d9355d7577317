/**
 * Automatic layout with ELK's layered algorithm (issue 4): used after a Mermaid import and
 * by "Tidy layout". The caller passes the ELK instance, so the work can run in a Web Worker
 * in the app and in-process in Node:
 *
 *   const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
 *   const result = await layoutDesign(design, new ELK());
 *   const next = applyEdit(design, applyLayout(design, result));
 */
import type { Design } from '../model/schema';
import type { ElkLike } from './elk-types';
import type { LayoutDirection } from './options';
import type { LayoutMove, LayoutResult } from './result';
import { LayoutRun } from './run';

export type { ElkLike, ElkGraphNode, ElkGraphEdge } from './elk-types';
export type { LayoutDirection } from './options';
export type { LayoutMove, LayoutResult } from './result';
export { applyLayout } from './apply';

export interface LayoutOptions {
  /** Which way edges point: DOWN (default) or RIGHT. Layers always stack top to bottom. */
  direction?: LayoutDirection;
  /** Called with 0..1 as the work proceeds, then 1. */
  onProgress?: (fraction: number) => void;
  /**
   * `separate` (default): one ELK call per container, inner first, each container then a
   * fixed box in its parent's graph; edges across borders are lifted to the boxes holding
   * their ends. `include`: containers are compound nodes of one ELK graph (ELK's
   * INCLUDE_CHILDREN), so a container's inside also follows outside edges, but it is two to
   * four times slower (bench/sections/layout.ts).
   */
  hierarchy?: 'include' | 'separate';
  /** Extra ELK options for every call (https://eclipse.dev/elk/reference/options.html), over ours. */
  elkOptions?: Record<string, string>;
}

export async function layoutDesign(design: Design, elk: ElkLike, options: LayoutOptions = {}): Promise<LayoutResult> {
  const run = new LayoutRun(design, elk, {
    direction: options.direction ?? 'DOWN',
    hierarchy: options.hierarchy ?? 'separate',
    onProgress: options.onProgress,
    elkOptions: options.elkOptions,
  });
  await run.run();
  const moves: LayoutMove[] = [];
  // Whole pixels (DESIGN §2); sizes round up so children stay inside.
  for (const n of design.nodes) {
    const p = run.placed.get(n.id);
    if (!p) continue;
    const move: LayoutMove = { id: n.id, position: { x: Math.round(p.x), y: Math.round(p.y) } };
    if (p.width !== undefined && p.height !== undefined) move.size = { width: Math.ceil(p.width), height: Math.ceil(p.height) };
    moves.push(move);
  }
  return { moves };
}
