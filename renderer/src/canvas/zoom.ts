/**
 * Level of detail: below this zoom, text is unreadable, so nodes draw as plain coloured boxes
 * with one hidden centre handle, edges run straight between centres, and edge labels and the
 * dotted grid are hidden. The canvas holds the one subscription to the zoom (a boolean
 * selector) and hands the flag down by context: a per-node store selector, like each extra
 * handle, would run on every React Flow store update, which makes big designs slow to drag.
 */
import type { ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

export const DETAIL_ZOOM = 0.45;
export const lowDetail = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

export const LowDetailContext = createContext(false);
export const useLowDetail = (): boolean => useContext(LowDetailContext);
