/**
 * Honest statistics for one run: the MSER-5 warm-up rule and batch-means confidence
 * intervals (shared/sim/README.md, "Statistics").
 */
import jStat from 'jstat';
import { percentileOf } from './stats';

/** A figure is flagged when its 95 % interval's half-width exceeds this share of the value. */
export const WIDE_SHARE = 0.1;

/** Half-width of the 95 % Student-t interval of the mean of `values` (batch means); null below 2 values. */
export function halfWidth(values: readonly number[]): number | null {
  const b = values.length;
  if (b < 2) return null;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= b;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / (b - 1));
  return jStat.studentt.inv(0.975, b - 1) * (sd / Math.sqrt(b));
}

/**
 * MSER-5 (White, 1997): observations in time order are averaged in batches of 5; the
 * truncation d (at most half the batches) minimising the variance of the remaining batch
 * means over (m − d)² marks the end of the transient. Returns the index of the first
 * observation kept (0 when there are too few observations to judge).
 */
export function mser5(obs: ArrayLike<number>): number {
  const m = Math.floor(obs.length / 5);
  if (m < 10) return 0;
  const z = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let k = 0; k < 5; k++) s += obs[j * 5 + k]!;
    z[j] = s / 5;
  }
  // Suffix sums of z and z² give each candidate's statistic in O(1).
  let sum = 0;
  let sum2 = 0;
  const suffix = new Float64Array(m + 1);
  const suffix2 = new Float64Array(m + 1);
  for (let j = m - 1; j >= 0; j--) {
    sum += z[j]!;
    sum2 += z[j]! * z[j]!;
    suffix[j] = sum;
    suffix2[j] = sum2;
  }
  let best = 0;
  let bestStat = Infinity;
  for (let d = 0; d <= Math.floor(m / 2); d++) {
    const n = m - d;
    const mean = suffix[d]! / n;
    const stat = Math.max(0, suffix2[d]! - n * mean * mean) / (n * n);
    if (stat < bestStat) {
      bestStat = stat;
      best = d;
    }
  }
  return best * 5;
}

export interface BatchedLatency {
  mean: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/**
 * Half-widths of the latency figures by batch means: samples go to the batch of their
 * emission time (batches are the intervals between consecutive `bounds`).
 */
export function latencyHalfWidths(emitAt: ArrayLike<number>, latency: ArrayLike<number>, count: number, bounds: readonly number[]): BatchedLatency {
  const b = Math.max(0, bounds.length - 1);
  // Counting sort of the samples by batch, then each batch's slice sorted in place.
  const batchOf = new Int32Array(count);
  const size = new Int32Array(b + 1);
  for (let i = 0; i < count; i++) {
    const t = emitAt[i]!;
    const k = t < bounds[0]! || b === 0 ? -1 : Math.min(b - 1, upperBound(bounds, t) - 1);
    batchOf[i] = k;
    if (k >= 0) size[k + 1]!++;
  }
  for (let k = 0; k < b; k++) size[k + 1]! += size[k]!;
  const sorted = new Float64Array(size[b]!);
  const fill = size.slice(0, b);
  for (let i = 0; i < count; i++) if (batchOf[i]! >= 0) sorted[fill[batchOf[i]!]!++] = latency[i]!;
  const means: number[] = [];
  const p50: number[] = [];
  const p95: number[] = [];
  const p99: number[] = [];
  for (let k = 0; k < b; k++) {
    if (size[k + 1] === size[k]) continue;
    const g = sorted.subarray(size[k]!, size[k + 1]!).sort();
    let sum = 0;
    for (let i = 0; i < g.length; i++) sum += g[i]!;
    means.push(sum / g.length);
    p50.push(percentileOf(g, 50));
    p95.push(percentileOf(g, 95));
    p99.push(percentileOf(g, 99));
  }
  return { mean: halfWidth(means), p50: halfWidth(p50), p95: halfWidth(p95), p99: halfWidth(p99) };
}

/** First index whose bound exceeds t. */
function upperBound(bounds: readonly number[], t: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a half-width is wider than WIDE_SHARE of its value (or unknown for a non-zero value). */
export function isWide(value: number, hw: number | null): boolean {
  if (value === 0) return false;
  return hw === null || hw > WIDE_SHARE * Math.abs(value);
}

/** Lag-1 autocorrelation of a series (0 for fewer than 3 values or no variance). */
export function lag1(values: readonly number[]): number {
  const b = values.length;
  if (b < 3) return 0;
  const mean = values.reduce((a, x) => a + x, 0) / b;
  let num = 0;
  let den = 0;
  for (let i = 0; i < b; i++) {
    den += (values[i]! - mean) ** 2;
    if (i > 0) num += (values[i]! - mean) * (values[i - 1]! - mean);
  }
  return den > 0 ? num / den : 0;
}

/** Batches fewer than this are not merged further. */
export const MIN_BATCHES = 5;
/** Batch means correlated beyond this (lag 1) are merged in pairs. */
export const MAX_LAG1 = 0.1;

/**
 * Picks batch bounds (indices into `bounds`) so that batch means are nearly independent:
 * while the lag-1 autocorrelation of the batch means exceeds MAX_LAG1, adjacent batches are
 * merged in pairs (the batch size doubles), down to MIN_BATCHES. Short batches of a slowly
 * mixing system (a queue near saturation) would otherwise give intervals far too narrow.
 */
export function independentBatches(bounds: readonly number[], meansFor: (idx: readonly number[]) => number[]): number[] {
  let idx = bounds.map((_, i) => i);
  for (;;) {
    const b = idx.length - 1;
    if (Math.floor(b / 2) < MIN_BATCHES) return idx;
    if (lag1(meansFor(idx)) <= MAX_LAG1) return idx;
    const next: number[] = [];
    for (let i = 0; i < idx.length; i += 2) next.push(idx[i]!);
    if (next[next.length - 1] !== idx[idx.length - 1]) {
      // An odd batch out joins the last one.
      if (b % 2 === 1) next[next.length - 1] = idx[idx.length - 1]!;
      else next.push(idx[idx.length - 1]!);
    }
    idx = next;
  }
}

/** Mean latency per batch of emission time (NaN-free: empty batches are left out). */
export function batchMeans(emitAt: ArrayLike<number>, latency: ArrayLike<number>, count: number, bounds: readonly number[]): number[] {
  const b = bounds.length - 1;
  if (b < 1) return [];
  const sum = new Float64Array(b);
  const n = new Int32Array(b);
  for (let i = 0; i < count; i++) {
    const t = emitAt[i]!;
    if (t < bounds[0]!) continue;
    const k = Math.min(b - 1, upperBound(bounds, t) - 1);
    sum[k]! += latency[i]!;
    n[k]!++;
  }
  const out: number[] = [];
  for (let k = 0; k < b; k++) if (n[k]! > 0) out.push(sum[k]! / n[k]!);
  return out;
}
