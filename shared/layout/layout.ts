/**
 * Automatic layout with ELK's layered algorithm (issue 4): used after a Mermaid import and
 * by "Tidy layout". The caller passes the ELK instance, so the work can run in a Web Worker
 * in the app and in-process in Node:
 *
 *   const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
 *   const result = await layoutDesign(design, new ELK());
 *   const next = applyEdit(design, applyLayout(design, result));
 *
 * Direction (issue 12): the one asked for, else the design's `settings.direction`, else
 * top-down for designs with ranked layers (rank 1 on top, as the reader expects), else
 * whichever of top-down and left-right fits a 1920×1080 screen at the larger zoom.
 */
import type { Design, Direction } from '../model/schema';
import type { ElkLike } from './elk-types';
import { chooseDirection, FIT_MAX_ZOOM, fitZoom } from './fit';
import { MAX_LAYOUT_DEGREE, SMALL_LAYOUT_DEGREE, type LayoutDirection } from './options';
import type { LayoutMove, LayoutResult } from './result';
import { LayoutRun, type RunOptions } from './run';

export type { ElkLike, ElkGraphNode, ElkGraphEdge } from './elk-types';
export type { LayoutDirection } from './options';
export type { LayoutMove, LayoutResult } from './result';
export { applyLayout } from './apply';
export { MAX_DEPTH, NestingTooDeepError } from './tree';

export interface LayoutOptions {
  /** Which way edges point. Absent: the design's direction, or the best fit (see above). Layers always stack top to bottom. */
  direction?: LayoutDirection;
  /** Called with 0..1 as the work proceeds, then 1. */
  onProgress?: (fraction: number) => void;
  /**
   * `include` (default up to INCLUDE_MAX_NODES nodes): containers are compound nodes of one
   * ELK graph (ELK's INCLUDE_CHILDREN), so edges across container borders shape both the
   * containers and their insides. `separate` (default beyond): one ELK call per container,
   * inner first, each container then a fixed box in its parent's graph, edges lifted to the
   * boxes holding their ends; faster on big designs (bench/sections/layout.ts).
   */
  hierarchy?: 'include' | 'separate';
  /** Extra ELK options for every call (https://eclipse.dev/elk/reference/options.html), over ours. */
  elkOptions?: Record<string, string>;
}

/** Above this many nodes, the default hierarchy is `separate` (speed; see bench/sections/layout.ts). */
export const INCLUDE_MAX_NODES = 300;

/**
 * Above this many nodes, a design without a direction is laid out once, top-down: the second
 * try would double the time of a drawing that cannot fit a screen at a readable zoom anyway.
 */
export const AUTO_DIRECTION_MAX_NODES = 300;

const FROM_SETTINGS: Record<Direction, LayoutDirection> = { TB: 'DOWN', BT: 'UP', LR: 'RIGHT', RL: 'LEFT' };

/** The direction a design asks for, if it asks: its own setting, or top-down for ranked layers. */
export function designDirection(design: Design): LayoutDirection | undefined {
  const set = design.settings.direction;
  if (set) return FROM_SETTINGS[set];
  if (design.nodes.some((n) => n.kind === 'layer')) return 'DOWN';
  return undefined;
}

/** Throws NestingTooDeepError when containers nest deeper than MAX_DEPTH. */
export async function layoutDesign(design: Design, elk: ElkLike, options: LayoutOptions = {}): Promise<LayoutResult> {
  const small = design.nodes.length <= INCLUDE_MAX_NODES;
  const base: Omit<RunOptions, 'direction'> = {
    hierarchy: options.hierarchy ?? (small ? 'include' : 'separate'),
    elkOptions: options.elkOptions,
    maxDegree: small ? SMALL_LAYOUT_DEGREE : MAX_LAYOUT_DEGREE,
  };
  const fixed = options.direction ?? designDirection(design);
  let run: LayoutRun;
  if (fixed || design.nodes.length > AUTO_DIRECTION_MAX_NODES) {
    run = new LayoutRun(design, elk, { ...base, direction: fixed ?? 'DOWN', onProgress: options.onProgress });
    await run.run();
  } else {
    // Top-down first (each try reports half the progress); left-right only when it could fit better.
    const half = (from: number) => (options.onProgress ? (f: number) => options.onProgress!(from + f / 2) : undefined);
    const down = new LayoutRun(design, elk, { ...base, direction: 'DOWN', onProgress: half(0) });
    await down.run();
    run = down;
    // A drawing that already fits at the canvas's largest zoom cannot fit better.
    if (fitZoom(down.size) < FIT_MAX_ZOOM) {
      const right = new LayoutRun(design, elk, { ...base, direction: 'RIGHT', onProgress: half(0.5) });
      await right.run();
      const pick = chooseDirection([
        { direction: 'DOWN', ...down.size },
        { direction: 'RIGHT', ...right.size },
      ]);
      if (pick === 'RIGHT') run = right;
    }
    options.onProgress?.(1);
  }
  const moves: LayoutMove[] = [];
  // Whole pixels (DESIGN §2); sizes round up so children stay inside.
  for (const n of design.nodes) {
    const p = run.placed.get(n.id);
    if (!p) continue;
    const move: LayoutMove = { id: n.id, position: { x: Math.round(p.x), y: Math.round(p.y) } };
    if (p.width !== undefined && p.height !== undefined) move.size = { width: Math.ceil(p.width), height: Math.ceil(p.height) };
    moves.push(move);
  }
  return { moves, direction: run.direction };
}
