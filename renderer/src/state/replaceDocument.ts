/**
 * The one way the open document is replaced (open, new, template, import, recent, drop,
 * restore): it asks first when there are unsaved changes (Cancel keeps them), and gives the
 * new document a draft of its own, so the replaced work's draft is never overwritten by it.
 */
import type { Design } from '../../../shared/model/schema';
import { useRecovery } from '../recovery/recoveryStore';
import { isDirty, type DesignStore, type Notice, type OpenFile, type Prepared } from './designStore';

export interface Replacement {
  design: Design;
  file: OpenFile | null;
  /** Opens as unsaved work (a restored draft, a dropped Mermaid file). */
  dirty?: boolean;
  notice?: Notice;
  /** The check and canvas view, when computed off the main thread. */
  prepared?: Prepared;
  /** A restored draft's id: the window goes on writing that draft. */
  draftId?: string;
  /** Runs once the document is in the store (claiming the file, say). */
  after?: () => void;
}

/** Asks whether to discard unsaved changes; `what` names the action ("Opening a file"). */
export type AskDiscard = (what: string) => boolean | Promise<boolean>;

/** The window's question; tests and the dialogs with an inline question pass their own. */
export const confirmDiscard: AskDiscard = (what) =>
  window.confirm(`This design has unsaved changes. ${what} replaces it, and the changes will be lost. Discard them?`);

export type ReplaceOutcome = 'replaced' | 'canceled' | 'failed';

/**
 * Replaces the document with what `produce` gives (null: nothing to open, e.g. the file
 * picker was closed, or it failed and said why). The question comes before `produce`, so a
 * file picker opens only once the user agreed.
 */
export async function replaceDocument(
  store: DesignStore,
  what: string,
  produce: () => Replacement | null | undefined | Promise<Replacement | null | undefined>,
  ask: AskDiscard = confirmDiscard,
): Promise<ReplaceOutcome> {
  const dirty = isDirty(store.getState());
  if (dirty && !(await ask(what))) return 'canceled';
  let next: Replacement | null | undefined;
  try {
    next = await produce();
  } catch (err) {
    store.getState().setNotice({ kind: 'error', text: `${what} failed: ${(err as Error).message}` });
    return 'failed';
  }
  if (!next) return 'canceled';
  useRecovery.getState().autosave?.rotate({ nextId: next.draftId, discardOld: dirty });
  const s = store.getState();
  s.load(next.design, next.file, { dirty: next.dirty, prepared: next.prepared });
  if (next.notice) s.setNotice(next.notice);
  next.after?.();
  return 'replaced';
}
