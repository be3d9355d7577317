/**
 * Service-level targets against the estimate (requirements/slo, `archway size`, the app's
 * "Size for the targets"). Targets are read at peak load: a source's own `peakRate`, else its
 * rate scaled so that all sources together carry the design-wide `peakRate`, else its rate.
 */
import { kindDef } from '../catalog/kinds';
import { nodeProps } from '../graph/index';
import type { Design } from '../model/schema';
import { estimate } from './estimate';
import type { Estimate, NodeEstimate } from './types';

export interface SourceTarget {
  id: string;
  /** Messages per second at peak. */
  peakRate: number;
  p99LatencyMs?: number;
  /** A peak rate was asked for (the design must carry it without saturating). */
  carries: boolean;
}

export interface SloMiss {
  source: string;
  kind: 'p99' | 'saturated';
  /** The estimated p99 at peak (Infinity when something on the way saturates). */
  p99Ms: number;
  targetMs?: number;
  peakRate: number;
  /** The component to give more capacity. */
  bottleneck?: string;
}

export interface SloReport {
  targets: SourceTarget[];
  misses: SloMiss[];
  estimate: Estimate;
}

/** Whether the design declares any latency or peak-rate target. */
export function hasTargets(design: Design): boolean {
  const r = design.requirements;
  return r.p99LatencyMs !== undefined || r.peakRate !== undefined || Object.values(r.sources ?? {}).some((t) => t.p99LatencyMs !== undefined || t.peakRate !== undefined);
}

/** Per emitting source, its peak rate and p99 target. `peakRate` overrides the design-wide one (the CLI's --peak-rate). */
export function sourceTargets(design: Design, peakRate?: number): SourceTarget[] {
  const r = design.requirements;
  const designPeak = peakRate ?? r.peakRate;
  const sources = design.nodes.filter((n) => kindDef(n.kind).source && (nodeProps(n).rate ?? 0) > 0);
  const total = sources.reduce((a, n) => a + (nodeProps(n).rate ?? 0), 0);
  const scale = designPeak !== undefined && total > 0 ? designPeak / total : 1;
  return sources.map((n) => {
    const own = r.sources?.[n.id];
    const rate = nodeProps(n).rate ?? 0;
    const t: SourceTarget = { id: n.id, peakRate: own?.peakRate ?? rate * scale, carries: own?.peakRate !== undefined || designPeak !== undefined };
    const p99 = own?.p99LatencyMs ?? r.p99LatencyMs;
    if (p99 !== undefined) t.p99LatencyMs = p99;
    return t;
  });
}

/** The estimate at peak and every target it misses. */
export function checkSlo(design: Design, opts: { replicas?: Readonly<Record<string, number>>; peakRate?: number } = {}): SloReport {
  const targets = sourceTargets(design, opts.peakRate);
  const sourceRates: Record<string, number> = {};
  for (const t of targets) sourceRates[t.id] = t.peakRate;
  const est = estimate(design, { sourceRates, ...(opts.replicas ? { replicas: opts.replicas } : {}) });
  const bySource = new Map(est.sources.map((s) => [s.id, s]));
  const misses: SloMiss[] = [];
  for (const t of targets) {
    const s = bySource.get(t.id);
    if (!s) continue;
    const base = { source: t.id, p99Ms: s.p99Ms, peakRate: t.peakRate, ...(s.bottleneck ? { bottleneck: s.bottleneck } : {}) };
    if (t.p99LatencyMs !== undefined && !(s.p99Ms <= t.p99LatencyMs)) misses.push({ ...base, kind: 'p99', targetMs: t.p99LatencyMs });
    else if (t.carries && !Number.isFinite(s.p99Ms)) misses.push({ ...base, kind: 'saturated' });
  }
  return { targets, misses, estimate: est };
}

export interface SizingChange {
  id: string;
  label: string;
  from: number;
  to: number;
}

export interface Sizing {
  /** Whether the targets are met with the replicas found. */
  met: boolean;
  /** Replicas per component id, for every component the search changed. */
  replicas: Record<string, number>;
  changes: SizingChange[];
  before: SloReport;
  after: SloReport;
  /** Estimates evaluated by the search. */
  evaluations: number;
}

/** Most replicas the search gives one component (the schema's cap). */
const MAX_REPLICAS = 100_000;
const MAX_STEPS = 400;
/** Components tried per step when no component saturates: the largest queueing delays on the missing sources' paths. */
const CANDIDATES = 8;

/**
 * The fewest replicas meeting the targets, by search over the estimator: saturated
 * components first get just enough replicas for ρ < 1, then the replica that lowers the
 * worst miss most is added one at a time, and finally each added replica is taken back if
 * the targets still hold without it.
 */
