/**
 * Autosave: about a second after the design changes, a draft of it goes to the recovery
 * folder (Electron) or IndexedDB (browser). The draft is deleted only after a save that was
 * read back and parsed, or when the user discards it (SAFETY.md "Never lose work").
 */
import { serializeDesign } from '../../../shared/model/document';
import type { Platform } from '../platform/types';
import { isDirty, type DesignStore } from '../state/designStore';

export const AUTOSAVE_DELAY_MS = 1000;

export interface Autosave {
  /** The draft this window writes; adopting a restored draft's id replaces that draft in place. */
  draftId: string;
  /**
   * Starts a new draft for a newly opened document (or adopts a restored draft's id), so the
   * new document never writes over the draft of the work it replaced. `discardOld`: the user
   * chose to discard that work, so its draft goes too.
   */
  rotate(opts: { nextId?: string; discardOld: boolean }): void;
  stop(): void;
}

export function newDraftId(): string {
  return `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function startAutosave(store: DesignStore, platform: Platform, draftId = newDraftId()): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const self: Autosave = {
    draftId,
    rotate({ nextId, discardOld }) {
      clearTimeout(timer);
      const old = self.draftId;
      self.draftId = nextId ?? newDraftId();
      if (discardOld && old !== self.draftId) void platform.discardDraft(old).catch(() => {});
    },
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
  const flush = () => {
    const s = store.getState();
    if (isDirty(s)) {
      void platform.saveDraft({ draftId: self.draftId, name: s.file?.name ?? s.design.metadata.title, text: serializeDesign(s.design) }).catch(() => {});
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.design !== prev.design) {
      clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    }
    // A verified save (savedDesign moved to the current design) makes the draft redundant.
    if (s.savedDesign !== prev.savedDesign && !isDirty(s) && s.lastSaveVerified) {
      clearTimeout(timer);
      void platform.discardDraft(self.draftId).catch(() => {});
    }
  });
  return self;
}
