/**
 * Level of detail: below this zoom, a component draws as its label alone, large and centred,
 * with one hidden centre handle; edge captions and the dotted grid are hidden. The canvas
 * holds the one subscription to the zoom (a boolean selector) and hands the flag down by
 * context: a per-node store selector, like each extra handle, would run on every React Flow
 * store update, which makes big designs slow to drag.
 *
 * Label sizes follow the zoom through one CSS variable (--aw-zoom) written on the canvas
 * element, so zooming restyles labels without re-rendering any node view (styles.css).
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, useEffect, type RefObject } from 'react';

/** Below this, the two-line detail view would need labels under 10 px on screen. */
export const DETAIL_ZOOM = 0.6;
export const lowDetail = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

export const LowDetailContext = createContext(false);
export const useLowDetail = (): boolean => useContext(LowDetailContext);

/** Writes the zoom (to 2 decimals, so panning writes nothing) as --aw-zoom on `target`. */
export function useZoomVariable(target: RefObject<HTMLElement | null>): void {
  const flow = useStoreApi();
  useEffect(() => {
    let written = '';
    const write = (zoom: number) => {
      const value = zoom.toFixed(2);
      if (value === written || !target.current) return;
      written = value;
      target.current.style.setProperty('--aw-zoom', value);
    };
    write(flow.getState().transform[2]);
    return flow.subscribe((s) => write(s.transform[2]));
  }, [flow, target]);
}
