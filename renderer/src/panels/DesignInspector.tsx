/** With nothing selected, the inspector edits the design itself: metadata, requirements, rule settings. */
import { LATENCY_CLASSES, PATTERNS, SEVERITIES, TEAMS, type Requirements, type Settings } from '../../../shared/model/schema';
import { recommendPatterns, RULES } from '../../../shared/rules/index';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { NumberField, SelectField, TextField } from './fields';
import { SloSummary } from '../sim/SloSummary';

const UNSET = '(not set)';

export function DesignInspector() {
  const store = useDesignStore();
  const design = useDesign((s) => s.design);
  const patterns = useDesign((s) => s.check.patterns);
  const { requirements: req, settings } = design;
  const apply = store.getState().apply;
  const setReq = (r: Requirements) => apply({ type: 'updateDocument', requirements: r });
  const setSettings = (s: Settings) => apply({ type: 'updateDocument', settings: s });
  const drop = <T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T => {
    const next = { ...obj };
    if (value === undefined) delete next[key];
    else next[key] = value;
    return next;
  };
  const rec = recommendPatterns(req);
  return (
    <form className="aw-form" onSubmit={(e) => e.preventDefault()} aria-label="Design properties">
      <TextField label="Title" value={design.metadata.title} onCommit={(title) => apply({ type: 'updateDocument', metadata: { title } })} />
      <TextField label="Description" value={design.metadata.description} onCommit={(description) => apply({ type: 'updateDocument', metadata: { description } })} />
      <p className="aw-muted" data-testid="detected-patterns">
        Patterns: {patterns.length ? patterns.join(', ') : 'none detected yet'}
      </p>
      <fieldset className="aw-fieldset">
        <legend>Requirements</legend>
        <SelectField label="Latency" value={req.latency ?? UNSET} options={[UNSET, ...LATENCY_CLASSES]} onCommit={(v) => setReq(drop(req, 'latency', v === UNSET ? undefined : v))} />
        <NumberField label="Throughput" unit="msg/s" value={req.throughput} min={0} nullable onCommit={(v) => setReq(drop(req, 'throughput', v ?? undefined))} />
        <SelectField label="Team" value={req.team ?? UNSET} options={[UNSET, ...TEAMS]} onCommit={(v) => setReq(drop(req, 'team', v === UNSET ? undefined : v))} />
        {/* Service-level targets (requirements/slo, Size for the targets). */}
        <NumberField label="p99 latency target" unit="ms" value={req.p99LatencyMs} min={0.001} nullable onCommit={(v) => setReq(drop(req, 'p99LatencyMs', v ?? undefined))} />
        <NumberField label="Peak rate (all sources)" unit="msg/s" value={req.peakRate} min={0} nullable onCommit={(v) => setReq(drop(req, 'peakRate', v ?? undefined))} />
        <SloSummary />
        {rec.dimensions.length > 0 && <p className="aw-recommend">{rec.explanation}</p>}
      </fieldset>
      <fieldset className="aw-fieldset">
        <legend>Rules</legend>
        <label className="aw-checkbox">
          <input type="checkbox" checked={settings.relaxedLayering ?? false} onChange={(e) => setSettings(drop(settings, 'relaxedLayering', e.currentTarget.checked || undefined))} />
          Relaxed layering (allow skipping layers)
        </label>
        <NumberField label="Longest sync chain" value={settings.syncChainMax ?? 3} min={1} step={1} onCommit={(v) => setSettings(drop(settings, 'syncChainMax', v ?? undefined))} />
        <NumberField label="Service bus fan-out limit" value={settings.busFanOutMax ?? 8} min={1} step={1} onCommit={(v) => setSettings(drop(settings, 'busFanOutMax', v ?? undefined))} />
        <div className="aw-field">
          <span className="aw-muted">Declared patterns (their rules apply before their components exist)</span>
          {PATTERNS.map((p) => (
            <label key={p} className="aw-checkbox">
              <input
                type="checkbox"
                checked={settings.patterns?.includes(p) ?? false}
                onChange={(e) => {
                  const next = new Set(settings.patterns ?? []);
                  if (e.currentTarget.checked) next.add(p);
                  else next.delete(p);
                  setSettings(drop(settings, 'patterns', next.size ? PATTERNS.filter((x) => next.has(x)) : undefined));
                }}
              />
              {p}
            </label>
          ))}
        </div>
        <details>
          <summary>Severity per rule</summary>
          {RULES.map((r) => (
            <SelectField
              key={r.id}
              label={r.id}
              value={settings.severity?.[r.id] ?? `default (${r.severity})`}
              options={[`default (${r.severity})`, ...SEVERITIES, 'off']}
              onCommit={(v) => {
                const severity = { ...settings.severity };
                if (v.startsWith('default')) delete severity[r.id];
                else severity[r.id] = v as (typeof SEVERITIES)[number] | 'off';
                setSettings(drop(settings, 'severity', Object.keys(severity).length ? severity : undefined));
              }}
            />
          ))}
        </details>
      </fieldset>
    </form>
  );
}