export function sizeForTargets(design: Design, opts: { peakRate?: number } = {}): Sizing {
  const current = new Map<string, number>();
  const labels = new Map<string, string>();
  const sizable = new Set<string>();
  for (const n of design.nodes) {
    const def = kindDef(n.kind);
    if (def.container || def.annotation) continue;
    current.set(n.id, nodeProps(n).replicas ?? 1);
    labels.set(n.id, n.label || n.id);
    if (!def.source) sizable.add(n.id);
  }
  const replicas: Record<string, number> = {};
  const get = (id: string): number => replicas[id] ?? current.get(id)!;
  let evaluations = 0;
  const check = (): SloReport => {
    evaluations++;
    return checkSlo(design, { replicas, ...(opts.peakRate !== undefined ? { peakRate: opts.peakRate } : {}) });
  };
  const before = check();
  let report = before;
  /** How far from met: the worst p99 over its target (Infinity while anything saturates). */
  const badness = (r: SloReport): number => r.misses.reduce((m, x) => Math.max(m, x.kind === 'saturated' || !Number.isFinite(x.p99Ms) ? Infinity : x.p99Ms / x.targetMs!), 0);
  for (let step = 0; step < MAX_STEPS && report.misses.length > 0; step++) {
    const nodes = new Map(report.estimate.nodes.map((n) => [n.id, n]));
    // 1. Saturated components on a missing source's way: enough replicas for ρ < 1.
    const saturated = reachedBy(design, report).filter((id) => sizable.has(id) && nodes.get(id)!.saturated);
    if (saturated.length > 0) {
      for (const id of saturated) {
        const n = nodes.get(id)!;
        replicas[id] = Math.min(MAX_REPLICAS, Math.max(get(id) + 1, Math.ceil(get(id) * n.utilization * 1.02)));
      }
      report = check();
      continue;
    }
    // 2. One more replica where it helps the worst miss most.
    const candidates = reachedBy(design, report)
      .filter((id) => sizable.has(id) && get(id) < MAX_REPLICAS)
      .map((id) => nodes.get(id)!)
      .filter((n) => n.waitMs > 0 || n.syncWaitMs > 0)
      .sort((a, b) => b.waitMs - a.waitMs || (a.id < b.id ? -1 : 1))
      .slice(0, CANDIDATES);
    const now = badness(report);
    let best: { id: string; report: SloReport; score: number } | undefined;
    for (const n of candidates) {
      replicas[n.id] = get(n.id) + 1;
      const r = check();
      const score = badness(r);
      if (!best || score < best.score) best = { id: n.id, report: r, score };
      replicas[n.id] = get(n.id) - 1;
      if (replicas[n.id] === current.get(n.id)) delete replicas[n.id];
    }
    if (!best || !(best.score < now) && best.report.misses.length >= report.misses.length) break;
    replicas[best.id] = get(best.id) + 1;
    report = best.report;
  }
  // 3. The fewest: take back added replicas the result does not need. Met targets stay met;
  // when they cannot be met, only replicas that end a saturation stay.
  const met = report.misses.length === 0;
  const score = badness(report);
  for (const id of Object.keys(replicas).sort()) {
    while (get(id) > current.get(id)!) {
      replicas[id] = get(id) - 1;
      const r = check();
      if (met ? r.misses.length > 0 : r.misses.length > report.misses.length || (Number.isFinite(score) && !Number.isFinite(badness(r)))) {
        replicas[id] = get(id) + 1;
        break;
      }
    }
    if (replicas[id] === current.get(id)) delete replicas[id];
  }
  report = check();
  const changes = Object.keys(replicas)
    .sort()
    .map((id) => ({ id, label: labels.get(id)!, from: current.get(id)!, to: replicas[id]! }));
  return { met: report.misses.length === 0, replicas, changes, before, after: report, evaluations };
}

/** Components the missing sources' messages reach. */
function reachedBy(design: Design, report: SloReport): string[] {
  const missing = new Set(report.misses.map((m) => m.source));
  const out = new Map<string, string[]>();
  for (const e of design.edges) {
    const from = e.delivery === 'pull' ? e.target : e.source;
    const to = e.delivery === 'pull' ? e.source : e.target;
    let list = out.get(from);
    if (!list) out.set(from, (list = []));
    list.push(to);
  }
  const seen = new Set<string>(missing);
  const stack = [...missing];
  while (stack.length > 0) for (const t of out.get(stack.pop()!) ?? []) if (!seen.has(t)) seen.add(t), stack.push(t);
  return [...seen].sort();
}

/** One line on what drives a component's estimate (the inspector, rule messages). */
export function describeNode(n: NodeEstimate): string {
  if (n.offeredRate === 0) return 'receives no messages';
  const util = `${(n.utilization * 100).toFixed(n.utilization < 0.1 ? 1 : 0)} % busy`;
  const sync = n.syncWaitMs > 0.05 ? ` + ${n.syncWaitMs.toFixed(1)} ms waiting for sync replies` : '';
  return `${n.offeredRate.toFixed(1)} jobs/s × (${n.serviceMs} ms service${sync}) over ${n.servers} server${n.servers === 1 ? '' : 's'}: ${util}`;
}
