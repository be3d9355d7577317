/** `archway simulate <design> [--seconds N] [--seed S] [--json]` (DESIGN §6). */
import { resolve } from 'node:path';
import { simulate } from '../../../sim/simulate';
import type { SimResult } from '../../../sim/types';
import { loadDesign } from '../load';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

const MAX_SECONDS = 24 * 3600;

export const simulateCommand = defineCommand({
  name: 'simulate',
  summary: 'Simulate message flow: per-component utilization, throughput, queues, drops, timeouts; latency percentiles per source.',
  usage: 'archway simulate <design> [--seconds N] [--seed S] [--warmup N] [--rate-scale X] [--json]',
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['seconds', 'seed', 'warmup', 'rate-scale'], flags: ['json'] });
    const [file] = positionals;
    if (!file) throw new UsageError('missing <design>');
    const seconds = numberFlag(values.seconds, 'seconds', 60, (n) => n > 0 && n <= MAX_SECONDS, `a number of seconds in (0, ${MAX_SECONDS}]`);
    const seed = numberFlag(values.seed, 'seed', 1, (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32, 'an integer in [0, 2^32)');
    const warmupSeconds = numberFlag(values.warmup, 'warmup', 0, (n) => n >= 0 && n < seconds, 'a number of seconds below --seconds');
    const rateScale = numberFlag(values['rate-scale'], 'rate-scale', 1, (n) => n >= 0 && n <= 1000, 'a factor in [0, 1000]');
    const design = await loadDesign(resolve(io.cwd, file));
    const result = simulate(design, { seconds, seed, warmupSeconds, rateScale });
    for (const w of result.warnings) io.err(`warning: ${w}\n`);
    io.out(flags.has('json') ? JSON.stringify(result, null, 2) + '\n' : formatResult(result));
    return EXIT.ok;
  },
});

function numberFlag(raw: string | undefined, name: string, fallback: number, ok: (n: number) => boolean, what: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || !ok(n)) throw new UsageError(`--${name} must be ${what}, not "${raw}"`);
  return n;
}

/** The text report: one table of components, one of latency per source. */
export function formatResult(r: SimResult): string {
  const out: string[] = [];
  const measured = r.seconds - r.warmupSeconds;
  out.push(`Simulated ${r.seconds} s (seed ${r.seed}${r.warmupSeconds ? `, warm-up ${r.warmupSeconds} s` : ''}${r.rateScale !== 1 ? `, rates × ${r.rateScale}` : ''}): ${r.totals.events.toLocaleString('en-US')} events in ${(r.totals.wallMs / 1000).toFixed(2)} s.`);
  out.push('');
  out.push(
    table(
      ['component', 'kind', 'util', 'msg/s', 'queue', 'max q', 'drops', 'timeouts', 'retries', 'errors', 'resp ms'],
      r.nodes.map((n) => [n.label, n.kind, pct(n.utilization), num(n.throughput), num(n.meanQueue), String(n.maxQueue), String(n.drops), String(n.timeouts), String(n.retries), String(n.errors), num(n.meanResponseMs)]),
      2,
    ),
  );
  out.push('');
  if (r.latency.length === 0) out.push('No sources emit messages: give a client or event source a rate, or a scheduler an edge.');
  else
    out.push(
      table(
        ['source', 'messages', 'msg/s', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'failed'],
        r.latency.map((l) => [l.label, String(l.count), num(measured > 0 ? l.count / measured : 0), num(l.p50), num(l.p95), num(l.p99), num(l.mean), String(l.failed)]),
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

const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
const num = (v: number): string => (v === 0 ? '0' : v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(1) : v.toFixed(0));
