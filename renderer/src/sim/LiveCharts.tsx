/** Throughput, latency percentiles and queue length over simulated time, filling as the run goes. */
import { useMemo } from 'react';
import { Chart } from './Chart';
import { latencyChart, queueChart, throughputChart } from './chartData';
import { useSim } from './simStore';

export function LiveCharts() {
  const result = useSim((s) => s.result);
  const previous = useSim((s) => s.previous);
  const t = useMemo(() => throughputChart(result, previous), [result, previous]);
  const l = useMemo(() => latencyChart(result, previous), [result, previous]);
  const q = useMemo(() => queueChart(result), [result]);
  if (!result && !previous) return <p className="aw-empty">Run the simulation to chart throughput, latency and queues over time.</p>;
  return (
    <div className="aw-sim-charts">
      <Chart title="Throughput (messages/s)" testId="chart-throughput" data={t.data} series={t.series} xLabel="time (s)" yLabel="msg/s" />
      <Chart title="End-to-end latency (ms)" testId="chart-latency" data={l.data} series={l.series} xLabel="time (s)" yLabel="ms" />
      <Chart title="Queue length" testId="chart-queue" data={q.data} series={q.series} xLabel="time (s)" yLabel="waiting" />
    </div>
  );
}
