/**
 * View › Tidy Layout: the ELK layout of the current design, computed in a worker and applied
 * as one edit (one undo step). The dialog shows only if the layout takes a moment, and blocks
 * editing meanwhile so the new positions never overwrite a move made during the run.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { applyLayout } from '../../../shared/layout/layout';
import { Dialog } from '../dialogs/Dialog';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { LayoutCanceled, layoutInWorker } from './layoutClient';
import { LayoutProgress } from './parts';

/** Layouts quicker than this finish without a dialog flashing up. */
const SHOW_AFTER_MS = 250;

export function TidyLayoutDialog() {
  const store = useDesignStore();
  const flow = useReactFlow();
  const close = useUi((s) => s.closeDialog);
  const [visible, setVisible] = useState(false);
  const [fraction, setFraction] = useState<number | undefined>();

  useEffect(() => {
    const ctrl = new AbortController();
    const show = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    const design = store.getState().design;
    layoutInWorker(design, { signal: ctrl.signal, onProgress: setFraction }).then(
      (result) => {
        const s = store.getState();
        if (s.design !== design) {
          s.setNotice({ kind: 'error', text: 'The design changed while it was being laid out; run Tidy Layout again.' });
        } else {
          s.apply(applyLayout(design, result));
          requestAnimationFrame(() => void flow.fitView({ duration: 200, maxZoom: 1.2, padding: 0.15 }));
        }
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
      ctrl.abort();
    };
  }, [store, flow, close]);

  if (!visible) return null;
  return (
    <Dialog
      title="Tidy layout"
      footer={
        <button type="button" onClick={close}>
          Cancel
        </button>
      }
    >
      <LayoutProgress label="Laying out the design…" fraction={fraction} />
    </Dialog>
  );
}
