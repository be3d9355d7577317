/**
 * `npx tsx scripts/templates/build.ts`: writes assets/templates/<id>.archway.json and
 * index.json from the seed's Mermaid figures (catalog.ts), laid out by ELK. Prints what the
 * checker finds in each raw import and each finished template, and a table of each
 * template's laid-out size, direction and the zoom at which it fits 1920×1080.
 *
 * Direction: a figure drawn left-right (`graph LR`) keeps it; for a top-down figure (Mermaid's
 * default) the layout picks whichever of top-down and left-right fits the screen best.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetDrawing } from '../../shared/io/mermaid/forget';
import { serializeDesign, validateDesign } from '../../shared/model/document';
import ELK from 'elkjs/lib/elk.bundled.js';
import { boundingBox, fitZoom } from '../../shared/layout/fit';
import { applyLayout, layoutDesign } from '../../shared/layout/layout';
import { applyEdit } from '../../shared/model/edits';
import type { Design, Direction } from '../../shared/model/schema';
import { readMermaid } from '../../shared/node/mermaid/read';
import { TEMPLATES } from './catalog';
import { meta } from './edit';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'shared/io/mermaid/fixtures/seed');
const OUT = join(ROOT, 'assets/templates');

async function checkSummary(design: Parameters<typeof serializeDesign>[0]): Promise<string> {
  try {
    const { checkDesign } = await import('../../shared/rules/index');
    const r = checkDesign(design);
    return r.problems.filter((p) => !p.suppressed).map((p) => `${p.severity} ${p.rule}`).join(', ') || 'no problems';
  } catch (err) {
    return `(checker unavailable: ${(err as Error).message})`;
  }
}

/** The direction a figure's first line asks for when it is not Mermaid's default top-down. */
function figureDirection(text: string): Direction | undefined {
  const m = /^\s*(?:graph|flowchart)\s+(LR|RL|BT)\b/i.exec(text);
  return m ? (m[1]!.toUpperCase() as Direction) : undefined;
}

const elk = new ELK();
const index = [];
const table: Record<string, string | number>[] = [];
for (const t of TEMPLATES) {
  const text = await readFile(join(SEED, t.source), 'utf8');
  const read = await readMermaid(text);
  if (!read.ok) throw new Error(`${t.source}: ${read.error}`);
  console.log(`${t.figure} raw import: ${await checkSummary(read.design)}`);
  // Templates are Archway's own designs: drop how the seed figure was drawn.
  let d = forgetDrawing(read.design);
  for (const step of t.steps) d = step(d);
  d = meta(t.title, `${t.description} (After the seed chapter's ${t.figure}.)`, { requirements: d.requirements })(d);
  const { direction: _imported, ...settings } = d.settings;
  const wanted = figureDirection(text);
  d = { ...d, settings: wanted ? { ...settings, direction: wanted } : settings };
  const layout = await layoutDesign(d, elk);
  const laidOut: Design = applyEdit(d, applyLayout(d, layout));
  const box = boundingBox(laidOut)!;
  table.push({ template: t.id, components: d.nodes.length, edges: d.edges.length, size: `${box.width}×${box.height}`, direction: `${layout.direction}${wanted ? ' (figure)' : ' (best fit)'}`, 'fit zoom': fitZoom(box).toFixed(2) });
  const valid = validateDesign(laidOut);
  if (!valid.ok) throw new Error(`${t.id}: ${valid.error}`);
  console.log(`${t.figure} template:   ${await checkSummary(valid.design)}`);
  const file = `${t.id}.archway.json`;
  await writeFile(join(OUT, file), serializeDesign(valid.design));
  index.push({ id: t.id, title: t.title, figure: t.figure, description: t.description, file });
}
await writeFile(join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.table(table);
console.log(`Wrote ${index.length} templates to assets/templates/`);
