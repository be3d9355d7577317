import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it, vi } from 'vitest';
import { layoutDesign } from '../../../shared/layout/layout';
import { design } from '../../../shared/testing/builder';
import { createLayoutRunner, LayoutCanceled, type WorkerLike } from './layoutClient';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

/** A worker that runs the real layout in-process, speaking layout.worker.ts' protocol. */
class InProcessWorker implements WorkerLike {
  static started = 0;
  terminated = false;
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly elk = new ELK();
  constructor() {
    InProcessWorker.started++;
  }
  private send(data: LayoutReply) {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<LayoutReply>);
  }
  postMessage({ id, design: d }: LayoutRequest): void {
    void layoutDesign(d, this.elk, { onProgress: (fraction) => this.send({ id, type: 'progress', fraction }) }).then(
      (result) => this.send({ id, type: 'done', result, ms: 0 }),
      (err: Error) => this.send({ id, type: 'error', message: err.message }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

const sample = () => design().node('ui', 'client').node('gw', 'api-gateway').node('m', 'microservice').edge('ui', 'gw').edge('gw', 'm').build();

describe('layout runner', () => {
  it('lays a design out in the worker and reports progress up to 1', async () => {
    const runner = createLayoutRunner(() => new InProcessWorker());
    const progress: number[] = [];
    const result = await runner.layout(sample(), { onProgress: (f) => progress.push(f) });
    expect(result.moves.map((m) => m.id).sort()).toEqual(['gw', 'm', 'ui']);
    expect(progress.at(-1)).toBe(1);
    // Layered top to bottom along the edges.
    const y = new Map(result.moves.map((m) => [m.id, m.position.y]));
    expect(y.get('ui')!).toBeLessThan(y.get('gw')!);
    expect(y.get('gw')!).toBeLessThan(y.get('m')!);
  });

  it('runs requests one after another on one worker', async () => {
    InProcessWorker.started = 0;
    const runner = createLayoutRunner(() => new InProcessWorker());
    const [a, b] = await Promise.all([runner.layout(sample()), runner.layout(design().node('x', 'database').build())]);
    expect(a.moves).toHaveLength(3);
    expect(b.moves.map((m) => m.id)).toEqual(['x']);
    expect(InProcessWorker.started).toBe(1);
  });

  it('cancels by terminating the worker, and the next run starts a fresh one', async () => {
    const workers: InProcessWorker[] = [];
    const runner = createLayoutRunner(() => {
      const w = new InProcessWorker();
      // The first worker never answers (a long layout).
      if (!workers.length) w.postMessage = () => {};
      workers.push(w);
      return w;
    });
    const ctrl = new AbortController();
    const run = runner.layout(sample(), { signal: ctrl.signal });
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    ctrl.abort();
    await expect(run).rejects.toBeInstanceOf(LayoutCanceled);
    // Aborted before it started: no worker at all.
    const early = new AbortController();
    early.abort();
    await expect(runner.layout(sample(), { signal: early.signal })).rejects.toBeInstanceOf(LayoutCanceled);
    expect(workers[0]!.terminated).toBe(true);
    const again = await runner.layout(sample());
    expect(again.moves).toHaveLength(3);
    expect(workers).toHaveLength(2);
  });

  it('passes the worker error on', async () => {
    const runner = createLayoutRunner(() => {
      const w = new InProcessWorker();
      w.postMessage = ({ id }) => queueMicrotask(() => w.onmessage?.({ data: { id, type: 'error', message: 'ELK failed' } } as MessageEvent<LayoutReply>));
      return w;
    });
    await expect(runner.layout(sample())).rejects.toThrow('ELK failed');
  });
});
