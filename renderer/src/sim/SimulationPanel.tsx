/**
 * The Simulation dock tab (DESIGN §4): run controls with defaults that make any design
 * runnable at once, fault injection on the selected element, exports, and views of the
 * run (live charts, a table per component, a load sweep, a traced request).
 */
import { useSizing } from './sizeForTargets';
import { useState } from 'react';
import { useDesignStore } from '../state/StoreContext';
import * as sim from './controller';
import { FaultControls } from './FaultControls';
import { LiveCharts } from './LiveCharts';
import { ResultsTable } from './ResultsTable';
import { RunExports } from './RunExports';
import { SequenceView } from './SequenceView';
import { useSim } from './simStore';
import { SweepView } from './SweepView';

const SPEEDS: { value: number; label: string }[] = [
  { value: 0.25, label: '0.25×' },
  { value: 0.5, label: '0.5×' },
  { value: 1, label: '1× (real time)' },
  { value: 2, label: '2×' },
  { value: 5, label: '5×' },
  { value: 10, label: '10×' },
  { value: 50, label: '50×' },
  { value: 0, label: 'as fast as possible' },
];

const VIEWS = [
  { id: 'charts', label: 'Charts', Body: LiveCharts },
  { id: 'table', label: 'Components', Body: ResultsTable },
  { id: 'sweep', label: 'Load sweep', Body: SweepView },
  { id: 'sequence', label: 'Sequence', Body: SequenceView },
] as const;

export function SimulationPanel() {
  const [view, setView] = useState<(typeof VIEWS)[number]['id']>('charts');
  const Current = VIEWS.find((v) => v.id === view)!.Body;
  return (
    <div className="aw-sim">
      <div className="aw-sim-side">
        <RunControls />
        <FaultControls />
        <RunExports />
      </div>
      <div className="aw-sim-main">
        <div className="aw-sim-views" role="tablist" aria-label="Simulation views">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" role="tab" aria-selected={v.id === view} onClick={() => setView(v.id)}>
              {v.label}
            </button>
          ))}
          <RunNotes />
        </div>
        <div className="aw-sim-view" role="tabpanel" aria-label={VIEWS.find((v) => v.id === view)!.label}>
          <Current />
        </div>
      </div>
    </div>
  );
}

function RunControls() {
  const store = useDesignStore();
  const status = useSim((s) => s.status);
  const settings = useSim((s) => s.settings);
  const setSettings = useSim((s) => s.setSettings);
  const running = status === 'running';
  const design = () => store.getState().design;
  return (
    <div className="aw-sim-controls">
      <div className="aw-sim-buttons">
        <button type="button" className="primary" onClick={() => (running ? sim.pause() : sim.play(design()))}>
          {running ? 'Pause' : status === 'paused' ? 'Resume' : 'Run'}
        </button>
        <button type="button" onClick={() => sim.step(design())} disabled={running} title="Advance one chart bucket (1 s)">
          Step
        </button>
        <button type="button" onClick={() => sim.reset()} disabled={status === 'idle'}>
          Reset
        </button>
      </div>
      <Progress />
      <div className="aw-sim-settings">
        <label>
          Duration <span className="aw-unit">(s)</span>
          <input type="number" min={1} max={3600} step={1} value={settings.seconds} disabled={status !== 'idle' && status !== 'done'} onChange={(e) => validSeconds(e.currentTarget.valueAsNumber) && setSettings({ seconds: e.currentTarget.valueAsNumber })} />
        </label>
        <label>
          Speed
          <select value={settings.speed} onChange={(e) => sim.setSpeed(Number(e.currentTarget.value))}>
            {SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Seed
          <input type="number" min={0} step={1} value={settings.seed} disabled={status !== 'idle' && status !== 'done'} onChange={(e) => Number.isInteger(e.currentTarget.valueAsNumber) && setSettings({ seed: e.currentTarget.valueAsNumber })} />
        </label>
      </div>
    </div>
  );
}

const validSeconds = (v: number) => Number.isFinite(v) && v >= 1 && v <= 3600;

function Progress() {
  const status = useSim((s) => s.status);
  const at = useSim((s) => s.snapshot?.atMs ?? 0);
  const end = useSim((s) => s.endMs);
  const speed = useSim((s) => s.achievedSpeed);
  if (status === 'idle') return <p className="aw-sim-progress aw-muted">Ready: every component has defaults, so Run works on any design.</p>;
  return (
    <div className="aw-sim-progress">
      <progress max={end || 1} value={at} aria-label="Simulated time" />
      <span data-testid="sim-clock">
        {(at / 1000).toFixed(1)} s / {(end / 1000).toFixed(0)} s · {status}
        {status === 'running' && speed > 0 ? ` at ${speed >= 10 ? speed.toFixed(0) : speed.toFixed(1)}×` : ''}
      </span>
    </div>
  );
}

function RunNotes() {
  const stale = useSim((s) => s.stale);
  const error = useSim((s) => s.error);
  const warnings = useSim((s) => s.result?.warnings.length ?? 0);
  const first = useSim((s) => s.result?.warnings[0]);
  const sizing = useSizing((s) => s.message);
  return (
    <span className="aw-sim-notes" role="status">
      {sizing && <span data-testid="sizing-note">{sizing}</span>}
      {error && <span className="error">Simulation failed: {error}</span>}
      {stale && <span>The design changed: Reset and Run to simulate the new one.</span>}
      {warnings > 0 && <span title={first}>{warnings === 1 ? first : `${warnings} warnings: ${first}`}</span>}
    </span>
  );
}

/** The dock tab's label: shows the run's state. */
export function SimulationLabel() {
  const status = useSim((s) => s.status);
  return <>Simulation{status === 'running' ? ' ●' : status === 'paused' ? ' (paused)' : ''}</>;
}
