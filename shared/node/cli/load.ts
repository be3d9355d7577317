/**
 * Reading a design for the CLI: `.archway.json` directly; other formats through the
 * importers registered in `DESIGN_READERS` (the Mermaid importer adds `.mmd`, draw.io `.drawio`).
 * Every way a file can be unreadable (missing, a folder, too big, binary, a byte-order mark,
 * bad content) ends in a LoadError with one clear line, which main.ts prints with exit code 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDesign } from '../../model/document';
import { LIMITS, type Design } from '../../model/schema';
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

/** Bytes read at most: a UTF-8 file under the text cap can take up to this many (the same cap as the desktop app's). */
export const MAX_FILE_BYTES = 2 * LIMITS.bytes;

/** The text of a file, without a UTF-8 byte-order mark (editors on Windows write one). */
export async function readDesignText(path: string): Promise<string> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new LoadError(`Cannot read ${path}: ${err.code === 'ENOENT' ? 'no such file' : (err.code ?? err.message)}`);
  });
  if (info.isDirectory()) throw new LoadError(`${path} is a folder, not a design file`);
  if (info.size > MAX_FILE_BYTES) throw new LoadError(`${path} is ${(info.size / 1048576).toFixed(0)} MB; Archway reads files up to ${MAX_FILE_BYTES / 1048576} MB`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new LoadError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return withoutBom(text);
}

/** Editors on Windows start UTF-8 files with a byte-order mark; it is not part of the text. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export async function loadDesign(path: string): Promise<Design> {
  const lower = path.toLowerCase();
  const reader = DESIGN_READERS.find((r) => r.extensions.some((ext) => lower.endsWith(ext)));
  if (!reader) throw new LoadError(`${path}: unknown file type (expected ${DESIGN_READERS.flatMap((r) => r.extensions).join(', ')})`);
  const text = await readDesignText(path);
  const result = await reader.read(text, path);
  if (!result.ok) throw new LoadError(`${path}: ${result.error}`);
  return result.design;
}
