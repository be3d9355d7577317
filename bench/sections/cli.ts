/**
 * CLI start-up, as CI runs it: `node bin/archway.mjs check <file>` in a fresh process, wall
 * time (median and best of several runs) and CPU time of the child. Targets (issue 17): a
 * 20-component JSON design under 0.3 s, a Mermaid file under 1 s (mermaid and jsdom load only
 * then). Builds the CLI bundle first so the figures are of the current code; also shows the
 * start from source through tsx for comparison. On a loaded machine wall time grows with
 * the load; CPU time (user + system) shows what the CLI itself costs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from '../index';
import { table } from '../util';
import { serializeDesign } from '../../shared/model/document';
import { exportMermaid } from '../../shared/io/mermaid/export';
import { exportDrawio } from '../../shared/io/drawio/export';
import { design } from '../../shared/testing/builder';
import type { Design } from '../../shared/model/schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/archway.mjs');

/** Twenty components: a gateway, services with their stores, a broker and its consumers. */
export function twentyComponents(): Design {
  const b = design().title('Twenty components').node('ui', 'client').node('gw', 'api-gateway').node('reg', 'service-registry').node('bus', 'event-broker').node('mon', 'monitoring');
  b.edge('ui', 'gw');
  for (let i = 1; i <= 5; i++) {
    b.node(`s${i}`, 'microservice', { label: `Service ${i}` }).node(`db${i}`, 'database', { label: `Store ${i}` });
    b.edge('gw', `s${i}`).edge(`s${i}`, `db${i}`).edge(`s${i}`, 'bus', 'event-stream').edge(`s${i}`, 'reg', 'async-message');
  }
  for (let i = 1; i <= 5; i++) b.node(`p${i}`, 'event-processor', { label: `Processor ${i}` }).edge('bus', `p${i}`, 'event-stream').edge(`p${i}`, 'mon', 'async-message');
  return b.build();
}

/** Wall times of `runs` fresh processes after one warm-up run (which fills the file cache). */
function time(args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): { median: number; best: number } {
  const walls: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    const wall = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) walls.push(wall);
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)]!, best: walls[0]! };
}

/** User + system CPU seconds of a child, from bash's `times` (portable enough for the bench). */
function cpuOf(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} >/dev/null 2>&1; times`], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  // The second line of `times` is the children's user and system time, e.g. "0m0.210s 0m0.040s".
  const line = r.stdout.trim().split('\n')[1] ?? '';
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return secs.reduce((a, b) => a + b, 0);
}

const section: BenchSection = {
  name: 'CLI start-up (node bin/archway.mjs check)',
  async run() {
    const { buildCli } = (await import(new URL('../../scripts/build-cli.mjs', import.meta.url).href)) as { buildCli: (o?: { quiet?: boolean }) => Promise<unknown> };
    await buildCli({ quiet: true });
    const dir = await mkdtemp(join(tmpdir(), 'archway-bench-cli-'));
    try {
      const d = twentyComponents();
      const json = join(dir, 'twenty.archway.json');
      const mmd = join(dir, 'twenty.mmd');
      const drawio = join(dir, 'twenty.drawio');
      await writeFile(json, serializeDesign(d));
      await writeFile(mmd, exportMermaid(d).text);
      await writeFile(drawio, exportDrawio(d).text);
      const runs = 3;
      const rows: Record<string, string | number>[] = [];
      const row = (what: string, args: string[], target: number | undefined, env: NodeJS.ProcessEnv = process.env) => {
        const t = time(args, runs, env);
        const cpu = cpuOf(args, env);
        rows.push({
          run: what,
          'wall median': `${(t.median / 1000).toFixed(2)} s`,
          'wall best': `${(t.best / 1000).toFixed(2)} s`,
          'cpu (user+sys)': `${cpu.toFixed(2)} s`,
          target: target === undefined ? '—' : `< ${target} s`,
          met: target === undefined ? '—' : t.median / 1000 < target ? 'yes' : t.best / 1000 < target ? 'best run only' : 'no',
        });
      };
      row('check twenty.archway.json (bundle)', [BIN, 'check', json], 0.3);
      row('check twenty.drawio (bundle)', [BIN, 'check', drawio], 0.3);
      row('check twenty.mmd (bundle, loads mermaid + jsdom)', [BIN, 'check', mmd], 1);
      row('check twenty.archway.json (from source via tsx)', [BIN, 'check', json], undefined, { ...process.env, ARCHWAY_CLI_FROM_SOURCE: '1' });
      table(rows);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default section;
