/** Summary statistics over latency samples. */
import type { FloatList } from './fifo';
import type { LatencyStats } from './types';

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentileOf(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function latencyStats(samples: FloatList): Omit<LatencyStats, 'ci'> {
  const n = samples.length;
  if (n === 0) return { p50: 0, p95: 0, p99: 0, mean: 0, count: 0 };
  const sorted = samples.sorted();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return { p50: percentileOf(sorted, 50), p95: percentileOf(sorted, 95), p99: percentileOf(sorted, 99), mean: sum / n, count: n };
}
