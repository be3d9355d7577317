/** The dialog's side of skeleton.worker.ts: one worker per dialog, requests as promises. */
import type { Design } from '../../../shared/model/schema';
import type { SkeletonFile, SkeletonLang, WorkerReply, WorkerRequest } from './skeletonProtocol';

/** A request before it has an id (Omit over each member of the union). */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve(reply: WorkerReply): void; reject(err: Error): void; onProgress?(percent: number): void };

export class SkeletonWorker {
  private readonly worker = new Worker(new URL('./skeleton.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') return p.onProgress?.(reply.percent);
      this.pending.delete(reply.id);
      if (reply.type === 'error') p.reject(new Error(reply.message));
      else p.resolve(reply);
    };
    this.worker.onerror = (event) => {
      const err = new Error(event.message || 'the skeleton worker failed');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
  }

  private request(req: Unsent<WorkerRequest>, onProgress?: (percent: number) => void): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  async generate(design: Design, lang: SkeletonLang): Promise<{ files: SkeletonFile[]; warnings: string[] }> {
    const reply = await this.request({ type: 'generate', design, lang });
    if (reply.type !== 'files') throw new Error('unexpected reply from the skeleton worker');
    return { files: reply.files, warnings: reply.warnings };
  }

  async zip(files: SkeletonFile[], rootName: string, onProgress: (percent: number) => void): Promise<Blob> {
    const reply = await this.request({ type: 'zip', files, rootName }, onProgress);
    if (reply.type !== 'zip') throw new Error('unexpected reply from the skeleton worker');
    return new Blob([reply.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  }

  dispose(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('canceled'));
    this.pending.clear();
  }
}
