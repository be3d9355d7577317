/**
 * Reading a design for the CLI: `.archway.json` directly; other formats through the
 * importers registered in `DESIGN_READERS` (the Mermaid importer adds `.mmd`, draw.io `.drawio`).
 */
import { readFile } from 'node:fs/promises';
import { parseDesign } from '../../model/document';
import type { Design } from '../../model/schema';
import { drawioReader } from './drawioReader';

export interface DesignReader {
  /** Lower-case file name endings, e.g. ['.mmd', '.mermaid']. */
  extensions: string[];
  read: (text: string, path: string) => Promise<{ ok: true; design: Design } | { ok: false; error: string }>;
}

export const DESIGN_READERS: DesignReader[] = [
  { extensions: ['.archway.json', '.json'], read: async (text) => parseDesign(text) },
  // Mermaid's importer (and mermaid, jsdom, ELK behind it) loads only when Mermaid text is read.
  { extensions: ['.mmd', '.mermaid'], read: async (text) => (await import('../mermaid/read')).readMermaid(text) },
  drawioReader,
];

export class LoadError extends Error {}

export async function loadDesign(path: string): Promise<Design> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new LoadError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const lower = path.toLowerCase();
  const reader = DESIGN_READERS.find((r) => r.extensions.some((ext) => lower.endsWith(ext)));
  if (!reader) throw new LoadError(`${path}: unknown file type (expected ${DESIGN_READERS.flatMap((r) => r.extensions).join(', ')})`);
  const result = await reader.read(text, path);
  if (!result.ok) throw new LoadError(`${path}: ${result.error}`);
  return result.design;
}
