/**
 * `archway import <design.mmd|design.drawio> [--out <design.archway.json>] [--force]
 * [--page NAME|N] [--all-pages]` (DESIGN §6). Mermaid is parsed by mermaid itself (loaded only
 * here, when Mermaid text is read) and laid out; draw.io keeps its positions.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { drawioTitle, isDrawioFileName } from '../../../io/drawio/files';
import { serializeDesign } from '../../../model/document';
import type { Design } from '../../../model/schema';
import { withoutBom } from '../load';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

type Read = { ok: true; design: Design; warnings: string[]; laidOut: boolean } | { ok: false; error: string };

async function readDrawio(text: string, opts: { page?: string; allPages: boolean; title: string }): Promise<Read> {
  const { importDrawio } = await import('../../../io/drawio/import');
  const r = importDrawio(text, opts);
  return r.ok ? { ok: true, design: r.design, warnings: r.warnings, laidOut: false } : r;
}

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import a Mermaid flowchart (kinds and edge attributes inferred, laid out automatically) or a draw.io diagram (shapes mapped to kinds, positions kept) as an Archway design.',
  usage: 'archway import <design.mmd|design.drawio|design.drawio.svg|design.xml> [--out <design.archway.json>] [--force] [--page NAME|N] [--all-pages]',
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['out', 'page'], flags: ['force', 'all-pages'] });
    const [file] = positionals;
    if (!file) throw new UsageError('missing <design.mmd|design.drawio>');
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const drawio = isDrawioFileName(file);
    if (!drawio && (values.page !== undefined || flags.has('all-pages'))) throw new UsageError('--page and --all-pages apply to draw.io files');
    if (values.page !== undefined && flags.has('all-pages')) throw new UsageError('give either --page or --all-pages');
    let text: string;
    try {
      text = withoutBom(await readFile(resolve(io.cwd, file), 'utf8'));
    } catch (err) {
      io.err(`archway import: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return EXIT.badInput;
    }
    const result: Read = drawio
      ? await readDrawio(text, { page: values.page, allPages: flags.has('all-pages'), title: drawioTitle(file) })
      : await (await import('../../mermaid/read')).readMermaid(text);
    if (!result.ok) {
      io.err(`archway import: ${file}: ${result.error}\n`);
      return EXIT.badInput;
    }
    for (const w of result.warnings) io.err(`warning: ${w}\n`);
    const json = serializeDesign(result.design);
    if (!values.out) {
      io.out(json);
      return EXIT.ok;
    }
    try {
      // `wx` refuses to replace an existing file unless --force says so.
      await writeFile(resolve(io.cwd, values.out), json, { encoding: 'utf8', flag: flags.has('force') ? 'w' : 'wx' });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      io.err(`archway import: cannot write ${values.out}: ${code === 'EEXIST' ? 'the file exists (add --force to replace it)' : (code ?? (err as Error).message)}\n`);
      return EXIT.badInput;
    }
    const { nodes, edges } = result.design;
    io.err(`Imported ${nodes.length} nodes and ${edges.length} edges${result.laidOut ? ' (laid out automatically)' : ''} into ${values.out}\n`);
    return EXIT.ok;
  },
});
