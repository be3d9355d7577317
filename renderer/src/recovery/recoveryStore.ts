/** Drafts found at start (left by a crash or a kill), waiting for the user's choice. */
import { create } from 'zustand';
import type { Draft } from '../platform/types';
import type { Autosave } from './autosave';

interface RecoveryState {
  drafts: Draft[];
  autosave: Autosave | null;
  set(drafts: Draft[], autosave: Autosave | null): void;
  remove(draftId: string): void;
}

export const useRecovery = create<RecoveryState>()((set, get) => ({
  drafts: [],
  autosave: null,
  set: (drafts, autosave) => set({ drafts, autosave }),
  remove: (draftId) => set({ drafts: get().drafts.filter((d) => d.draftId !== draftId) }),
}));
