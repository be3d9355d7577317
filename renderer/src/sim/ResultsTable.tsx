/**
 * The run's figures per component, and its latency beside the previous run's, so a change
 * to the design (or a fault) shows as before/after numbers.
 */
import type { LatencyStats, NodeResult, SimResult } from '../../../shared/sim/index';
import { useSim } from './simStore';

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const pct = (v: number) => `${Math.round(v * 100)}%`;
const num = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

export function ResultsTable() {
  const result = useSim((s) => s.result);
  const previous = useSim((s) => s.previous);
  if (!result && !previous) return <p className="aw-empty">Run the simulation to see figures per component.</p>;
  const before = new Map(previous?.nodes.map((n) => [n.id, n]));
  return (
    <div className="aw-sim-results">
      <div className="aw-sim-compare">
        <RunSummary title="This run" result={result} />
        <RunSummary title="Previous run" result={previous} />
      </div>
      {result && (
        <table className="aw-table aw-sim-table" aria-label="Results per component">
          <thead>
            <tr>
              <th>Component</th>
              <th>Utilization</th>
              <th>Throughput/s</th>
              <th>Mean queue</th>
              <th>Max queue</th>
              <th>Response ms</th>
              <th>Drops</th>
              <th>Timeouts</th>
              <th>Retries</th>
              <th>Errors</th>
            </tr>
          </thead>
          <tbody>
            {result.nodes.map((n) => (
              <Row key={n.id} n={n} was={before.get(n.id)} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Row({ n, was }: { n: NodeResult; was: NodeResult | undefined }) {
  const cell = (v: number, fmt: (v: number) => string, prev: number | undefined) => (
    <td>
      {fmt(v)}
      {prev !== undefined && fmt(prev) !== fmt(v) && <span className="aw-sim-was"> was {fmt(prev)}</span>}
    </td>
  );
  return (
    <tr data-node={n.id}>
      <th scope="row">{n.label}</th>
      {cell(n.utilization, pct, was?.utilization)}
      {cell(n.throughput, num, was?.throughput)}
      {cell(n.meanQueue, num, was?.meanQueue)}
      {cell(n.maxQueue, String, was?.maxQueue)}
      {cell(n.meanResponseMs, ms, was?.meanResponseMs)}
      {cell(n.drops, String, was?.drops)}
      {cell(n.timeouts, String, was?.timeouts)}
      {cell(n.retries, String, was?.retries)}
      {cell(n.errors, String, was?.errors)}
    </tr>
  );
}

function RunSummary({ title, result }: { title: string; result: SimResult | null }) {
  return (
    <section className="aw-sim-summary" aria-label={title}>
      <h4>{title}</h4>
      {result ? (
        <>
          <p className="aw-muted">
            {result.seconds} s, seed {result.seed} · {result.overall.count} messages finished · {result.inFlight} in flight
          </p>
          <table className="aw-table">
            <thead>
              <tr>
                <th>Source</th>
                <th>p50</th>
                <th>p95</th>
                <th>p99</th>
                <th>Failed</th>
              </tr>
            </thead>
            <tbody>
              {result.latency.map((l) => (
                <LatencyRow key={l.id} label={l.label} stats={l} failed={l.failed} />
              ))}
              {result.latency.length > 1 && <LatencyRow label="All sources" stats={result.overall} failed={result.latency.reduce((s, l) => s + l.failed, 0)} />}
            </tbody>
          </table>
        </>
      ) : (
        <p className="aw-muted">None yet: run again after a change to compare.</p>
      )}
    </section>
  );
}

function LatencyRow({ label, stats, failed }: { label: string; stats: LatencyStats; failed: number }) {
  // The 95 % interval (batch means) follows each figure; a wide one (> 10 %) is marked.
  const v = (x: number, hw: number | null) =>
    stats.count > 0 ? (
      <>
        {ms(x)} ms
        {hw !== null && (
          <span className={hw > 0.1 * x ? 'aw-ci aw-ci-wide' : 'aw-ci'} title={hw > 0.1 * x ? '95 % interval wider than 10 %: run longer for a steadier figure' : '95 % confidence interval'}>
            {' '}± {ms(hw)}
          </span>
        )}
      </>
    ) : (
      '—'
    );
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{v(stats.p50, stats.ci?.p50 ?? null)}</td>
      <td>{v(stats.p95, stats.ci?.p95 ?? null)}</td>
      <td>{v(stats.p99, stats.ci?.p99 ?? null)}</td>
      <td>{failed}</td>
    </tr>
  );
}
