/** Presentation mode for workshops: full screen, larger text, panels hidden, stepping through problems. */
import { create } from 'zustand';

interface PresentationState {
  on: boolean;
  /** Index into the current problem list (unsuppressed problems). */
  step: number;
  enter(): void;
  exit(): void;
  go(step: number): void;
}

export const usePresentation = create<PresentationState>()((set) => ({
  on: false,
  step: -1,
  enter: () => {
    set({ on: true, step: -1 });
    document.documentElement.requestFullscreen?.().catch(() => {});
  },
  exit: () => {
    set({ on: false, step: -1 });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  },
  go: (step) => set({ step }),
}));
