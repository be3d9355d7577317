/**
 * Messages for running a whole layout in a Web Worker (the editor wires the worker). The
 * simplest host keeps `layoutDesign` on the main thread and gives it elkjs over elkjs's own
 * worker, which already satisfies `ElkLike`:
 *
 *   const elk = new ELK({ workerFactory: () => new Worker(new URL('elkjs/lib/elk-worker.min.js', import.meta.url)) });
 *
 * When the design itself should not cross to the main thread twice, a worker can instead
 * answer `LayoutRequest`s with `handleLayoutRequest` below and post each `LayoutMessage` back.
 */
import type { Design } from '../model/schema';
import type { ElkLike } from './elk-types';
import { layoutDesign, type LayoutOptions } from './layout';
import type { LayoutResult } from './result';

export interface LayoutRequest {
  type: 'layout';
  /** Chosen by the caller; echoed on every reply so several requests can be in flight. */
  id: number;
  design: Design;
  options?: Pick<LayoutOptions, 'direction' | 'hierarchy'>;
}

export type LayoutMessage =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: LayoutResult }
  | { type: 'error'; id: number; message: string };

/** Runs one request; `post` sends progress and then exactly one `done` or `error`. */
export async function handleLayoutRequest(request: LayoutRequest, elk: ElkLike, post: (message: LayoutMessage) => void): Promise<void> {
  const { id } = request;
  try {
    const result = await layoutDesign(request.design, elk, {
      ...request.options,
      onProgress: (fraction) => post({ type: 'progress', id, fraction }),
    });
    post({ type: 'done', id, result });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
}
