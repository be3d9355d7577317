/**
 * The live estimate (shared/estimate) for the design being edited: computed once per design
 * value and shared by the canvas overlay, the inspector and the SLO summary; and whether the
 * overlay is shown (kept in localStorage, like the other view options).
 */
import { create } from 'zustand';
import { estimate } from '../../../shared/estimate/estimate';
import type { Estimate } from '../../../shared/estimate/types';
import type { Design } from '../../../shared/model/schema';

const cache = new WeakMap<Design, Estimate>();

/** The estimate of a design value (designs are immutable: an edit makes a new value). */
export function estimateOf(design: Design): Estimate {
  let e = cache.get(design);
  if (!e) cache.set(design, (e = estimate(design)));
  return e;
}

const KEY = 'archway.estimates';

export const useEstimateView = create<{ shown: boolean; toggle(): void }>()((set, get) => ({
  shown: (() => {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  })(),
  toggle() {
    const shown = !get().shown;
    try {
      localStorage.setItem(KEY, shown ? '1' : '0');
    } catch {
      // Storage may be unavailable; the toggle still works for this session.
    }
    set({ shown });
  },
}));
