/**
 * File › Import Mermaid…: paste a flowchart or choose a .mmd file; the text is parsed with
 * mermaid's own parser, laid out with ELK in a worker, and opened as a new document.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';
import { replaceDocument } from '../state/replaceDocument';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { importAndLayout, type ImportPhase } from './importFlow';
import { LayoutCanceled, layoutInWorker } from './layoutClient';
import { browserFlowchartParser } from './mermaidParser';
import { ErrorText, LayoutProgress, ReplaceConfirm } from './parts';

type Status = { step: 'edit' } | { step: 'confirm'; answer: (discard: boolean) => void } | { step: 'busy'; phase: ImportPhase; nodes?: number; fraction?: number } | { step: 'error'; error: string };

const PLACEHOLDER = `flowchart LR
    UI[Web UI] --> GW[API Gateway]
    GW --> INF[Model Inference]
    INF --> DB[(Model Store)]`;

export function ImportMermaidDialog() {
  const store = useDesignStore();
  const close = useUi((s) => s.closeDialog);
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ step: 'edit' });
  const abort = useRef<AbortController | null>(null);
  const textId = useId();
  const fileId = useId();

  // Closing the dialog cancels a layout in progress.
  useEffect(() => () => abort.current?.abort(), []);

  async function run() {
    const ctrl = new AbortController();
    abort.current = ctrl;
    // Unsaved changes: the question is asked in this dialog's footer, before any work.
    const ask = () => new Promise<boolean>((answer) => setStatus({ step: 'confirm', answer }));
    const outcome = await replaceDocument(
      store,
      'Importing',
      async () => {
        setStatus({ step: 'busy', phase: 'parse' });
        try {
          const out = await importAndLayout(
            text,
            { parser: browserFlowchartParser, layout: layoutInWorker },
            {
              signal: ctrl.signal,
              onPhase: (phase, nodes) => setStatus({ step: 'busy', phase, nodes }),
              onProgress: (fraction) => setStatus((prev) => (prev.step === 'busy' ? { ...prev, fraction } : prev)),
            },
          );
          if (ctrl.signal.aborted) return null;
          if (!out.ok) {
            setStatus({ step: 'error', error: out.error });
            return null;
          }
          const from = source ?? 'the pasted flowchart';
          const counts = `${out.design.nodes.length} nodes, ${out.design.edges.length} edges`;
          return { design: out.design, file: null, notice: { kind: 'info' as const, text: [`Imported ${from} (${counts}).`, ...out.warnings].join(' ') } };
        } catch (err) {
          if (!(err instanceof LayoutCanceled)) setStatus({ step: 'error', error: `The import failed: ${(err as Error).message}` });
          return null;
        }
      },
      ask,
    );
    if (outcome === 'replaced') close();
    else setStatus((prev) => (prev.step === 'confirm' || prev.step === 'busy' ? { step: 'edit' } : prev));
  }

  const start = () => void run();

  async function pickFile(file: File | undefined) {
    if (!file) return;
    setSource(file.name);
    setText(await file.text());
    setStatus({ step: 'edit' });
  }

  const busy = status.step === 'busy';
  const footer =
    status.step === 'confirm' ? (
      <ReplaceConfirm what="Importing" onCancel={() => status.answer(false)} onConfirm={() => status.answer(true)} />
    ) : (
      <>
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || text.trim() === ''} onClick={start}>
          Import
        </button>
      </>
    );

  return (
    <Dialog title="Import Mermaid" wide footer={footer}>
      <div className="aw-io-import">
        <p className="aw-io-hint">
          Paste a Mermaid flowchart (<code>flowchart</code> or <code>graph</code>) or choose a file. Kinds and edge types are inferred from classes,
          subgraph titles, labels and shapes; the result is laid out automatically and opens as a new design.
        </p>
        <div className="aw-io-file">
          <label htmlFor={fileId}>Mermaid file</label>
          <input id={fileId} type="file" accept=".mmd,.mermaid,.md,.txt,text/plain" disabled={busy} onChange={(e) => void pickFile(e.currentTarget.files?.[0])} />
          {source && <span className="aw-io-source">{source}</span>}
        </div>
        <label htmlFor={textId}>Mermaid text</label>
        <textarea
          id={textId}
          className="aw-io-text"
          spellCheck={false}
          placeholder={PLACEHOLDER}
          value={text}
          disabled={busy}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setSource(null);
            if (status.step === 'error') setStatus({ step: 'edit' });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim() !== '') {
              e.preventDefault();
              start();
            }
          }}
        />
        {status.step === 'error' && <ErrorText>{status.error}</ErrorText>}
        {busy && <LayoutProgress label={status.phase === 'parse' ? 'Reading the flowchart…' : status.nodes === undefined ? 'Laying out the design…' : `Laying out ${status.nodes} nodes…`} fraction={status.fraction} />}
      </div>
    </Dialog>
  );
}
