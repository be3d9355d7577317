/**
 * `archway size <design> [--peak-rate N] [--json]`: the fewest replicas per component that
 * meet the design's SLO targets at peak (shared/estimate/slo.ts), confirmed by a simulation
 * of the sized design at peak load.
 */
import { resolve } from 'node:path';
import { sizeForTargets, sourceTargets, type Sizing } from '../../../estimate/slo';
import type { Design } from '../../../model/schema';
import { simulate } from '../../../sim/simulate';
import type { SimResult } from '../../../sim/types';
import { loadDesign } from '../load';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

export interface SizeReport {
  met: boolean;
  changes: Sizing['changes'];
  sources: { id: string; peakRate: number; p99TargetMs: number | null; estimateBeforeMs: number | null; estimateAfterMs: number | null; simulatedP99Ms: number | null; simulatedP99HalfWidthMs: number | null; simulatedMet: boolean | null }[];
  /** Saturated components before and after, by id. */
  saturatedBefore: string[];
  saturatedAfter: string[];
  evaluations: number;
  simulation: { seconds: number; seed: number; warnings: string[] };
}

export const sizeCommand = defineCommand({
  name: 'size',
  summary: 'Find the fewest replicas per component that meet the latency and peak-rate targets, and confirm them by simulation.',
  usage:
    'archway size <design> [--peak-rate N] [--seconds N] [--seed S] [--json]\n' +
    '  Targets come from requirements (p99LatencyMs, peakRate, per source under sources); --peak-rate sets the design-wide peak (msg/s).\n' +
    '  Exit 0 when the targets are met, 1 when no replica count meets them.',
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['peak-rate', 'seconds', 'seed'], flags: ['json'] });
    const [file] = positionals;
    if (!file) throw new UsageError('missing <design>');
    const peak = values['peak-rate'] === undefined ? undefined : Number(values['peak-rate']);
    if (peak !== undefined && !(Number.isFinite(peak) && peak > 0 && peak <= 1e9)) throw new UsageError(`--peak-rate must be a number of messages per second in (0, 1e9], not "${values['peak-rate']}"`);
    const seconds = values.seconds === undefined ? 120 : Number(values.seconds);
    if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= 86_400)) throw new UsageError(`--seconds must be in (0, 86400], not "${values.seconds}"`);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!(Number.isInteger(seed) && seed >= 0)) throw new UsageError(`--seed must be a whole number, not "${values.seed}"`);
    const design = await loadDesign(resolve(io.cwd, file));
    const targets = sourceTargets(design, peak);
    if (targets.length === 0) {
      io.err('error: no source emits messages (give a client or event source a rate)\n');
      return EXIT.badInput;
    }
    if (peak === undefined && !targets.some((t) => t.p99LatencyMs !== undefined || t.carries)) {
      io.err('error: the design declares no target: set requirements.p99LatencyMs or peakRate (or per source under requirements.sources), or pass --peak-rate\n');
      return EXIT.badInput;
    }
    const sizing = sizeForTargets(design, peak === undefined ? {} : { peakRate: peak });
    const sim = simulate(atPeak(withReplicas(design, sizing.replicas), targets), { seconds, seed, traceSamples: 0, maxWallMs: 120_000 });
    const report = buildReport(sizing, sim, targets, seconds, seed);
    for (const w of sim.warnings) io.err(`warning (simulation): ${w}\n`);
    io.out(flags.has('json') ? JSON.stringify(report, null, 2) + '\n' : formatSize(report));
    return report.met ? EXIT.ok : EXIT.findings;
  },
});

/** The design with the replicas the search found. */
export function withReplicas(design: Design, replicas: Readonly<Record<string, number>>): Design {
  return { ...design, nodes: design.nodes.map((n) => (replicas[n.id] === undefined ? n : { ...n, properties: { ...n.properties, replicas: replicas[n.id] } })) };
}

