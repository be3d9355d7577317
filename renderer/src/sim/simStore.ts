/**
 * The simulation's UI state, shared by the panel, the canvas overlay and the Simulate
 * commands. Window-level like uiStore (one document per window); the run itself lives in
 * the worker (controller.ts drives it and writes here).
 */
import { create } from 'zustand';
import type { Fault, SimResult, SimSnapshot, SweepPoint } from '../../../shared/sim/index';
import type { RunSettings } from './protocol';

export type SimStatus = 'idle' | 'running' | 'paused' | 'done';

export interface SweepState {
  points: SweepPoint[];
  total: number;
  running: boolean;
}

export interface SimState {
  settings: RunSettings;
  status: SimStatus;
  endMs: number;
  snapshot: SimSnapshot | null;
  /** Simulated ms per wall ms achieved (0 while paused). */
  achievedSpeed: number;
  result: SimResult | null;
  /** The last result of the run before this one, for comparison. */
  previous: SimResult | null;
  faults: Fault[];
  /** The design changed since the run started (the run goes on with the design it started with). */
  stale: boolean;
  sweep: SweepState | null;
  previousSweep: SweepPoint[] | null;
  sequence: { text: string; source: 'run' | 'short-run' } | null;
  error: string | null;
  setSettings(patch: Partial<RunSettings>): void;
}

export const DEFAULT_SETTINGS: RunSettings = { seconds: 60, seed: 1, speed: 2 };

export const useSim = create<SimState>()((set) => ({
  settings: DEFAULT_SETTINGS,
  status: 'idle',
  endMs: 0,
  snapshot: null,
  achievedSpeed: 0,
  result: null,
  previous: null,
  faults: [],
  stale: false,
  sweep: null,
  previousSweep: null,
  sequence: null,
  error: null,
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
}));
