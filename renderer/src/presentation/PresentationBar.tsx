/** The presenter's bar: step through the problems one by one, each framed on the canvas. */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useFrameElements } from '../panels/ProblemsPanel';
import * as sim from '../sim/controller';
import { useSim } from '../sim/simStore';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { usePresentation } from './presentationStore';

export function PresentationBar() {
  const { on, step, go, exit } = usePresentation();
  const problems = useDesign((s) => s.check.problems).filter((p) => !p.suppressed);
  const frame = useFrameElements();
  const store = useDesignStore();
  const simStatus = useSim((s) => s.status);
  const current = step >= 0 ? problems[step] : undefined;
  const flow = useReactFlow();
  // Entering presentation mode hides the panels and may go full screen: fit the design to
  // the canvas each time its size settles, until the presenter steps to a problem.
  useEffect(() => {
    if (!on) return;
    const el = document.querySelector('.react-flow');
    const fit = () => usePresentation.getState().step < 0 && void flow.fitView({ maxZoom: 1.2, padding: 0.1 });
    const first = requestAnimationFrame(fit);
    const observer = el ? new ResizeObserver(() => requestAnimationFrame(fit)) : undefined;
    if (el) observer!.observe(el);
    return () => {
      cancelAnimationFrame(first);
      observer?.disconnect();
    };
  }, [on, flow]);
  useEffect(() => {
    if (current) frame(current.nodes, current.edges);
  }, [step, current?.key]);
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') exit();
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(Math.min(step + 1, problems.length - 1));
      if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(Math.max(step - 1, 0));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, step, problems.length, go, exit]);
  if (!on) return null;
  return (
    <div className="aw-presenter" role="region" aria-label="Presentation">
      <button type="button" onClick={() => go(Math.max(step - 1, 0))} disabled={step <= 0}>
        ‹ Previous
      </button>
      <div className="aw-presenter-text" aria-live="polite">
        {problems.length === 0
          ? 'No problems: the design follows its patterns.'
          : current
            ? `Problem ${step + 1} of ${problems.length} (${current.severity}): ${current.message}`
            : `${problems.length} problems — press Next to step through them.`}
      </div>
      <button type="button" onClick={() => go(Math.min(step + 1, problems.length - 1))} disabled={step >= problems.length - 1}>
        Next ›
      </button>
      <span className="aw-presenter-sim" role="group" aria-label="Simulation">
        {simStatus === 'running' ? (
          <button type="button" onClick={() => sim.pause()}>
            Pause simulation
          </button>
        ) : (
          <button type="button" onClick={() => sim.play(store.getState().design)}>
            Run simulation
          </button>
        )}
        <button type="button" onClick={() => sim.step(store.getState().design)}>
          Step
        </button>
      </span>
      <button type="button" onClick={exit}>
        Exit presentation
      </button>
    </div>
  );
}
