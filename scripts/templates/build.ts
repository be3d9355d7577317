/**
 * `npx tsx scripts/templates/build.ts`: writes assets/templates/<id>.archway.json and
 * index.json from the seed's Mermaid figures (catalog.ts), laid out by ELK. Prints what the
 * checker finds in each raw import and each finished template.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetDrawing } from '../../shared/io/mermaid/forget';
import { serializeDesign, validateDesign } from '../../shared/model/document';
import { autoLayout } from '../../shared/node/mermaid/layout';
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

const index = [];
for (const t of TEMPLATES) {
  const read = await readMermaid(await readFile(join(SEED, t.source), 'utf8'));
  if (!read.ok) throw new Error(`${t.source}: ${read.error}`);
  console.log(`${t.figure} raw import: ${await checkSummary(read.design)}`);
  // Templates are Archway's own designs: drop how the seed figure was drawn.
  let d = forgetDrawing(read.design);
  for (const step of t.steps) d = step(d);
  d = meta(t.title, `${t.description} (After the seed chapter's ${t.figure}.)`, { requirements: d.requirements })(d);
  const valid = validateDesign(await autoLayout(d));
  if (!valid.ok) throw new Error(`${t.id}: ${valid.error}`);
  console.log(`${t.figure} template:   ${await checkSummary(valid.design)}`);
  const file = `${t.id}.archway.json`;
  await writeFile(join(OUT, file), serializeDesign(valid.design));
  index.push({ id: t.id, title: t.title, figure: t.figure, description: t.description, file });
}
await writeFile(join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`Wrote ${index.length} templates to assets/templates/`);
