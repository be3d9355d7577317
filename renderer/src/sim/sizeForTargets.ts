/**
 * Simulate → Size for the Targets: the fewest replicas meeting the SLO targets at peak
 * (shared/estimate/slo.ts), applied as one undoable edit, then confirmed by a short
 * simulation of the sized design at peak load (at most 3 s of computing). The outcome is
 * shown in the simulation panel's notes.
 */
import { create } from 'zustand';
import { hasTargets, sizeForTargets, sourceTargets } from '../../../shared/estimate/slo';
import type { DesignEdit } from '../../../shared/model/edits';
import type { Design } from '../../../shared/model/schema';
import { simulate } from '../../../shared/sim/simulate';
import type { DesignStore } from '../state/designStore';
import { useUi } from '../state/uiStore';

export const useSizing = create<{ message: string | null }>()(() => ({ message: null }));

const ms = (v: number): string => (Number.isFinite(v) ? `${Math.round(v)} ms` : '∞');

export function sizeForTargetsCommand(store: DesignStore): void {
  const design = store.getState().design;
  useUi.getState().setDockTab('simulation');
  if (!hasTargets(design)) {
    useSizing.setState({ message: 'Set a p99 latency target or a peak rate first (Design inspector, with nothing selected).' });
    return;
  }
  const sizing = sizeForTargets(design);
  if (sizing.changes.length === 0) {
    useSizing.setState({ message: sizing.met ? 'The design already meets its targets: nothing to change.' : 'No replica count meets the targets: a fixed delay (network latency, batch window, poll interval) dominates.' });
    return;
  }
  const edits: DesignEdit[] = sizing.changes.map((c) => {
    const node = design.nodes.find((n) => n.id === c.id)!;
    return { type: 'updateNode', id: c.id, patch: { properties: { ...node.properties, replicas: c.to } } };
  });
  store.getState().apply({ type: 'batch', edits });
  const sized = store.getState().design;
  const changed = sizing.changes.map((c) => `${c.label} ${c.from}→${c.to}`).join(', ');
  useSizing.setState({ message: `Sized (one undo step): replicas ${changed}. ${confirm(sized)}` });
}

/** A 60 s simulation at peak: each source's p99 against its target. */
function confirm(design: Design): string {
  const targets = sourceTargets(design);
  const peak = new Map(targets.map((t) => [t.id, t.peakRate]));
  const atPeak: Design = { ...design, nodes: design.nodes.map((n) => (peak.has(n.id) ? { ...n, properties: { ...n.properties, rate: peak.get(n.id)! } } : n)) };
  const r = simulate(atPeak, { seconds: 60, seed: 1, traceSamples: 0, maxWallMs: 3000 });
  const parts = targets
    .filter((t) => t.p99LatencyMs !== undefined)
    .map((t) => {
      const l = r.latency.find((x) => x.id === t.id);
      const p99 = l && l.count > 0 ? l.p99 : Infinity;
      return `${design.nodes.find((n) => n.id === t.id)?.label ?? t.id} p99 ${ms(p99)} ${p99 <= t.p99LatencyMs! ? '≤' : '>'} ${ms(t.p99LatencyMs!)}`;
    });
  const saturated = r.nodes.filter((n) => n.utilization >= 0.99).map((n) => n.label);
  return `Simulation at peak (${r.totals.simulatedMs / 1000} s): ${parts.length ? parts.join('; ') : 'ran'}${saturated.length ? `; saturated: ${saturated.join(', ')}` : '; nothing saturated'}.`;
}
