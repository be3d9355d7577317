/**
 * The problems of the live check, by severity. Clicking one selects and frames its elements;
 * a quick fix is one undoable edit; a problem can be suppressed on its element with a reason.
 */
import { useReactFlow } from '@xyflow/react';
import { memo, useState } from 'react';
import { suppressEdit, unsuppressEdit, type Problem } from '../../../shared/rules/index';
import type { FlowNode } from '../state/flowModel';
import { useDesign, useDesignStore } from '../state/StoreContext';

export function ProblemsPanel() {
  const problems = useDesign((s) => s.check.problems);
  if (problems.length === 0) return <p className="aw-empty">No problems: the design follows the rules of its patterns.</p>;
  return (
    <ul className="aw-problems" aria-label="Problems">
      {problems.map((p) => (
        <ProblemRow key={p.key} problem={p} />
      ))}
    </ul>
  );
}

export function useFrameElements() {
  const store = useDesignStore();
  const flow = useReactFlow<FlowNode>();
  return (nodeIds: string[], edgeIds: string[]) => {
    const s = store.getState();
    s.select(nodeIds, edgeIds);
    const ends = s.design.edges.filter((e) => edgeIds.includes(e.id)).flatMap((e) => [e.source, e.target]);
    const frame = [...new Set([...nodeIds, ...ends])];
    if (frame.length) void flow.fitView({ nodes: frame.map((id) => ({ id })), duration: 250, padding: 0.4, maxZoom: 1.2 });
  };
}

const ProblemRow = memo(function ProblemRow({ problem: p }: { problem: Problem }) {
  const store = useDesignStore();
  const frame = useFrameElements();
  const [reason, setReason] = useState<string | null>(null);
  const apply = (edit: Parameters<ReturnType<typeof store.getState>['apply']>[0]) => store.getState().apply(edit);
  return (
    <li
      className={`aw-problem${p.suppressed ? ' suppressed' : ''}`}
      tabIndex={0}
      data-rule={p.rule}
      aria-label={`${p.severity}: ${p.message}`}
      onClick={() => frame(p.nodes, p.edges)}
      onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && frame(p.nodes, p.edges)}
    >
      <span className={`sev ${p.severity}`} role="img" aria-label={p.severity} />
      <span className="msg">{p.message}</span>
      <span className="meta">
        {p.rule} — {p.suppressed ? `suppressed: ${p.suppressed.reason || 'no reason given'}` : p.hint}
      </span>
      <span className="actions" onClick={(e) => e.stopPropagation()}>
        {!p.suppressed &&
          p.fixes.map((f) => (
            <button key={f.label} type="button" className="fix" onClick={() => apply(f.apply(store.getState().design))}>
              {f.label}
            </button>
          ))}
        {p.suppressed ? (
          <button type="button" onClick={() => apply(unsuppressEdit(p, store.getState().design))}>
            Unsuppress
          </button>
        ) : reason === null ? (
          <button type="button" onClick={() => setReason('')}>
            Suppress…
          </button>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              apply(suppressEdit(p, reason, store.getState().design));
              setReason(null);
            }}
          >
            <input aria-label="Reason for suppressing" placeholder="Why is this acceptable?" value={reason} autoFocus onChange={(e) => setReason(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Escape' && setReason(null)} />
            <button type="submit">Suppress</button>
          </form>
        )}
      </span>
    </li>
  );
});
