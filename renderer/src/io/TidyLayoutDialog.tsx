/**
 * View › Tidy Layout: the ELK layout of the current design, computed in a worker and applied
 * as one edit (one undo step). Progress shows in a small non-modal panel (a modal <dialog>
 * costs a full-page style pass, which is slow exactly on the big designs that need this), and
 * only if the layout takes a moment. Editing the design meanwhile cancels the run, so new
 * positions never overwrite a change made during it.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { applyLayout } from '../../../shared/layout/layout';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { LayoutCanceled, layoutInWorker } from './layoutClient';
import { LayoutProgress } from './parts';

/** Layouts quicker than this finish without the progress panel flashing up. */
const SHOW_AFTER_MS = 250;

export function TidyLayoutDialog() {
  const store = useDesignStore();
  const flow = useReactFlow();
  const close = useUi((s) => s.closeDialog);
  const [visible, setVisible] = useState(false);
  const [fraction, setFraction] = useState<number | undefined>();
  const [nodes] = useState(() => store.getState().design.nodes.length);

  useEffect(() => {
    const ctrl = new AbortController();
    const show = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    const design = store.getState().design;
    const unsubscribe = store.subscribe((s) => {
      if (s.design === design || ctrl.signal.aborted) return;
      ctrl.abort();
      s.setNotice({ kind: 'info', text: 'Tidy layout canceled: the design changed while it was being laid out.' });
      close();
    });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    layoutInWorker(design, { signal: ctrl.signal, onProgress: setFraction }).then(
      (result) => {
        store.getState().apply(applyLayout(design, result));
        requestAnimationFrame(() => void flow.fitView({ duration: 200, maxZoom: 1.2, padding: 0.15 }));
        close();
      },
      (err: unknown) => {
        if (err instanceof LayoutCanceled) return;
        store.getState().setNotice({ kind: 'error', text: `Tidy layout failed: ${(err as Error).message}` });
        close();
      },
    );
    return () => {
      clearTimeout(show);
      unsubscribe();
      window.removeEventListener('keydown', onKey);
      ctrl.abort();
    };
  }, [store, flow, close]);

  if (!visible) return null;
  return (
    <section className="aw-io-toast" aria-label="Tidy layout">
      <LayoutProgress label={`Laying out ${nodes} nodes…`} fraction={fraction} />
      <button type="button" onClick={close}>
        Cancel
      </button>
    </section>
  );
}
