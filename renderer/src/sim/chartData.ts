/** The charts' data from simulation results: pure, so it is tested without a browser. */
import type { SimResult, SweepPoint } from '../../../shared/sim/index';
import type { ChartProps, ChartSeries } from './Chart';

type Data = ChartProps['data'];

export interface ChartSpec {
  data: Data;
  series: ChartSeries[];
}

const NOW = '#2f6fec';
const BEFORE = '#98a2b3';
const QUEUE_COLORS = ['#2f6fec', '#c4312b', '#2f9e6e', '#c77800', '#7a5bd0', '#c2527a'];

/** Aligns the previous run with this one by bucket (both use the same bucket width by default). */
function xAxis(now: SimResult | null, before: SimResult | null): number[] {
  const bucket = now?.bucketMs ?? before?.bucketMs ?? 1000;
  const n = Math.max(now?.series.length ?? 0, before?.series.length ?? 0);
  return Array.from({ length: n }, (_, i) => ((i + 1) * bucket) / 1000);
}

function column(r: SimResult | null, n: number, pick: (p: SimResult['series'][number]) => number): (number | null)[] {
  return Array.from({ length: n }, (_, i) => {
    const p = r?.series[i];
    return p ? pick(p) : null;
  });
}

export function throughputChart(now: SimResult | null, before: SimResult | null): ChartSpec {
  const x = xAxis(now, before);
  const series: ChartSeries[] = [{ label: 'this run', color: NOW }];
  const data: Data = [x, column(now, x.length, (p) => p.throughput)];
  if (before) {
    series.push({ label: 'previous run', color: BEFORE, dashed: true });
    data.push(column(before, x.length, (p) => p.throughput));
  }
  return { data, series };
}

export function latencyChart(now: SimResult | null, before: SimResult | null): ChartSpec {
  const x = xAxis(now, before);
  const series: ChartSeries[] = [
    { label: 'p50', color: '#2f9e6e' },
    { label: 'p95', color: '#c77800' },
    { label: 'p99', color: '#c4312b' },
  ];
  // A bucket in which nothing finished has no percentile: a gap, not a zero.
  const pct = (r: SimResult | null, k: 'p50' | 'p95' | 'p99') => column(r, x.length, (p) => (p.throughput > 0 ? p[k] : NaN)).map((v) => (v === null || Number.isNaN(v) ? null : v));
  const data: Data = [x, pct(now, 'p50'), pct(now, 'p95'), pct(now, 'p99')];
  if (before) {
    series.push({ label: 'p95 previous', color: BEFORE, dashed: true });
    data.push(pct(before, 'p95'));
  }
  return { data, series };
}

/** Queue length over time of the (up to six) nodes whose queues grew the most. */
export function queueChart(now: SimResult | null): ChartSpec {
  const x = xAxis(now, null);
  if (!now) return { data: [x], series: [] };
  const peak = now.nodes.map((n, i) => ({ n, i, max: now.series.reduce((m, p) => Math.max(m, p.queues[i] ?? 0), 0) }));
  const top = peak.filter((p) => p.max > 0).sort((a, b) => b.max - a.max || a.i - b.i).slice(0, QUEUE_COLORS.length);
  const shown = top.length > 0 ? top : peak.slice(0, 1);
  return {
    data: [x, ...shown.map(({ i }) => column(now, x.length, (p) => p.queues[i] ?? 0))],
    series: shown.map(({ n }, k) => ({ label: n.label, color: QUEUE_COLORS[k]! })),
  };
}

/** Latency (left axis) and drops and timeouts (right axis) against load, with the previous sweep's p95. */
export function sweepChart(points: readonly SweepPoint[], before: readonly SweepPoint[] | null): ChartSpec {
  const scales = [...new Set([...points, ...(before ?? [])].map((p) => p.scale))].sort((a, b) => a - b);
  const at = (list: readonly SweepPoint[], scale: number) => list.find((p) => p.scale === scale);
  const col = (list: readonly SweepPoint[], pick: (p: SweepPoint) => number) => scales.map((s) => {
    const p = at(list, s);
    return p && (p.p95 > 0 || pick !== p95Of) ? pick(p) : null;
  });
  const series: ChartSeries[] = [
    { label: 'p95 latency', color: '#c77800' },
    { label: 'p99 latency', color: '#c4312b' },
    { label: 'drops + timeouts', color: '#7a5bd0', right: true },
  ];
  const data: Data = [scales.map((s) => Math.round(s * 100)), col(points, p95Of), col(points, (p) => p.p99), col(points, (p) => p.drops + p.timeouts)];
  if (before) {
    series.push({ label: 'p95 previous sweep', color: BEFORE, dashed: true });
    data.push(col(before, p95Of));
  }
  return { data, series };
}

const p95Of = (p: SweepPoint) => p.p95;

/** The first load at which the sweep shows saturation: a node busy ≥ 95%, drops or timeouts, or p95 tripled from the lightest load. */
export function saturationPoint(points: readonly SweepPoint[]): SweepPoint | undefined {
  const base = points.find((p) => p.p95 > 0)?.p95 ?? 0;
  return points.find((p) => p.maxUtilization >= 0.95 || p.drops + p.timeouts > 0 || (base > 0 && p.p95 > 3 * base));
}
