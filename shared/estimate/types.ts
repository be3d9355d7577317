/** What the queueing-network estimator reports (shared/estimate/README.md). */
import type { KindId } from '../catalog/kinds';

export interface EstimateOptions {
  /** Multiplies every source's `rate` (default 1). */
  rateScale?: number;
  /** Replicas to use instead of the design's, per node id (the sizing search tries these). */
  replicas?: Readonly<Record<string, number>>;
  /** Per source id, the rate to use instead of its `rate` × rateScale (peak-rate targets). */
  sourceRates?: Readonly<Record<string, number>>;
}

export interface NodeEstimate {
  id: string;
  label: string;
  kind: KindId;
  servers: number;
  /** Jobs per second offered to the component (before any upstream saturation caps them). */
  offeredRate: number;
  /** Jobs per second it passes on: the offered rate, or its capacity when saturated. */
  throughput: number;
  /** Mean service time, ms. */
  serviceMs: number;
  /** Mean time a job keeps its server waiting for sync replies, ms. */
  syncWaitMs: number;
  /** Offered load over capacity: ≥ 1 means saturated (the queue grows without bound). */
  utilization: number;
  /** Mean jobs waiting (not in service); Infinity when saturated. */
  meanQueue: number;
  /** Mean wait in queue, ms. */
  waitMs: number;
  /** Mean time from a job's arrival to its end here, including sync waits (what a caller sees). */
  responseMs: number;
  /** Jobs per second the component can take: servers × 1000 / (service + sync wait). */
  capacity: number;
  /** The fraction of today's source load at which it saturates (≈ 1 / utilization). */
  saturatesAtScale: number;
  saturated: boolean;
}

export interface SourceEstimate {
  id: string;
  label: string;
  /** Messages per second it emits. */
  rate: number;
  meanMs: number;
  p95Ms: number;
  p99Ms: number;
  /** The busiest component its messages reach (highest utilization), if any. */
  bottleneck?: string;
}

export interface Estimate {
  nodes: NodeEstimate[];
  sources: SourceEstimate[];
  /** Ids of saturated components, busiest first. */
  saturated: string[];
  warnings: string[];
}
