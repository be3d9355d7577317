/**
 * ELK layout off the UI thread: shared/layout's layoutDesign with elkjs' bundled ELK, which
 * runs in this worker's own thread. One request at a time per worker; progress as it goes.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDesign } from '../../../shared/layout/layout';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;
const elk = new ELK();

// elk.bundled claims `self.onmessage` when it loads inside a worker (to serve as ELK's own
// worker script); this assignment, made after it loaded, takes the messages back.
scope.onmessage = (event) => {
  const { id, design, direction } = event.data;
  const started = performance.now();
  layoutDesign(design, elk, { direction, onProgress: (fraction) => scope.postMessage({ id, type: 'progress', fraction }) }).then(
    (result) => scope.postMessage({ id, type: 'done', result, ms: performance.now() - started }),
    (err: unknown) => scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
