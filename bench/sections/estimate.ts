/**
 * The queueing-network estimator (issue 16): time per edit on generated designs of 100 /
 * 1,000 / 5,000 components (target under 2 ms at 1,000), and its accuracy against the
 * simulator on the templates, a sync chain, fan-out and batching (target within 15 %).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from '../index';
import { ms, table } from '../util';
import { applyEdit } from '../../shared/model/edits';
import { parseDesign } from '../../shared/model/document';
import type { Design } from '../../shared/model/schema';
import { estimate } from '../../shared/estimate/estimate';
import { checkSlo } from '../../shared/estimate/slo';
import { accuracyRows, accuracyTable, syntheticCases, templateCases } from '../../shared/testing/estimate-accuracy';
import { generateDesign, randomEdit, rng, type EditKind } from './check';

const TEMPLATES = join(fileURLToPath(new URL('.', import.meta.url)), '../../assets/templates');
function template(name: string): Design {
  const r = parseDesign(readFileSync(join(TEMPLATES, `${name}.archway.json`), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.design;
}

const KINDS: EditKind[] = ['relabel', 'add edge', 'remove edge', 'change timing'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

const section: BenchSection = {
  name: 'estimate',
  async run() {
    const rows: Record<string, string | number>[] = [];
    for (const n of [100, 1000, 5000]) {
      let d = generateDesign(n, 2 * n, 7);
      // Targets make the SLO check do its work too.
      d = { ...d, requirements: { ...d.requirements, p99LatencyMs: 500 } };
      const rand = rng(n);
      for (let i = 0; i < 2; i++) estimate(d); // warm-up (JIT)
      const est: number[] = [];
      const slo: number[] = [];
      for (let i = 0; i < (n >= 5000 ? 8 : 24); i++) {
        d = applyEdit(d, randomEdit(d, KINDS[i % KINDS.length]!, rand, i));
        let t = performance.now();
        estimate(d);
        est.push(performance.now() - t);
        t = performance.now();
        checkSlo(d);
        slo.push(performance.now() - t);
      }
      const comps = estimate(d).nodes.length;
      rows.push({ components: comps, edges: d.edges.length, 'estimate per edit (median)': ms(median(est)), 'p95': ms(p95(est)), 'SLO check per edit (median)': ms(median(slo)) });
    }
    table(rows);
    console.log('Target: under 2 ms per edit at 1,000 components (the estimator recomputes from scratch; a node\'s parsed properties are cached by identity).');
    console.log('\nAccuracy against the simulator (600 s, seed 1; target within 15 % of the simulated mean):');
    console.log(accuracyTable(accuracyRows([...templateCases(template), ...syntheticCases()], 600, 1)));
  },
};

export default section;
