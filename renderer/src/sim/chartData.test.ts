import { describe, expect, it } from 'vitest';
import { simulate, loadSweep } from '../../../shared/sim/index';
import { design } from '../../../shared/testing/builder';
import { latencyChart, queueChart, saturationPoint, sweepChart, throughputChart } from './chartData';

const d = design()
  .node('ui', 'client', { props: { rate: 40 } })
  .node('api', 'microservice', { props: { serviceTimeMs: 20, workers: 1 } })
  .node('db', 'database', { props: { serviceTimeMs: 5 } })
  .edge('ui', 'api', 'async-message')
  .edge('api', 'db', 'request-response')
  .build();

describe('chart data', () => {
  const now = simulate(d, { seconds: 10, seed: 1 });
  const before = simulate(d, { seconds: 6, seed: 2 });

  it('puts this run and the previous one on one time axis, gaps where a run has no bucket', () => {
    const t = throughputChart(now, before);
    expect(t.data[0]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(t.series.map((s) => s.label)).toEqual(['this run', 'previous run']);
    expect(t.data[2]!.slice(6)).toEqual([null, null, null, null]);
    expect(t.data[1]!.every((v) => typeof v === 'number' && v > 20)).toBe(true);
  });

  it('charts p50 ≤ p95 ≤ p99 per bucket', () => {
    const l = latencyChart(now, null);
    for (let i = 0; i < l.data[0].length; i++) {
      const [p50, p95, p99] = [l.data[1]![i]!, l.data[2]![i]!, l.data[3]![i]!];
      expect(p50).toBeLessThanOrEqual(p95);
      expect(p95).toBeLessThanOrEqual(p99);
    }
  });

  it('charts the queues that grew, busiest first', () => {
    const q = queueChart(now);
    expect(q.series[0]!.label).toBe('api'); // utilization 0.8: its queue is the one that grows
    expect(q.data).toHaveLength(1 + q.series.length);
  });

  it('finds the saturation point of a sweep', () => {
    const points = loadSweep(d, { seconds: 10, seed: 1, scales: [0.25, 0.5, 1, 1.5] });
    const sat = saturationPoint(points)!;
    expect(sat.scale).toBeGreaterThanOrEqual(1); // api saturates at 50 msg/s = 1.25 × 40
    const chart = sweepChart(points, points.slice(0, 2));
    expect(chart.data[0]).toEqual([25, 50, 100, 150]);
    expect(chart.data[4]).toEqual([points[0]!.p95, points[1]!.p95, null, null]);
  });
});
