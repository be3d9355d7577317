/**
 * ELK layout time (DESIGN §7 targets: 500 nodes under 0.8 s, 2,000 under 5 s, no overlaps)
 * for generated designs with a realistic mix: clusters and groups (some nested), ranked
 * layers, hubs fanning out, edges across container borders, notes. Each design is laid out
 * as the app does (`default`: hierarchy and direction chosen by layoutDesign, which may try
 * two directions) and with each hierarchy scheme at a fixed direction, for comparison. Also
 * ELK's default options on the same graph, flat, as the reference our options are chosen
 * against, and every template's size, direction and fit zoom on 1920×1080 (target ≥ 0.75).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { BenchSection } from '../index';
import { ms, table } from '../util';
import { applyEdit } from '../../shared/model/edits';
import type { Design } from '../../shared/model/schema';
import { geometryProblems } from '../../shared/layout/check';
import { generateDesign } from '../../shared/layout/generate';
import { applyLayout, INCLUDE_MAX_NODES, layoutDesign, type LayoutOptions } from '../../shared/layout/layout';
import { rootOptions } from '../../shared/layout/options';
import { boundingBox, fitZoom } from '../../shared/layout/fit';
import { parseDesign } from '../../shared/model/document';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const TEMPLATES = fileURLToPath(new URL('../../assets/templates/', import.meta.url));

const elk = new ELK();

/** Median wall and CPU time (CPU time is the fairer figure when other work shares the machine). */
async function median(runs: number, fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

async function problems(d: Design, opts: LayoutOptions): Promise<number> {
  return geometryProblems(applyEdit(d, applyLayout(d, await layoutDesign(d, elk, opts)))).length;
}

/** The design as one flat ELK graph (no containers), for the defaults comparison. */
function flatGraph(d: Design, layoutOptions: Record<string, string>) {
  return {
    id: 'root',
    layoutOptions,
    children: d.nodes.filter((n) => n.kind !== 'layer' && n.kind !== 'cluster' && n.kind !== 'group').map((n) => ({ id: n.id, width: 180, height: 64 })),
    edges: d.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

export default {
  name: 'layout',
  async run() {
    // Warm the JIT, as in a worker that has laid out before; the first layout of a fresh
    // worker takes about twice as long.
    const cold = await median(1, () => layoutDesign(generateDesign({ components: 500, seed: 99 }), elk));
    console.log(`first (cold) layout of 500 components: ${ms(cold.wall)}`);
    for (let i = 0; i < 2; i++) await layoutDesign(generateDesign({ components: 300, seed: 98 - i, layers: 2 * i }), elk);
    const rows: Record<string, string | number>[] = [];
    for (const [components, target] of [[100, 0], [500, 800], [2000, 5000]] as const) {
      for (const layers of [0, 4]) {
        const d = generateDesign({ components, seed: 1, layers });
        const runs = components >= 2000 ? 3 : 5;
        for (const mode of ['default', 'include', 'separate'] as const) {
          // include at 2,000 components takes minutes on a shared machine; the default never uses it there.
          if (mode === 'include' && components >= 2000) continue;
          const opts: LayoutOptions = mode === 'default' ? {} : { hierarchy: mode, direction: 'DOWN' };
          const time = await median(runs, () => layoutDesign(d, elk, opts));
          const result = await layoutDesign(d, elk, opts);
          rows.push({
            components,
            nodes: d.nodes.length,
            edges: d.edges.length,
            layers,
            hierarchy: mode === 'default' ? `default (${d.nodes.length <= INCLUDE_MAX_NODES ? 'include' : 'separate'})` : mode,
            direction: result.direction ?? '',
            'median time': ms(time.wall),
            'cpu time': ms(time.cpu),
            target: target ? `< ${ms(target)}` : '',
            overlaps: await problems(d, opts),
          });
        }
      }
    }
    table(rows);
    const d = generateDesign({ components: 500, seed: 1 });
    const ours = await median(3, () => elk.layout(flatGraph(d, rootOptions('DOWN', '[top=20,left=20,bottom=20,right=20]', false))));
    const defaults = await median(3, () => elk.layout(flatGraph(d, { 'elk.algorithm': 'layered' })));
    console.log(`500 components as one flat graph: ELK defaults ${ms(defaults.wall)}, our options ${ms(ours.wall)}`);
    // Templates as shipped (scripts/templates/build.ts lays them out with layoutDesign).
    const templates: Record<string, string | number>[] = [];
    for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.archway.json')).sort()) {
      const parsed = parseDesign(readFileSync(join(TEMPLATES, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      const t = parsed.design;
      const box = boundingBox(t)!;
      const time = await median(3, () => layoutDesign(t, elk));
      const again = await layoutDesign(t, elk);
      templates.push({
        template: file.replace('.archway.json', ''),
        nodes: t.nodes.length,
        edges: t.edges.length,
        size: `${box.width}×${box.height}`,
        direction: again.direction ?? '',
        'fit zoom': fitZoom(box).toFixed(2),
        target: '≥ 0.75',
        overlaps: geometryProblems(t).length,
        'layout time': ms(time.wall),
      });
    }
    table(templates);
  },
} satisfies BenchSection;
