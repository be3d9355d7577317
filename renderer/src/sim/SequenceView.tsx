/**
 * One traced request of the run as a Mermaid sequence diagram: shown rendered (mermaid, strict
 * security, under the CSP), with the Mermaid text one click away, downloadable as .mmd.
 */
import { useEffect, useState } from 'react';
import { sanitizeSvg } from '../export/sanitizeSvg';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { requestSequence } from './controller';
import { usePlatform } from '../platform/PlatformContext';
import { fileStem, saveExport } from './download';
import { useSim } from './simStore';

type Rendered = { state: 'rendering' } | { state: 'done'; url: string } | { state: 'failed'; error: string };

let renders = 0;

/**
 * Renders Mermaid text to an SVG image URL. mermaid loads on first use and renders when the
 * browser is idle, so tracing a request never waits on it; the SVG, already sanitized by
 * mermaid's strict level, is checked again and shown as an <img> (an image runs no script).
 */
async function renderSequence(text: string): Promise<string> {
  await new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0)));
  const { loadMermaid } = await import('../io/mermaidParser');
  const mermaid = await loadMermaid();
  const { svg } = await mermaid.render(`aw-sequence-${++renders}`, text);
  return URL.createObjectURL(new Blob([sanitizeSvg(svg).svg], { type: 'image/svg+xml' }));
}

export function SequenceView() {
  const store = useDesignStore();
  const platform = usePlatform();
  const sequence = useSim((s) => s.sequence);
  const status = useSim((s) => s.status);
  const name = useDesign((s) => s.file?.name ?? s.design.metadata.title);
  const [showText, setShowText] = useState(false);
  const [rendered, setRendered] = useState<Rendered | null>(null);

  useEffect(() => {
    if (!sequence) return setRendered(null);
    let live = true;
    let url: string | undefined;
    setRendered({ state: 'rendering' });
    renderSequence(sequence.text).then(
      (u) => {
        url = u;
        if (live) setRendered({ state: 'done', url: u });
        else URL.revokeObjectURL(u);
      },
      (err: unknown) => live && setRendered({ state: 'failed', error: (err as Error).message }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sequence]);

  return (
    <div className="aw-sim-sequence">
      <div className="aw-sim-sweep-bar">
        <button type="button" onClick={() => requestSequence(store.getState().design)}>
          Trace a request
        </button>
        <button type="button" disabled={!sequence} onClick={() => sequence && saveExport(platform, store, sequence.text, `${fileStem(name)}-sequence.mmd`, 'text/vnd.mermaid')}>
          {platform.kind === 'electron' ? 'Save .mmd…' : 'Download .mmd'}
        </button>
        <span className="aw-muted">
          {sequence
            ? sequence.source === 'run'
              ? 'The traced request of this run that touched the most steps.'
              : 'From a short run of the design (no request of the current run was traced yet).'
            : status === 'idle'
              ? 'Traces a request through a short run of the design.'
              : 'Picks the traced request of this run that touched the most steps.'}
        </span>
      </div>
      {sequence && rendered?.state === 'done' && (
        <div className="aw-sim-sequence-figure">
          <img src={rendered.url} alt="Sequence diagram of the traced request" data-testid="sequence-diagram" />
        </div>
      )}
      {sequence && rendered?.state === 'rendering' && (
        <p className="aw-muted" role="status">
          Drawing the sequence diagram…
        </p>
      )}
      {sequence && rendered?.state === 'failed' && <p className="aw-muted">The diagram could not be drawn ({rendered.error}); here is its Mermaid text.</p>}
      {sequence && (
        <details className="aw-sim-sequence-text" open={showText || rendered?.state === 'failed'} onToggle={(e) => setShowText(e.currentTarget.open)}>
          <summary>Mermaid text</summary>
          <pre className="aw-sim-mermaid" aria-label="Mermaid sequence diagram" tabIndex={0}>
            {sequence.text}
          </pre>
        </details>
      )}
    </div>
  );
}
