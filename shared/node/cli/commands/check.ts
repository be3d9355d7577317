/**
 * `archway check <design>... [--format text|json|sarif] [--fail-on error|warning|info]`
 * (DESIGN §6): checks one or more designs (files or globs, expanded here so quoted globs work
 * in any shell and on Windows) in one process and prints the problems; with several files a
 * summary line follows. The exit code is the worst over all files: 2 when a file could not
 * be read, else 1 when an unsuppressed problem is at or above the fail-on level (default
 * error), else 0.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SEVERITIES, type Severity } from '../../../model/schema';
import { checkDesign, type CheckResult, type Problem } from '../../../rules/index';
import { loadDesign, LoadError } from '../load';
import { toSarif, type CheckedFile } from '../sarif/to-sarif';
import { defineCommand, EXIT, parseArgs, UsageError, type CliIO } from '../types';

const FORMATS = ['text', 'json', 'sarif'] as const;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const TOOL_VERSION = '0.1.0';

/** The JSON shape of DESIGN §6, plus hint and suppression. */
function toJson(p: Problem) {
  return { rule: p.rule, severity: p.severity, message: p.message, nodes: p.nodes, edges: p.edges, hint: p.hint, ...(p.suppressed ? { suppressed: p.suppressed } : {}) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function toText(file: string, r: CheckResult): string {
  const lines = r.problems.map((p) => {
    const tag = p.suppressed ? `${p.severity} (suppressed: ${p.suppressed.reason})` : p.severity;
    return `${tag.padEnd(7)} ${p.rule}\n        ${p.message}\n        hint: ${p.hint}`;
  });
  const c = r.counts;
  const summary =
    `${file}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info` +
    (c.suppressed ? `, ${c.suppressed} suppressed` : '') +
    (r.patterns.length ? ` (patterns: ${r.patterns.join(', ')})` : '');
  return `${[...lines, summary].join('\n')}\n`;
}

/** Does the argument hold glob syntax (`*`, `?`, `[...]`, `{a,b}`)? A shell expands unquoted globs itself. */
const isGlob = (arg: string): boolean => /[*?[\]{}]/.test(arg);

/** The files the arguments name, in order, each once; a glob that matches nothing is an error. */
async function expandArgs(args: string[], cwd: string): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (!isGlob(arg)) {
      add(arg);
      continue;
    }
    // The glob library loads only when a pattern is given.
    const { glob } = await import('tinyglobby');
    const matches = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
    // A file whose name merely contains [ or { is taken as named.
    if (!matches.length && existsSync(resolve(cwd, arg))) matches.push(arg);
    if (!matches.length) errors.push(`no file matches ${arg}`);
    matches.forEach(add);
  }
  return { files, errors };
}

interface Outcome {
  file: string;
  checked?: CheckedFile;
  error?: string;
}

async function checkOne(file: string, io: CliIO, withText: boolean): Promise<Outcome> {
  const path = resolve(io.cwd, file);
  try {
    const design = await loadDesign(path);
    const result = checkDesign(design);
    const text = withText ? await readFile(path, 'utf8') : '';
    return { file, checked: { path, result, labels: new Map(design.nodes.map((n) => [n.id, n.label])), text } };
  } catch (err) {
    if (err instanceof LoadError) return { file, error: err.message };
    throw err;
  }
}

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check designs (files or globs) against the pattern rules; exit 1 on problems at or above --fail-on, 2 on unreadable input.',
  usage: 'archway check <design.archway.json|design.mmd|design.drawio|glob>... [--format text|json|sarif] [--fail-on error|warning|info]',
  async run(args, io) {
    const { positionals, values } = parseArgs(args, { values: ['format', 'fail-on'] });
    if (!positionals.length) throw new UsageError('missing <design>');
    const format = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
    const failOn = values['fail-on'] ?? 'error';
    if (!(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of: ${SEVERITIES.join(', ')}`);

    const { files, errors } = await expandArgs(positionals, io.cwd);
    // One plain file keeps the single-file output of DESIGN §6.
    const single = positionals.length === 1 && !isGlob(positionals[0]!);
    const outcomes: Outcome[] = [];
    for (const file of files) outcomes.push(await checkOne(file, io, format === 'sarif'));
    if (single && outcomes[0]!.error) throw new LoadError(outcomes[0]!.error);

    let code: number = EXIT.ok;
    for (const e of errors) io.err(`archway check: ${e}\n`);
    if (errors.length) code = EXIT.badInput;
    for (const o of outcomes) {
      if (o.error) {
        io.err(`archway check: ${o.error}\n`);
        code = EXIT.badInput;
      } else if (code === EXIT.ok && o.checked!.result.problems.some((p) => !p.suppressed && RANK[p.severity] <= RANK[failOn as Severity])) code = EXIT.findings;
    }
    const checked = outcomes.filter((o) => o.checked);

    if (format === 'json') {
      const body = single ? checked[0]!.checked!.result.problems.map(toJson) : checked.map((o) => ({ file: o.file, problems: o.checked!.result.problems.map(toJson) }));
      io.out(`${JSON.stringify(body, null, 2)}\n`);
    } else if (format === 'sarif') {
      io.out(`${JSON.stringify(toSarif(checked.map((o) => o.checked!), { version: TOOL_VERSION, srcRoot: io.cwd }), null, 2)}\n`);
    } else {
      io.out(checked.map((o) => toText(o.file, o.checked!.result)).join('\n'));
      if (!single) {
        const total = { error: 0, warning: 0, info: 0 };
        let failing = 0;
        for (const o of checked) {
          const c = o.checked!.result.counts;
          total.error += c.error;
          total.warning += c.warning;
          total.info += c.info;
          if (o.checked!.result.problems.some((p) => !p.suppressed && RANK[p.severity] <= RANK[failOn as Severity])) failing++;
        }
        const unreadable = outcomes.length - checked.length + errors.length;
        io.out(
          `\nChecked ${plural(checked.length, 'design')}: ${plural(total.error, 'error')}, ${plural(total.warning, 'warning')}, ${total.info} info; ` +
            `${failing} failing at --fail-on ${failOn}${unreadable ? `; ${unreadable} unreadable` : ''}\n`,
        );
      }
    }
    return code;
  },
});
