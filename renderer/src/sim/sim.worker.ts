/** The simulation's Web Worker: live runs, load sweeps and sequence diagrams off the UI thread. */
import type { FromWorker, ToWorker } from './protocol';
import { SimRunner } from './runner';

interface WorkerScope {
  postMessage(msg: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

function guarded(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

const runner = new SimRunner({
  post: (msg) => scope.postMessage(msg),
  now: () => performance.now(),
  schedule: (fn, ms) => void setTimeout(() => guarded(fn), ms),
});

scope.addEventListener('message', (e) => guarded(() => runner.handle(e.data)));
