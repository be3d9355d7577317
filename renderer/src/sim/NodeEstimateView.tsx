/** The inspector's estimate for one component: its figures and what drives them; for a source, its targets. */
import { checkSlo, describeNode, hasTargets } from '../../../shared/estimate/slo';
import type { SloTargets } from '../../../shared/model/schema';
import { NumberField } from '../panels/fields';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { estimateOf } from './estimateView';

const ms = (v: number): string => (!Number.isFinite(v) ? '∞' : v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);

export function NodeEstimateView({ id, source }: { id: string; source: boolean }) {
  const store = useDesignStore();
  const design = useDesign((s) => s.design);
  const est = estimateOf(design);
  const n = est.nodes.find((x) => x.id === id);
  if (!n) return null;
  const s = est.sources.find((x) => x.id === id);
  const req = design.requirements;
  const own = req.sources?.[id] ?? {};
  const setTarget = (key: keyof SloTargets, v: number | null) => {
    const next: SloTargets = { ...own };
    if (v === null) delete next[key];
    else next[key] = v;
    const sources = { ...req.sources };
    if (Object.keys(next).length) sources[id] = next;
    else delete sources[id];
    const requirements = { ...req };
    if (Object.keys(sources).length) requirements.sources = sources;
    else delete requirements.sources;
    store.getState().apply({ type: 'updateDocument', requirements });
  };
  const miss = hasTargets(design) ? checkSlo(design).misses.find((m) => m.source === id) : undefined;
  return (
    <fieldset className="aw-fieldset" data-testid="node-estimate">
      <legend>Estimate (no run needed)</legend>
      <dl className="aw-figures">
        <dt>Utilization</dt>
        <dd>{n.saturated ? `${Math.round(n.utilization * 100)} % — saturated at about ${(n.saturatesAtScale * 100).toFixed(0)} % of today's load` : `${(n.utilization * 100).toFixed(1)} %`}</dd>
        <dt>Offered</dt>
        <dd>{n.offeredRate.toFixed(1)} jobs/s (capacity {Number.isFinite(n.capacity) ? n.capacity.toFixed(1) : '∞'})</dd>
        <dt>Wait + response</dt>
        <dd>
          {ms(n.waitMs)} queued · {ms(n.responseMs)} per job
        </dd>
        {s && (
          <>
            <dt>End to end</dt>
            <dd>
              mean {ms(s.meanMs)} · p95 {ms(s.p95Ms)} · p99 {ms(s.p99Ms)}
            </dd>
          </>
        )}
      </dl>
      <p className="aw-muted">{describeNode(n)}</p>
      {source && (
        <>
          <NumberField label="p99 target for this source" unit="ms" value={own.p99LatencyMs} min={0.001} nullable onCommit={(v) => setTarget('p99LatencyMs', v)} />
          <NumberField label="Peak rate of this source" unit="msg/s" value={own.peakRate} min={0} nullable onCommit={(v) => setTarget('peakRate', v)} />
          {miss && <p className="aw-slo-miss">Misses its target at peak{miss.bottleneck ? `; bottleneck: ${design.nodes.find((x) => x.id === miss.bottleneck)?.label ?? miss.bottleneck}` : ''}.</p>}
        </>
      )}
    </fieldset>
  );
}
