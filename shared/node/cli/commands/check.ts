/**
 * `archway check <design> [--format text|json|sarif] [--fail-on error|warning|info]`
 * (DESIGN §6): prints the problems; exits 1 when an unsuppressed problem is at or above the
 * fail-on level (default error), 0 otherwise, 2 on unreadable input (LoadError, in main).
 */
import { resolve } from 'node:path';
import { SEVERITIES, type Severity } from '../../../model/schema';
import { checkDesign, type CheckResult, type Problem } from '../../../rules/index';
import { loadDesign } from '../load';
import { toSarif } from '../sarif/to-sarif';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

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

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check a design against the pattern rules; exit 1 on problems at or above --fail-on.',
  usage: 'archway check <design.archway.json|design.mmd> [--format text|json|sarif] [--fail-on error|warning|info]',
  async run(args, io) {
    const { positionals, values } = parseArgs(args, { values: ['format', 'fail-on'] });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('missing <design>');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const format = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
    const failOn = values['fail-on'] ?? 'error';
    if (!(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of: ${SEVERITIES.join(', ')}`);
    const design = await loadDesign(resolve(io.cwd, file));
    const result = checkDesign(design);
    if (format === 'json') io.out(`${JSON.stringify(result.problems.map(toJson), null, 2)}\n`);
    else if (format === 'sarif') io.out(`${JSON.stringify(toSarif(result, file, new Map(design.nodes.map((n) => [n.id, n.label])), TOOL_VERSION), null, 2)}\n`);
    else io.out(toText(file, result));
    const failing = result.problems.some((p) => !p.suppressed && RANK[p.severity] <= RANK[failOn as Severity]);
    return failing ? EXIT.findings : EXIT.ok;
  },
});
