/** Messages between the editor and the layout worker (layout.worker.ts). */
import type { LayoutOptions, LayoutResult } from '../../../shared/layout/layout';
import type { Design } from '../../../shared/model/schema';

export interface LayoutRequest {
  id: number;
  design: Design;
  direction?: LayoutOptions['direction'];
}

export type LayoutReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: LayoutResult; ms: number }
  | { id: number; type: 'error'; message: string };
