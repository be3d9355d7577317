/** Fault injection: fail or slow the selected component, cut or slow the selected edge, now or at a time. */
import { useState } from 'react';
import type { Fault } from '../../../shared/sim/index';
import { useDesign } from '../state/StoreContext';
import type { DesignState } from '../state/designStore';
import { injectFault } from './controller';
import { useSim } from './simStore';

type Target = { type: 'node' | 'edge'; id: string; label: string } | null;

/** The one selected component or edge, as a string so the panel re-renders only when it changes. */
function selectedKey(s: DesignState): string {
  const n = s.nodes.find((x) => x.selected);
  if (n) return `node\u0000${n.id}\u0000${n.data.node.label || n.id}`;
  const e = s.edges.find((x) => x.selected);
  if (e) {
    const d = e.data!.edge;
    return `edge\u0000${e.id}\u0000${d.label || `${d.source} → ${d.target}`}`;
  }
  return '';
}

function parse(key: string): Target {
  if (!key) return null;
  const [type, id, label] = key.split('\u0000') as ['node' | 'edge', string, string];
  return { type, id, label };
}

const KINDS: Record<'node' | 'edge', { kind: Fault['kind']; label: string }[]> = {
  node: [
    { kind: 'fail', label: 'Fail it' },
    { kind: 'slow', label: 'Slow it down' },
  ],
  edge: [
    { kind: 'cut', label: 'Cut it' },
    { kind: 'slow', label: 'Slow it down' },
  ],
};

export function FaultControls() {
  const target = parse(useDesign(selectedKey));
  const faults = useSim((s) => s.faults);
  const design = useDesign((s) => s.design);
  const nameOf = (id: string) => design.nodes.find((n) => n.id === id)?.label || design.edges.find((e) => e.id === id)?.label || id;
  const [kind, setKind] = useState<Fault['kind']>('fail');
  const [at, setAt] = useState('');
  const [factor, setFactor] = useState(10);
  const choices = target ? KINDS[target.type] : [];
  const chosen = choices.find((c) => c.kind === kind) ?? choices[0];

  const inject = () => {
    if (!target || !chosen) return;
    const atS = at.trim() === '' ? 0 : Number(at);
    if (!Number.isFinite(atS) || atS < 0) return;
    injectFault({ kind: chosen.kind, target: target.id, atMs: atS * 1000, ...(chosen.kind === 'slow' ? { factor } : {}) });
  };

  return (
    <fieldset className="aw-fieldset aw-sim-faults">
      <legend>Fault injection</legend>
      <p className="aw-sim-target" data-testid="fault-target">
        {target ? (
          <>
            {target.type === 'node' ? 'Component' : 'Edge'}: <strong>{target.label}</strong>
          </>
        ) : (
          <span className="aw-muted">Select a component or an edge on the canvas.</span>
        )}
      </p>
      <div className="aw-sim-fault-row">
        <label>
          Fault
          <select value={chosen?.kind ?? ''} onChange={(e) => setKind(e.currentTarget.value as Fault['kind'])} disabled={!target}>
            {choices.map((c) => (
              <option key={c.kind} value={c.kind}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {chosen?.kind === 'slow' && (
          <label>
            Factor
            <input type="number" min={1} step={1} value={factor} onChange={(e) => e.currentTarget.valueAsNumber >= 1 && setFactor(e.currentTarget.valueAsNumber)} />
          </label>
        )}
        <label>
          At <span className="aw-unit">(s)</span>
          <input type="number" min={0} step="any" placeholder="now" value={at} onChange={(e) => setAt(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={inject} disabled={!target}>
          Inject fault
        </button>
      </div>
      {faults.length > 0 && (
        <ul className="aw-sim-fault-list" aria-label="Injected faults">
          {faults.map((f, i) => (
            <li key={i}>
              {(f.atMs / 1000).toFixed(1)} s: {f.kind}
              {f.kind === 'slow' ? ` ×${f.factor ?? 10}` : ''} {nameOf(f.target)}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
