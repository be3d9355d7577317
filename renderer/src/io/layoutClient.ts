/**
 * Runs the ELK layout in a Web Worker (layout.worker.ts) so a big design never blocks the
 * canvas. The worker is started on first use and kept; canceling a run terminates it (ELK
 * cannot be interrupted otherwise) and the next run starts a fresh one.
 */
import type { LayoutResult } from '../../../shared/layout/layout';
import type { Design } from '../../../shared/model/schema';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

export interface WorkerLike {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface LayoutRunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export class LayoutCanceled extends Error {
  constructor() {
    super('Layout canceled');
    this.name = 'LayoutCanceled';
  }
}

const startWorker = (): WorkerLike => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'archway-layout' }) as WorkerLike;

/** A layout runner over one worker at a time; `createWorker` is replaceable for tests. */
export function createLayoutRunner(createWorker: () => WorkerLike = startWorker) {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  /** The run in progress: the worker serves one at a time. */
  let current: Promise<unknown> = Promise.resolve();

  function stop(): void {
    worker?.terminate();
    worker = undefined;
  }

  function runOne(design: Design, opts: LayoutRunOptions): Promise<LayoutResult> {
    return new Promise<LayoutResult>((resolve, reject) => {
      if (opts.signal?.aborted) return reject(new LayoutCanceled());
      const w = (worker ??= createWorker());
      const id = nextId++;
      const finish = () => {
        w.onmessage = null;
        w.onerror = null;
        opts.signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        stop();
        reject(new LayoutCanceled());
      };
      opts.signal?.addEventListener('abort', onAbort);
      w.onmessage = ({ data }) => {
        if (data.id !== id) return;
        if (data.type === 'progress') return opts.onProgress?.(data.fraction);
        finish();
        if (data.type === 'done') resolve(data.result);
        else reject(new Error(data.message));
      };
      w.onerror = (event) => {
        finish();
        stop();
        reject(new Error(event.message || 'The layout worker failed to start'));
      };
      w.postMessage({ id, design });
    });
  }

  return {
    /** Lays out `design`; rejects with LayoutCanceled when `signal` aborts. */
    layout(design: Design, opts: LayoutRunOptions = {}): Promise<LayoutResult> {
      const run = current.then(() => runOne(design, opts));
      current = run.catch(() => undefined);
      return run;
    },
    dispose: stop,
  };
}

let shared: ReturnType<typeof createLayoutRunner> | undefined;

/** The editor's layout runner (one worker for the window). */
export function layoutInWorker(design: Design, opts?: LayoutRunOptions): Promise<LayoutResult> {
  return (shared ??= createLayoutRunner()).layout(design, opts);
}
