/**
 * View › Tidy Layout: the ELK layout of the current design, computed in a worker and applied
 * as one edit (one undo step). Progress shows in a small non-modal panel (a modal <dialog>
 * costs a full-page style pass, which is slow exactly on the big designs that need this), and
 * only if the layout takes a moment. A user's edit meanwhile cancels the run, so new positions
 * never overwrite it; the layout's own change (origin 'layout') is not such an edit. A layout
 * that moves nothing changes nothing (no undo step, not unsaved). The selection is kept.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { LayoutCanceled, layoutInWorker } from './layoutClient';
import { LayoutProgress } from './parts';
import { tidyEdit } from './tidyEdit';

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
      // Opening another document ends the run quietly; an edit says why its layout was dropped.
      if (s.lastOrigin !== 'load') s.setNotice({ kind: 'info', text: 'Tidy layout canceled: the design changed while it was being laid out.' });
      close();
    });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    layoutInWorker(design, { signal: ctrl.signal, onProgress: setFraction }).then(
      (result) => {
        unsubscribe();
        const edit = tidyEdit(design, result);
        if (edit) store.getState().apply(edit, 'layout');
        else store.getState().setNotice({ kind: 'info', text: 'The layout is already tidy: nothing moved.' });
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
