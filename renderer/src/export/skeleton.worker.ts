/**
 * Generates the code skeleton and zips it off the UI thread: the generator checks the design,
 * writes Mermaid and every package, and jszip deflates them, which takes long enough on a big
 * design to stall the canvas. Messages are in skeletonProtocol.ts.
 */
import JSZip from 'jszip';
import { exporter } from '../../../shared/io/exporters';
import '../../../shared/io/registry';
import type { WorkerReply, WorkerRequest } from './skeletonProtocol';

const post = (msg: WorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer);

async function handle(req: WorkerRequest): Promise<void> {
  if (req.type === 'generate') {
    const skeleton = exporter('skeleton');
    if (!skeleton) throw new Error('the skeleton exporter is not registered');
    const out = await skeleton.run(req.design, { lang: req.lang });
    if (out.kind !== 'files') throw new Error('the skeleton exporter returned no file tree');
    post({ id: req.id, type: 'files', files: out.files, warnings: out.warnings });
    return;
  }
  const zip = new JSZip();
  const folder = zip.folder(req.rootName)!;
  for (const f of req.files) folder.file(f.path, f.content);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }, (meta) =>
    post({ id: req.id, type: 'progress', percent: meta.percent }),
  );
  post({ id: req.id, type: 'zip', bytes }, [bytes.buffer]);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  handle(req).catch((err: unknown) => post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
