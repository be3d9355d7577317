/**
 * Window-level UI state that is not part of the document: the open dialog and the dock tab.
 * Dialogs are registered in renderer/src/dialogs/registry.tsx.
 */
import { create } from 'zustand';

export interface UiState {
  dialog: string | null;
  dockTab: string;
  openDialog(id: string): void;
  closeDialog(): void;
  setDockTab(id: string): void;
}

export const useUi = create<UiState>()((set) => ({
  dialog: null,
  dockTab: 'problems',
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setDockTab: (dockTab) => set({ dockTab }),
}));
