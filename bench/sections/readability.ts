/**
 * Readability of every drawing Archway ships (issue 12, "Done when"), measured from the SVG
 * that the real CLI writes (`node bin/archway.mjs export … --to svg`): every template, and
 * every seed figure first imported with `archway import`. Per drawing: components, edges,
 * edges through a component that is not theirs (target 0), overlapping components (target 0),
 * edge crossings, edges over a container's title, and the zoom at which the drawing fits
 * 1920×1080 with 40 px margins (target ≥ 0.75). Then the routing time of each template,
 * in-process with a warm router (target < 50 ms).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchSection } from '../index';
import { ms, table } from '../util';
import { measureSvg } from '../../shared/io/svg/measure';
import { loadDesign } from '../../shared/node/cli/load';
import { routeDesign, loadAvoid } from '../../shared/node/routing';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'archway.mjs');
const templatesDir = join(root, 'assets', 'templates');
const seedDir = join(root, 'shared', 'io', 'mermaid', 'fixtures', 'seed');

async function svgOf(design: string, out: string): Promise<string> {
  await run(process.execPath, [cli, 'export', design, '--to', 'svg', '--out', out]);
  return readFile(out, 'utf8');
}

export default {
  name: 'readability',
  async run() {
    const tmp = await mkdtemp(join(tmpdir(), 'archway-readability-'));
    try {
      const drawings: { name: string; file: string }[] = [];
      for (const f of (await readdir(templatesDir)).filter((f) => f.endsWith('.archway.json')).sort()) drawings.push({ name: f.replace('.archway.json', ''), file: join(templatesDir, f) });
      for (const f of (await readdir(seedDir)).filter((f) => f.endsWith('.mmd')).sort()) {
        const out = join(tmp, `${basename(f, '.mmd')}.archway.json`);
        try {
          await run(process.execPath, [cli, 'import', join(seedDir, f), '--out', out]);
          drawings.push({ name: `seed ${basename(f, '.mmd')}`, file: out });
        } catch (err) {
          // The import exits non-zero when the figure has error-level problems; the file is still written.
          const written = await readFile(out, 'utf8').then(() => true, () => false);
          if (written) drawings.push({ name: `seed ${basename(f, '.mmd')} (import reported problems)`, file: out });
          else console.log(`seed ${f}: import failed: ${(err as { stderr?: string }).stderr?.trim().split('\n')[0] ?? String(err)}`);
        }
      }
      const rows: Record<string, string | number>[] = [];
      for (const d of drawings) {
        const m = measureSvg(await svgOf(d.file, join(tmp, 'out.svg')));
        rows.push({
          drawing: d.name,
          components: m.components,
          edges: m.edges,
          'through a component': m.passThroughs,
          overlaps: m.overlaps,
          crossings: m.crossings,
          'over a title': m.headerCrossings,
          'fit zoom': m.fitZoom.toFixed(2),
          'fit ≥ 0.75': m.fitZoom >= 0.75 ? 'yes' : 'NO',
        });
      }
      table(rows);

      await loadAvoid();
      const times: Record<string, string | number>[] = [];
      for (const d of drawings.filter((d) => !d.name.startsWith('seed'))) {
        const design = await loadDesign(d.file);
        await routeDesign(design);
        const runs: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await routeDesign(design);
          runs.push(performance.now() - t0);
        }
        times.push({ template: d.name, 'route (median of 5)': ms(runs.sort((a, b) => a - b)[2]!), target: '< 50 ms' });
      }
      table(times);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  },
} satisfies BenchSection;
