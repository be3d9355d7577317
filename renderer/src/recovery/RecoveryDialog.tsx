/** Offers the drafts a crash left behind: restore one (as unsaved changes) or discard it. */
import { parseDesign } from '../../../shared/model/document';
import { Dialog } from '../dialogs/Dialog';
import { usePlatform } from '../platform/PlatformContext';
import { replaceDocument } from '../state/replaceDocument';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { useRecovery } from './recoveryStore';

export function RecoveryDialog() {
  const drafts = useRecovery((s) => s.drafts);
  const platform = usePlatform();
  const store = useDesignStore();
  const close = useUi((s) => s.closeDialog);
  const discard = async (draftId: string) => {
    await platform.discardDraft(draftId);
    useRecovery.getState().remove(draftId);
    if (useRecovery.getState().drafts.length === 0) close();
  };
  const restore = async (draftId: string) => {
    const draft = drafts.find((d) => d.draftId === draftId)!;
    const outcome = await replaceDocument(store, 'Restoring a draft', () => {
      const parsed = parseDesign(draft.text);
      if (!parsed.ok) {
        store.getState().setNotice({ kind: 'error', text: `The draft of ${draft.name} cannot be restored: ${parsed.error}` });
        return null;
      }
      // This window now writes to the restored draft, so the draft lives until a verified save.
      return { design: parsed.design, file: null, dirty: true, draftId: draft.draftId, notice: { kind: 'info', text: `Restored unsaved work: ${draft.name}. Save it to keep it.` } };
    });
    if (outcome !== 'replaced') return;
    useRecovery.getState().remove(draftId);
    close();
  };
  return (
    <Dialog title="Recover unsaved work">
      <p>Archway found designs that were not saved when it last closed:</p>
      <ul className="aw-drafts">
        {drafts.map((d) => (
          <li key={d.draftId}>
            <span>
              <strong>{d.name || 'Untitled design'}</strong>
              <span className="aw-muted"> — autosaved {new Date(d.savedAt).toLocaleString()}</span>
            </span>
            <span className="aw-draft-actions">
              <button type="button" className="primary" onClick={() => void restore(d.draftId)}>
                Restore
              </button>
              <button type="button" onClick={() => void discard(d.draftId)}>
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
