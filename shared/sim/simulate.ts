/** Entry points of the simulator (DESIGN §4). */
import type { Design } from '../model/schema';
import { Engine } from './engine';
import type { SimOptions, SimResult, Simulation } from './types';

/** A simulation to run step by step (the app's Web Worker calls runUntil and snapshot in turn). */
export function createSimulation(design: Design, options: SimOptions = {}): Simulation {
  return new Engine(design, options);
}

/** Runs a design to the end and returns its result. */
export function simulate(design: Design, options: SimOptions = {}): SimResult {
  const sim = createSimulation(design, options);
  sim.runUntil(sim.endMs);
  return sim.result();
}
