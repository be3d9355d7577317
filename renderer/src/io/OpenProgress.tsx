/**
 * The progress of opening a big design (io/openClient.ts): a small non-modal panel with the
 * phase, a bar, and Cancel, which stops the worker and keeps the open design.
 */
import { create } from 'zustand';
import type { OpenPhase } from './openProtocol';
import { LayoutProgress } from './parts';

interface OpeningState {
  opening: { name: string; phase: OpenPhase; fraction?: number; cancel: () => void } | null;
  set(opening: OpeningState['opening']): void;
}

export const useOpening = create<OpeningState>()((set) => ({ opening: null, set: (opening) => set({ opening }) }));

const PHASE: Record<OpenPhase, string> = { parse: 'Reading and validating', check: 'Checking the rules of', transfer: 'Preparing the canvas for' };

export function OpenProgress() {
  const opening = useOpening((s) => s.opening);
  if (!opening) return null;
  return (
    <section className="aw-io-toast" aria-label="Opening a design">
      <LayoutProgress label={`${PHASE[opening.phase]} ${opening.name}…`} fraction={opening.fraction} />
      <button type="button" onClick={opening.cancel}>
        Cancel
      </button>
    </section>
  );
}
