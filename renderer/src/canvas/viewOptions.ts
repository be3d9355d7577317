/**
 * What floats over the canvas: the minimap and the edge legend. Either can be hidden (View
 * menu) when it covers part of a design; the choice is kept in localStorage, like the theme.
 */
import { create } from 'zustand';

export type Overlay = 'minimap' | 'legend';

const KEY = 'archway.view';

function stored(): Record<Overlay, boolean> {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<Overlay, unknown>>;
    return { minimap: v.minimap !== false, legend: v.legend !== false };
  } catch {
    return { minimap: true, legend: true };
  }
}

interface ViewOptions {
  shown: Record<Overlay, boolean>;
  toggle(overlay: Overlay): void;
}

export const useViewOptions = create<ViewOptions>()((set, get) => ({
  shown: stored(),
  toggle(overlay) {
    const shown = { ...get().shown, [overlay]: !get().shown[overlay] };
    localStorage.setItem(KEY, JSON.stringify(shown));
    set({ shown });
  },
}));
