/** `archway import <design.mmd> --out <design.archway.json>` (DESIGN §6). */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeDesign } from '../../../model/document';
import { readMermaid } from '../../mermaid/read';
import { withoutBom } from '../load';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import a Mermaid flowchart as an Archway design (kinds and edge attributes inferred, laid out automatically).',
  usage: 'archway import <design.mmd> [--out <design.archway.json>] [--force]',
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['out'], flags: ['force'] });
    const [file] = positionals;
    if (!file) throw new UsageError('missing <design.mmd>');
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    let text: string;
    try {
      text = withoutBom(await readFile(resolve(io.cwd, file), 'utf8'));
    } catch (err) {
      io.err(`archway import: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return EXIT.badInput;
    }
    const result = await readMermaid(text);
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
