/**
 * Messages between the canvas and routing.worker.ts. The canvas sends what changed since its
 * last message (boxes by id; the edge list, caption sizes and container title bars whole, only
 * when they changed); the worker answers with the routes and caption boxes that moved.
 */

/** [id, x, y, width, height] in absolute flow coordinates. */
export type BoxTuple = [string, number, number, number, number];
/** [edge id, source id, target id]. */
export type EdgeTuple = [string, string, string];
/** [edge id, caption width, caption height]. */
export type CaptionTuple = [string, number, number];

export interface SceneDelta {
  boxes: BoxTuple[];
  removedBoxes: string[];
  edges?: EdgeTuple[];
  captions?: CaptionTuple[];
  /** Container title bars: captions keep off them. [x, y, width, height]. */
  headers?: [number, number, number, number][];
  /** Container title texts, which routes keep off (shared/routing headerBoxes): [key, x, y, width, height]. Sent with `headers`. */
  titles?: [string, number, number, number, number][];
}

export type RoutingRequest = { type: 'update'; seq: number; delta: SceneDelta } | { type: 'reset'; seq: number };

export type RoutingReply =
  | {
      type: 'routes';
      seq: number;
      /** [edge id, x0, y0, x1, y1, …]. */
      changed: [string, ...number[]][];
      removed: string[];
      /** [edge id, centre x, centre y, width, height]. */
      labels: [string, number, number, number, number][];
      /** Time the worker spent routing and placing captions, ms. */
      ms: number;
    }
  | { type: 'error'; seq: number; message: string };
