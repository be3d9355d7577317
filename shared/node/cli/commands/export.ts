/** `archway export <design> --to <format> [--lang ts|python] [--out PATH]` (DESIGN §6). */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORTERS } from '../../../io/registry';
import { formatReport, TargetNotEmptyError, writeTree } from '../../skeleton/write';
import { loadDesign } from '../load';
import { routeDesign } from '../../routing';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export a design as Mermaid, a sequence diagram, SVG or a code skeleton.',
  usage: 'archway export <design> --to mermaid|sequence|svg|skeleton [--lang ts|python] [--out PATH] [--force]',
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['to', 'lang', 'out', 'theme'], flags: ['force'] });
    const [file] = positionals;
    if (!file) throw new UsageError('missing <design>');
    const to = values.to;
    const def = EXPORTERS.find((e) => e.id === to);
    if (!def) throw new UsageError(`--to must be one of: ${EXPORTERS.map((e) => e.id).join(', ') || '(no exporters registered)'}`);
    const design = await loadDesign(resolve(io.cwd, file));
    const output = await def.run(design, { lang: values.lang, theme: values.theme }, { route: routeDesign });
    for (const w of output.warnings) io.err(`warning: ${w}\n`);
    if (output.kind === 'text') {
      if (values.out) await writeFile(resolve(io.cwd, values.out), output.text, 'utf8');
      else io.out(output.text);
      return EXIT.ok;
    }
    // A folder of files (code skeleton): written only inside --out, through the safe writer.
    if (output.files.length === 0) {
      io.err(`archway export: --to ${to} produced nothing to write\n`);
      return EXIT.badInput;
    }
    if (!values.out) throw new UsageError(`--to ${to} writes a folder: give --out DIR`);
    try {
      const report = await writeTree(resolve(io.cwd, values.out), output.files, { force: flags.has('force') });
      io.out(formatReport(report, values.out));
    } catch (err) {
      if (!(err instanceof TargetNotEmptyError)) throw err;
      io.err(`archway export: ${err.message}; add --force to write into it (files you edited are kept)\n`);
      return EXIT.badInput;
    }
    return EXIT.ok;
  },
});
