/**
 * Opening a design without freezing the window: a big file is parsed, validated and checked in
 * a Web Worker (open.worker.ts), with progress and cancel; a small one is parsed right here,
 * where a worker's start-up would cost more than it saves. Canceling terminates the worker.
 */
import { parseDesign } from '../../../shared/model/document';
import type { Design } from '../../../shared/model/schema';
import type { CheckResult } from '../../../shared/rules/index';
import type { FlowEdge, FlowNode } from '../state/flowModel';
import type { OpenPhase, OpenReply, OpenRequest } from './openProtocol';

/** Files above this many characters open in the worker. */
export const WORKER_THRESHOLD = 200_000;

export interface OpenWorkerLike {
  postMessage(message: OpenRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<OpenReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What the store needs to show a design at once: the design, and (from the worker) its check and canvas view. */
export type ReadDesign =
  | { ok: true; design: Design; prepared?: { check: CheckResult; nodes: FlowNode[]; edges: FlowEdge[]; lowDetail: boolean } }
  | { ok: false; error: string; canceled?: boolean };

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (phase: OpenPhase, fraction?: number) => void;
}

const startWorker = (): OpenWorkerLike => new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module', name: 'archway-open' }) as OpenWorkerLike;

/** Reads design text, in a worker when it is big; `createWorker` is replaceable for tests. */
export function readDesign(text: string, opts: ReadOptions = {}, createWorker: () => OpenWorkerLike = startWorker): Promise<ReadDesign> {
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve(parseDesign(text));
  return new Promise<ReadDesign>((resolve) => {
    if (opts.signal?.aborted) return resolve({ ok: false, error: 'Canceled', canceled: true });
    const worker = createWorker();
    const nodes: FlowNode[] = [];
    const edges: FlowEdge[] = [];
    let total = 0;
    // A design this big opens fitted, far zoomed out: derive its edges for that level of detail.
    const lowDetail = true;
    const finish = (result: ReadDesign) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, error: 'Canceled', canceled: true });
    opts.signal?.addEventListener('abort', onAbort);
    worker.onmessage = ({ data }) => {
      switch (data.type) {
        case 'phase':
          total = data.total ?? total;
          return opts.onProgress?.(data.phase, data.phase === 'transfer' ? 0 : undefined);
        case 'nodes':
          for (const n of data.nodes) nodes.push(n);
          return opts.onProgress?.('transfer', total ? (nodes.length + edges.length) / total : undefined);
        case 'edges':
          for (const e of data.edges) edges.push(e);
          return opts.onProgress?.('transfer', total ? (nodes.length + edges.length) / total : undefined);
        case 'error':
          return finish({ ok: false, error: data.message });
        case 'done': {
          // The canvas elements hold the design's own elements: one object each, shared.
          const design = { ...data.head, nodes: nodes.map((n) => n.data.node), edges: edges.map((e) => e.data!.edge) } as Design;
          return finish({ ok: true, design, prepared: { check: data.check, nodes, edges, lowDetail } });
        }
      }
    };
    worker.onerror = (event) => finish({ ok: false, error: event.message || 'The open worker failed to start' });
    worker.postMessage({ id: 1, text, lowDetail });
  });
}
