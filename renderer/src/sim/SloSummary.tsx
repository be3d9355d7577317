/** Per source, the estimated p99 at peak against its target (the design inspector, under the targets). */
import { useMemo } from 'react';
import { checkSlo, hasTargets } from '../../../shared/estimate/slo';
import { useDesign } from '../state/StoreContext';

const ms = (v: number): string => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : '∞ (saturated)');

export function SloSummary() {
  const design = useDesign((s) => s.design);
  const report = useMemo(() => (hasTargets(design) ? checkSlo(design) : null), [design]);
  if (!report) return null;
  const bySource = new Map(report.estimate.sources.map((s) => [s.id, s]));
  const label = (id: string) => design.nodes.find((n) => n.id === id)?.label || id;
  return (
    <table className="aw-slo" data-testid="slo-summary" aria-label="Estimated p99 at peak">
      <thead>
        <tr>
          <th>Source</th>
          <th>Peak</th>
          <th>p99 (estimate)</th>
          <th>Target</th>
        </tr>
      </thead>
      <tbody>
        {report.targets.map((t) => {
          const s = bySource.get(t.id);
          const miss = report.misses.some((m) => m.source === t.id);
          return (
            <tr key={t.id} className={miss ? 'aw-slo-miss' : undefined}>
              <td>{label(t.id)}</td>
              <td>{t.peakRate.toFixed(t.peakRate < 10 ? 1 : 0)}/s</td>
              <td>{s ? ms(s.p99Ms) : '—'}</td>
              <td>{t.p99LatencyMs !== undefined ? `${t.p99LatencyMs} ms` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
