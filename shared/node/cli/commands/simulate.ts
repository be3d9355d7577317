/** `archway simulate <design> [--seconds N] [--seed S] [--json]` (DESIGN §6). */
import { resolve } from 'node:path';
import { createSimulation } from '../../../sim/simulate';
import type { SimResult } from '../../../sim/types';
import { loadDesign } from '../load';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

const MAX_SECONDS = 24 * 3600;

export const simulateCommand = defineCommand({
  name: 'simulate',
  summary: 'Simulate message flow: per-component utilization, throughput, queues, drops, timeouts; latency percentiles per source.',
  usage:
    'archway simulate <design> [--seconds N] [--seed S] [--warmup N|auto] [--rate-scale X] [--max-events N] [--budget-seconds N] [--json] [--wall-time]\n' +
    '  --warmup: seconds left out at the start (default auto: MSER-5). --max-events / --budget-seconds: stop early (default 300 s of computing)\n' +
    '  and report the time simulated so far. Progress goes to stderr every second. --json is byte-identical for identical inputs;\n' +
    '  --wall-time adds the computing time (totals.wallMs) to it.',
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['seconds', 'seed', 'warmup', 'rate-scale', 'max-events', 'budget-seconds'], flags: ['json', 'wall-time'] });
    const [file] = positionals;
    if (!file) throw new UsageError('missing <design>');
    const seconds = numberFlag(values.seconds, 'seconds', 60, (n) => n > 0 && n <= MAX_SECONDS, `a number of seconds in (0, ${MAX_SECONDS}]`);
    const seed = numberFlag(values.seed, 'seed', 1, (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32, 'an integer in [0, 2^32)');
    const warmupSeconds = values.warmup === 'auto' ? 'auto' : numberFlag(values.warmup, 'warmup', 'auto', (n) => n >= 0 && n < seconds, 'auto or a number of seconds below --seconds');
    const rateScale = numberFlag(values['rate-scale'], 'rate-scale', 1, (n) => n >= 0 && n <= 1000, 'a factor in [0, 1000]');
    const maxEvents = numberFlag(values['max-events'], 'max-events', Infinity, (n) => Number.isInteger(n) && n > 0, 'a whole number of events above 0');
    const budget = numberFlag(values['budget-seconds'], 'budget-seconds', 300, (n) => n > 0 && n <= 86_400, 'a number of seconds in (0, 86400]');
    const design = await loadDesign(resolve(io.cwd, file));
    const sim = createSimulation(design, { seconds, seed, warmupSeconds, rateScale, maxEvents, maxWallMs: budget * 1000 });
    // Steps of 1 % of the run, so progress can be told; a step itself stops at the budget.
    const step = sim.endMs / 100;
    const started = Date.now();
    let told = started;
    while (sim.now < sim.endMs) {
      sim.runUntil(Math.min(sim.endMs, sim.now + step));
      if (Date.now() - told >= 1000) {
        told = Date.now();
        io.err(`simulated ${(sim.now / 1000).toFixed(1)} s of ${seconds} s (${Math.floor((100 * sim.now) / Math.max(1, sim.endMs))} %) in ${((told - started) / 1000).toFixed(0)} s\n`);
      }
    }
    const result = sim.result();
    for (const w of result.warnings) io.err(`warning: ${w}\n`);
    io.err(`computed in ${(result.totals.wallMs / 1000).toFixed(2)} s\n`);
    io.out(flags.has('json') ? jsonResult(result, flags.has('wall-time')) : formatResult(result));
    return EXIT.ok;
  },
});

/** The result as JSON; the wall-clock time (the only figure that differs between identical runs) only when asked. */
export function jsonResult(r: SimResult, wallTime: boolean): string {
  const totals: Partial<SimResult['totals']> = { ...r.totals };
  if (!wallTime) delete totals.wallMs;
  return JSON.stringify({ ...r, totals }, null, 2) + '\n';
}

function numberFlag<T extends number | string>(raw: string | undefined, name: string, fallback: T, ok: (n: number) => boolean, what: string): number | T {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || !ok(n)) throw new UsageError(`--${name} must be ${what}, not "${raw}"`);
  return n;
}

/** The text report: one table of components, one of latency per source. */
export function formatResult(r: SimResult): string {
  const out: string[] = [];
  const measured = r.totals.simulatedMs / 1000 - r.warmupSeconds;
  const warm = r.warmupSeconds ? `, warm-up ${secs(r.warmupSeconds)} s (${r.warmup.method === 'MSER-5' ? 'MSER-5' : 'fixed'})` : r.warmup.method === 'MSER-5' ? ', no warm-up needed (MSER-5)' : '';
  out.push(`Simulated ${secs(r.totals.simulatedMs / 1000)} s (seed ${r.seed}${warm}${r.rateScale !== 1 ? `, rates × ${r.rateScale}` : ''}): ${r.totals.events.toLocaleString('en-US')} events. ± is the 95 % interval (${r.batches} batch means).`);
  if (r.stopped) out.push(`The run ${r.stopped}.`);
  out.push('');
  out.push(
    table(
      ['component', 'kind', 'util', 'msg/s', 'queue', 'max q', 'drops', 'timeouts', 'retries', 'errors', 'resp ms'],
      r.nodes.map((n) => [n.label, n.kind, pct(n.utilization), pm(n.throughput, n.ci.throughput), num(n.meanQueue), String(n.maxQueue), String(n.drops), String(n.timeouts), String(n.retries), String(n.errors), pm(n.meanResponseMs, n.ci.meanResponseMs)]),
      2,
    ),
  );
  out.push('');
  if (r.latency.length === 0) out.push('No sources emit messages: give a client or event source a rate, or a scheduler an edge.');
  else
    out.push(
      table(
        ['source', 'completed', 'msg/s', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'failed'],
        r.latency.map((l) => [l.label, String(l.count), num(measured > 0 ? l.count / measured : 0), pm(l.p50, l.ci.p50), pm(l.p95, l.ci.p95), pm(l.p99, l.ci.p99), pm(l.mean, l.ci.mean), failedText(l)]),
        1,
      ),
    );
  if (r.inFlight > 0) out.push(`\n${r.inFlight} messages were still in flight at the end and are not in the latency figures.`);
  return out.join('\n') + '\n';
}

/** Fixed-width columns; the first `textColumns` are left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][], textColumns: number): string {
  const clip = (s: string): string => {
    const one = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return one.length > 40 ? `${one.slice(0, 39)}…` : one;
  };
  const all = [header, ...rows].map((row) => row.map(clip));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  return all.map((row) => row.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

const pm = (v: number, hw: number | null): string => (hw === null || v === 0 ? num(v) : `${num(v)} ± ${num(hw)}`);
const failedText = (l: SimResult['latency'][number]): string =>
  l.failed === 0 ? '0' : `${l.failed} (${[l.failures.dropped && `${l.failures.dropped} dropped`, l.failures.timedOut && `${l.failures.timedOut} timed out`, l.failures.errors && `${l.failures.errors} errors`].filter(Boolean).join(', ')})`;
const secs = (v: number): string => String(Number(v.toFixed(1)));
const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
const num = (v: number): string => (v === 0 ? '0' : v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(1) : v.toFixed(0));
