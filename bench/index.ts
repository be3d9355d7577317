/**
 * `npm run bench`: runs every section in bench/sections/ (one file per area: check,
 * simulation, layout, mermaid, drag, routing, readability) and prints its figures beside the DESIGN §7 targets.
 * A section exports `default: { name, run(): Promise<void> }` and prints its own table.
 * `npm run bench -- drag sim` runs only the sections whose names contain those words.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface BenchSection {
  name: string;
  run: () => Promise<void>;
}

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'sections');
const only = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
for (const file of files) {
  const section = (await import(pathToFileURL(join(dir, file)).href)).default as BenchSection;
  if (only.length && !only.some((w) => section.name.includes(w) || file.includes(w))) continue;
  console.log(`\n== ${section.name} ==`);
  const t0 = performance.now();
  await section.run();
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
