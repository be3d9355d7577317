/**
 * A uPlot line chart that fills as data arrives: created once per series layout, then fed
 * with setData; sized to its box by a ResizeObserver.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  /** Dashed: the previous run. */
  dashed?: boolean;
  /** Plot on the right-hand axis. */
  right?: boolean;
}

export interface ChartProps {
  title: string;
  /** x values, then one array per series (null = no value). */
  data: [number[], ...(number | null)[][]];
  series: ChartSeries[];
  xLabel: string;
  yLabel: string;
  rightLabel?: string;
  testId?: string;
}

const HEIGHT = 170;

export function Chart({ title, data, series, xLabel, yLabel, rightLabel, testId }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const layout = JSON.stringify([series, xLabel, yLabel, rightLabel]);

  useEffect(() => {
    const el = box.current!;
    const width = Math.max(200, el.clientWidth);
    const opts: uPlot.Options = {
      width,
      height: HEIGHT,
      title,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.05)] }, r: { range: (_u, _min, max) => [0, Math.max(1, max * 1.05)] } },
      axes: [
        { label: xLabel, size: 34, labelSize: 14 },
        { label: yLabel, size: 52, labelSize: 14 },
        ...(rightLabel ? [{ label: rightLabel, scale: 'r', side: 1 as const, grid: { show: false }, size: 46, labelSize: 14 }] : []),
      ],
      series: [
        { label: xLabel },
        ...series.map((s) => ({ label: s.label, stroke: s.color, width: s.dashed ? 1.5 : 2, dash: s.dashed ? [5, 4] : undefined, scale: s.right ? 'r' : 'y', spanGaps: true, points: { show: false } })),
      ],
    };
    const u = new uPlot(opts, data as uPlot.AlignedData, el);
    plot.current = u;
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height: HEIGHT }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
    // Data flows in through setData below; the chart is rebuilt only when its layout changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, title]);

  useEffect(() => {
    plot.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  return <div className="aw-sim-chart" ref={box} data-testid={testId} data-points={data[0].length} role="img" aria-label={`${title} chart`} />;
}
