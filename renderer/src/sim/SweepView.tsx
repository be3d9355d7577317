/** The load sweep: the design at 10% … 150% of its source rates, latency and drops against load. */
import { useMemo } from 'react';
import { useDesignStore } from '../state/StoreContext';
import { Chart } from './Chart';
import { saturationPoint, sweepChart } from './chartData';
import { runSweep } from './controller';
import { useSim } from './simStore';

export function SweepView() {
  const store = useDesignStore();
  const sweep = useSim((s) => s.sweep);
  const previous = useSim((s) => s.previousSweep);
  const seconds = useSim((s) => Math.min(s.settings.seconds, 60));
  const chart = useMemo(() => sweepChart(sweep?.points ?? [], previous), [sweep, previous]);
  const sat = sweep && !sweep.running ? saturationPoint(sweep.points) : undefined;
  return (
    <div className="aw-sim-sweep">
      <div className="aw-sim-sweep-bar">
        <button type="button" onClick={() => runSweep(store.getState().design)} disabled={sweep?.running}>
          {sweep?.running ? `Sweeping… ${sweep.points.length}/${sweep.total}` : 'Run load sweep'}
        </button>
        <span className="aw-muted">
          15 runs of {seconds} s with every source's rate at 10%–150%, in the background.
          {previous && ' The dashed line is the previous sweep.'}
        </span>
        {sweep && !sweep.running && (
          <strong data-testid="saturation">{sat ? `Saturates at about ${Math.round(sat.scale * 100)}% of the current load.` : 'No saturation up to 150% of the current load.'}</strong>
        )}
      </div>
      {sweep || previous ? (
        <Chart title="Latency and losses against load" testId="chart-sweep" data={chart.data} series={chart.series} xLabel="load (% of source rates)" yLabel="ms" rightLabel="drops + timeouts" />
      ) : (
        <p className="aw-empty">A sweep shows where latency turns up and messages start to drop: the saturation point.</p>
      )}
    </div>
  );
}
