/** The simulator's public API (DESIGN §4): pure TypeScript, runs in Node and in a Web Worker. */
export { createSimulation, simulate } from './simulate';
export { loadSweep, DEFAULT_SWEEP_SCALES, type SweepOptions, type SweepPoint } from './sweep';
export { resultToCsv, type CsvTable } from './csv';
export type * from './types';