/** The design with each source emitting its peak rate. */
function atPeak(design: Design, targets: ReturnType<typeof sourceTargets>): Design {
  const peak = new Map(targets.map((t) => [t.id, t.peakRate]));
  return { ...design, nodes: design.nodes.map((n) => (peak.has(n.id) ? { ...n, properties: { ...n.properties, rate: peak.get(n.id)! } } : n)) };
}

const finite = (v: number | undefined): number | null => (v === undefined || !Number.isFinite(v) ? null : v);

function buildReport(s: Sizing, sim: SimResult, targets: ReturnType<typeof sourceTargets>, seconds: number, seed: number): SizeReport {
  const before = new Map(s.before.estimate.sources.map((x) => [x.id, x]));
  const after = new Map(s.after.estimate.sources.map((x) => [x.id, x]));
  const simulated = new Map(sim.latency.map((l) => [l.id, l]));
  const sources = targets.map((t) => {
    const l = simulated.get(t.id);
    const p99 = l && l.count > 0 ? l.p99 : null;
    const hw = l?.ci.p99 ?? null;
    const saturatedInSim = sim.nodes.some((n) => n.utilization >= 0.99);
    const simMet = p99 === null ? null : t.p99LatencyMs !== undefined ? p99 <= t.p99LatencyMs && !saturatedInSim : !saturatedInSim;
    return {
      id: t.id,
      peakRate: t.peakRate,
      p99TargetMs: t.p99LatencyMs ?? null,
      estimateBeforeMs: finite(before.get(t.id)?.p99Ms),
      estimateAfterMs: finite(after.get(t.id)?.p99Ms),
      simulatedP99Ms: p99,
      simulatedP99HalfWidthMs: hw,
      simulatedMet: simMet,
    };
  });
  return {
    met: s.met,
    changes: s.changes,
    sources,
    saturatedBefore: s.before.estimate.saturated,
    saturatedAfter: s.after.estimate.saturated,
    evaluations: s.evaluations,
    simulation: { seconds: sim.totals.simulatedMs / 1000, seed, warnings: sim.warnings },
  };
}

function formatSize(r: SizeReport): string {
  const out: string[] = [];
  const ms = (v: number | null): string => (v === null ? '∞' : v < 10 ? v.toFixed(1) : v.toFixed(0));
  if (r.changes.length === 0) out.push(r.met ? 'The design meets its targets as it is: no change needed.' : 'No replica count meets the targets: a fixed delay (network latency, batch window, poll interval) or a source dominates.');
  else {
    out.push(r.met ? `Meets the targets with ${r.changes.length} change${r.changes.length > 1 ? 's' : ''}:` : 'Cannot meet every target; these changes end the saturation:');
    for (const c of r.changes) out.push(`  ${c.label}: replicas ${c.from} → ${c.to}`);
  }
  if (r.saturatedBefore.length) out.push(`Saturated at peak before: ${r.saturatedBefore.join(', ')}${r.saturatedAfter.length ? `; after: ${r.saturatedAfter.join(', ')}` : '; after: none'}.`);
  out.push('');
  out.push('source      peak msg/s   p99 target   estimate before → after   simulated p99 (95% CI)   met');
  for (const s of r.sources) {
    const sim = s.simulatedP99Ms === null ? 'no messages' : `${ms(s.simulatedP99Ms)}${s.simulatedP99HalfWidthMs !== null ? ` ± ${ms(s.simulatedP99HalfWidthMs)}` : ''} ms`;
    out.push(
      `${s.id.slice(0, 10).padEnd(10)}  ${s.peakRate.toFixed(1).padStart(10)}   ${(s.p99TargetMs === null ? '—' : `${ms(s.p99TargetMs)} ms`).padStart(10)}   ${`${ms(s.estimateBeforeMs)} → ${ms(s.estimateAfterMs)} ms`.padStart(23)}   ${sim.padStart(22)}   ${s.simulatedMet === null ? '?' : s.simulatedMet ? 'yes' : 'no'}`,
    );
  }
  out.push('');
  out.push(`Searched ${r.evaluations} estimates; confirmed by ${r.simulation.seconds} s of simulation at peak (seed ${r.simulation.seed}).`);
  return out.join('\n') + '\n';
}
