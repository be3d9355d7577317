/**
 * The template gallery's data: assets/templates/index.json lists the templates
 * ({ id, title, figure, description, file }); each file is an `.archway.json` design bundled
 * as its own chunk and fetched when the gallery needs it. Templates are validated like any
 * opened file before they are loaded.
 */
import { z } from 'zod';
import { validateDesign } from '../../../shared/model/document';
import type { Design } from '../../../shared/model/schema';

export interface TemplateEntry {
  id: string;
  title: string;
  /** The seed chapter's figure it comes from ("Figure 34.3"); may be empty. */
  figure: string;
  description: string;
  /** File name inside assets/templates/. */
  file: string;
}

const EntrySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  figure: z.string().default(''),
  description: z.string().default(''),
  file: z.string().regex(/^[\w.-]+\.archway\.json$/),
});
const IndexSchema = z.union([z.array(EntrySchema), z.object({ templates: z.array(EntrySchema) }).transform((o) => o.templates)]);

type Loader = () => Promise<unknown>;

const INDEX = import.meta.glob<unknown>('../../../assets/templates/index.json', { eager: true, import: 'default' });
const FILES = import.meta.glob<unknown>('../../../assets/templates/*.archway.json', { import: 'default' });

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The gallery's entries: the index's, for the files that exist; without an index, one per
 * file (titled from the file name until it is loaded).
 */
export function templateEntries(index: unknown = Object.values(INDEX)[0], files: Record<string, Loader> = FILES): TemplateEntry[] {
  const names = new Set(Object.keys(files).map(baseName));
  // null (or an unusable index) means: no index, one entry per file.
  const parsed = index == null ? undefined : IndexSchema.safeParse(index);
  if (parsed?.success) return parsed.data.filter((e) => names.has(e.file));
  return [...names].sort().map((file) => {
    const id = file.replace(/\.archway\.json$/, '');
    return { id, title: id.replace(/[-_]+/g, ' '), figure: '', description: '', file };
  });
}

export type TemplateLoad = { ok: true; design: Design } | { ok: false; error: string };

export async function loadTemplate(entry: TemplateEntry, files: Record<string, Loader> = FILES): Promise<TemplateLoad> {
  const loader = Object.entries(files).find(([path]) => baseName(path) === entry.file)?.[1];
  if (!loader) return { ok: false, error: `The template file ${entry.file} is missing.` };
  try {
    const result = validateDesign(await loader());
    return result.ok ? result : { ok: false, error: `The template "${entry.title}" is not a valid design: ${result.error}` };
  } catch (err) {
    return { ok: false, error: `Could not load the template "${entry.title}": ${(err as Error).message}` };
  }
}
