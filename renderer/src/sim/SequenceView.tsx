/** One traced request of the run as a Mermaid sequence diagram: shown as text, downloadable as .mmd. */
import { useDesign, useDesignStore } from '../state/StoreContext';
import { requestSequence } from './controller';
import { usePlatform } from '../platform/PlatformContext';
import { fileStem, saveExport } from './download';
import { useSim } from './simStore';

export function SequenceView() {
  const store = useDesignStore();
  const platform = usePlatform();
  const sequence = useSim((s) => s.sequence);
  const status = useSim((s) => s.status);
  const name = useDesign((s) => s.file?.name ?? s.design.metadata.title);
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
      {sequence && (
        <pre className="aw-sim-mermaid" aria-label="Mermaid sequence diagram" tabIndex={0}>
          {sequence.text}
        </pre>
      )}
    </div>
  );
}
