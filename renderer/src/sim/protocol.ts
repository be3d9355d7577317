/** Messages between the simulation panel (main thread) and sim.worker.ts. */
import type { Design } from '../../../shared/model/schema';
import type { Fault, SimResult, SimSnapshot, SweepPoint } from '../../../shared/sim/index';

export interface RunSettings {
  /** Simulated seconds. */
  seconds: number;
  seed: number;
  /** Simulated ms per wall ms; 0 runs as fast as the worker can. */
  speed: number;
}

export type ToWorker =
  | { type: 'start'; design: Design; settings: RunSettings; faults: Fault[]; play: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  /** Advances a paused run by `ms` simulated milliseconds. */
  | { type: 'step'; ms: number }
  | { type: 'speed'; speed: number }
  /** A fault during the run; `atMs` below the current time means now. */
  | { type: 'fault'; fault: Fault }
  | { type: 'reset' }
  /** One traced request of the current run as a Mermaid sequence diagram (or of a short run of `design` when none runs). */
  | { type: 'sequence'; design: Design; seed: number }
  | { type: 'sweep'; design: Design; seconds: number; seed: number; scales: readonly number[] };

export type RunStatus = 'running' | 'paused' | 'done';

export type FromWorker =
  | { type: 'started'; endMs: number }
  /** `speed`: simulated ms per wall ms actually achieved over the last slice. */
  | { type: 'snapshot'; snapshot: SimSnapshot; status: RunStatus; endMs: number; speed: number }
  | { type: 'result'; result: SimResult; final: boolean }
  | { type: 'fault'; fault: Fault }
  | { type: 'sequence'; text: string; source: 'run' | 'short-run' }
  | { type: 'sweepPoint'; point: SweepPoint; index: number; total: number }
  | { type: 'sweepDone' }
  | { type: 'error'; message: string };
