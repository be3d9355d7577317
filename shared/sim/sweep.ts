/**
 * A load sweep: the design run with every source's rate scaled (10% … 150% by default), so
 * the saturation point shows as the knee of latency and drops against load.
 */
import type { Design } from '../model/schema';
import { simulate } from './simulate';
import type { SimOptions } from './types';

export const DEFAULT_SWEEP_SCALES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5] as const;

export interface SweepPoint {
  scale: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Messages finished per second (all sources). */
  throughput: number;
  /** Drops over all nodes and cut edges. */
  drops: number;
  timeouts: number;
  /** The busiest node's utilization. */
  maxUtilization: number;
}

export interface SweepOptions extends Omit<SimOptions, 'rateScale'> {
  scales?: readonly number[];
}

export function loadSweep(design: Design, { scales = DEFAULT_SWEEP_SCALES, ...options }: SweepOptions = {}): SweepPoint[] {
  return scales.map((scale) => {
    const r = simulate(design, { traceSamples: 0, ...options, rateScale: scale });
    const measuredS = Math.max(1e-9, r.seconds - r.warmupSeconds);
    return {
      scale,
      p50: r.overall.p50,
      p95: r.overall.p95,
      p99: r.overall.p99,
      mean: r.overall.mean,
      throughput: r.overall.count / measuredS,
      drops: r.nodes.reduce((s, n) => s + n.drops, 0) + r.edges.reduce((s, e) => s + e.drops, 0),
      timeouts: r.nodes.reduce((s, n) => s + n.timeouts, 0),
      maxUtilization: r.nodes.reduce((m, n) => Math.max(m, n.utilization), 0),
    };
  });
}
