/** The simulator's public types: options in, snapshots during a run, a result at the end. */
import type { KindId } from '../catalog/kinds';

/**
 * A fault injected at `atMs` (DESIGN §4): `fail` a node (it loses queued and new work and
 * never replies, so sync callers time out; on an edge it means `cut`), `slow` a node
 * (service time × factor) or an edge (latency × factor), `cut` an edge (it drops what is
 * sent on it; sync callers time out).
 */
export interface Fault {
  atMs: number;
  kind: 'fail' | 'slow' | 'cut';
  /** A node or edge id. */
  target: string;
  /** For `slow`; default 10. */
  factor?: number;
}

export interface SimOptions {
  /** Simulated duration in seconds (default 60). */
  seconds?: number;
  /** Random seed (default 1): the same seed and design give the same result. */
  seed?: number;
  /** Multiplies every source's `rate` (default 1); the load sweep varies it. */
  rateScale?: number;
  faults?: Fault[];
  /**
   * Messages emitted before this time are left out of latency figures, and node statistics
   * restart at it. Default `'auto'`: the MSER-5 rule picks it after the run (at most half the run).
   */
  warmupSeconds?: number | 'auto';
  /** Work budget: the run stops (with a warning and `stopped`) after this many events. */
  maxEvents?: number;
  /** Work budget: the run stops after this much wall-clock time in `runUntil`, ms. */
  maxWallMs?: number;
  /** Width of a time-series bucket in ms (default 1000; widened so a run has at most 3,600 buckets). */
  sampleIntervalMs?: number;
  /** How many messages to trace hop by hop (default 5), spread evenly over the measured time. */
  traceSamples?: number;
}

/** Half-widths of 95 % confidence intervals by batch means; null when too few batches had data. */
export type HalfWidths<K extends string> = Record<K, number | null>;

export interface LatencyStats {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Messages that completed (all their work done, no drop, failed call or lost work) within the run; 0 means the figures are empty. */
  count: number;
  ci: HalfWidths<'mean' | 'p50' | 'p95' | 'p99'>;
}

export interface SourceLatency extends LatencyStats {
  id: string;
  label: string;
  /** Messages that ended without completing: `failures` summed (a message is counted once). */
  failed: number;
  /**
   * Why, by the first thing that went wrong: refused at a full queue or lost on a cut edge
   * (`dropped`), a sync call that timed out on its last try (`timedOut`), a call refused on
   * its last try or work lost at a failed node (`errors`).
   */
  failures: { dropped: number; timedOut: number; errors: number };
}

export interface NodeResult {
  id: string;
  label: string;
  kind: KindId;
  /** Busy servers over all servers, time-averaged over the measured time (0..1). */
  utilization: number;
  /** Jobs finished per second. */
  throughput: number;
  /** Time-averaged number of jobs waiting (not in service). */
  meanQueue: number;
  maxQueue: number;
  /** Work refused at a full queue (or buffer) with backpressure `drop`. */
  drops: number;
  /** Sync calls this node made that timed out. */
  timeouts: number;
  /** Re-sends this node made after a timeout or a refusal. */
  retries: number;
  /** Calls that failed for good, plus work lost while the node was failed. */
  errors: number;
  completed: number;
  /** Mean time from a job's arrival to its end here, including waits for sync replies: what a caller sees. */
  meanResponseMs: number;
  ci: HalfWidths<'utilization' | 'throughput' | 'meanResponseMs'>;
}

export interface EdgeResult {
  id: string;
  /** Messages sent (including retries), per second. */
  throughput: number;
  sent: number;
  /** Messages lost on a cut edge. */
  drops: number;
  ci: HalfWidths<'throughput'>;
}

export interface SeriesPoint {
  /** End of the bucket, ms. */
  atMs: number;
  /** Messages finished per second in this bucket. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Queue length per node at the end of the bucket, in the order of `SimResult.nodes`. */
  queues: number[];
  /** Utilization per node over the bucket, in the order of `SimResult.nodes`. */
  utilization: number[];
}

export interface TraceHop {
  from: string;
  to: string;
  edgeId: string;
  kind: 'call' | 'reply' | 'send' | 'poll';
  atMs: number;
  /** Set when the hop did not deliver: a timeout (on a reply), a drop at a full queue or a cut edge. */
  status?: 'timeout' | 'dropped' | 'rejected' | 'lost';
}

export interface Trace {
  /** The source node that emitted the message. */
  source: string;
  emittedAtMs: number;
  /** Time its last work finished; undefined if still in flight at the end. */
  finishedAtMs?: number;
  hops: TraceHop[];
}

export interface SimResult {
  seed: number;
  seconds: number;
  /** The warm-up left out of every figure (chosen by MSER-5 unless the options fixed it). */
  warmupSeconds: number;
  warmup: { method: 'MSER-5' | 'fixed'; seconds: number };
  /** Batches the measured time was cut into for the confidence intervals. */
  batches: number;
  /** Figures whose 95 % interval is wider than 10 % of their value ("run longer for a steadier figure"). */
  unsteady: string[];
  /** Why the run ended before `seconds` (a work budget, a fan-out explosion), if it did. */
  stopped?: string;
  rateScale: number;
  nodes: NodeResult[];
  edges: EdgeResult[];
  latency: SourceLatency[];
  /** All sources together. */
  overall: LatencyStats;
  /** Messages emitted in the measured time that had not finished at the end (they are not in the latency figures). */
  inFlight: number;
  bucketMs: number;
  series: SeriesPoint[];
  traces: Trace[];
  /** `wallMs` is the only figure that differs between identical runs (the CLI's --json leaves it out). */
  totals: { events: number; simulatedMs: number; wallMs: number };
  warnings: string[];
}

export interface NodeSnapshot {
  id: string;
  /** Utilization since the previous snapshot (0..1). */
  utilization: number;
  queue: number;
  busy: number;
  servers: number;
  failed: boolean;
  /** Saturated, dropping, or with a full queue since the previous snapshot. */
  overloaded: boolean;
}

export interface InFlightMessage {
  edgeId: string;
  /** 0 at the sending end, 1 at the receiving end. */
  progress: number;
  /** True when it moves from the edge's target to its source (a reply, or data fetched by a poll). */
  reverse: boolean;
}

export interface SimSnapshot {
  atMs: number;
  nodes: NodeSnapshot[];
  /** Messages per second per edge since the previous snapshot. */
  edges: { id: string; rate: number }[];
  inFlight: InFlightMessage[];
  events: number;
}

export interface Simulation {
  /** Processes every event up to tMs (capped at the run's end). */
  runUntil(tMs: number): void;
  readonly now: number;
  readonly endMs: number;
  /** @param maxInFlight at most this many in-flight messages are sampled (default 200). */
  snapshot(maxInFlight?: number): SimSnapshot;
  result(): SimResult;
  /** Ends the run now (a Stop button): `result()` then covers the time simulated so far, with `stopped` set. */
  stop(why?: string): void;
}
