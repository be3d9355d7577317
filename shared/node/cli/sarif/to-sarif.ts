/**
 * SARIF 2.1.0 (OASIS) output of `archway check`, for code-scanning tools in CI (GitHub code
 * scanning, the SARIF multitool's validator). One run covers every checked file. A file below
 * the working directory is a URI relative to `SRCROOT` (given in `originalUriBaseIds`), one
 * elsewhere an absolute `file://` URI. Every result has a physical location with a full region
 * (the line and columns of its first element's id in the file, or the whole file) and logical
 * locations for the design elements; the problem key is a partial fingerprint, so scanners
 * follow a problem across runs.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../../model/schema';
import { RULES } from '../../../rules/index';
import type { CheckResult, Problem } from '../../../rules/index';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Where the rules are explained: the README's section on checks in the copy of Archway that
 * ran (found upward from this module, which sits at a different depth in the source tree and
 * in the CLI bundle). The project has no public home page to point to.
 */
function findInformationUri(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'README.md'))) return `${pathToFileURL(join(dir, 'README.md')).href}#checking-a-design`;
  }
  return pathToFileURL(process.cwd()).href;
}

let informationUri: string | undefined;
export const INFORMATION_URI = (): string => (informationUri ??= findInformationUri());

/** A path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function toUriReference(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export interface CheckedFile {
  /** Absolute path of the design. */
  path: string;
  result: CheckResult;
  labels: ReadonlyMap<string, string>;
  /** The file's text, to place each result on the line naming its element. */
  text: string;
}

export interface SarifOptions {
  version: string;
  /** The directory SRCROOT stands for (the repository root in CI). */
  srcRoot: string;
  informationUri?: string;
}

/** The artifact location of a file: relative to SRCROOT when below it, else absolute. */
export function artifactLocation(path: string, srcRoot: string): { uri: string; uriBaseId?: string } {
  const rel = relative(srcRoot, path);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: toUriReference(rel), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(path).href };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The region of the first of `ids` that appears in the text, else of the whole file (1-based lines and columns). */
export function regionOf(text: string, ids: readonly string[]): Region {
  const lines = text.split('\n');
  for (const id of ids) {
    // JSON: the `"id": "db"` property; other formats (Mermaid, draw.io): the id as a whole word.
    for (const re of [new RegExp(`"id"\\s*:\\s*${escapeRe(JSON.stringify(id))}`), new RegExp(`(?<![\\w-])${escapeRe(id)}(?![\\w-])`)]) {
      for (let i = 0; i < lines.length; i++) {
        const m = re.exec(lines[i]!);
        if (m) return { startLine: i + 1, startColumn: m.index + 1, endLine: i + 1, endColumn: m.index + m[0].length + 1 };
      }
    }
  }
  const last = lines.length;
  return { startLine: 1, startColumn: 1, endLine: last, endColumn: lines[last - 1]!.length + 1 };
}

function toResult(p: Problem, file: CheckedFile, location: { uri: string; uriBaseId?: string }, ruleIndex: ReadonlyMap<string, number>): Result {
  const elements = [...p.nodes.map((id) => ({ id, kind: 'node' })), ...p.edges.map((id) => ({ id, kind: 'edge' }))];
  const r: Result = {
    ruleId: p.rule,
    ruleIndex: ruleIndex.get(p.rule)!,
    level: LEVEL[p.severity],
    message: { text: `${p.message} Hint: ${p.hint}` },
    locations: [
      {
        physicalLocation: { artifactLocation: location, region: regionOf(file.text, [...p.nodes, ...p.edges]) },
        ...(elements.length ? { logicalLocations: elements.map((e) => ({ name: file.labels.get(e.id) || e.id, fullyQualifiedName: `${e.kind}:${e.id}`, kind: 'element' })) } : {}),
      },
    ],
    partialFingerprints: { 'archwayProblemKey/v1': p.key },
    properties: { nodes: p.nodes, edges: p.edges, hint: p.hint },
  };
  if (p.suppressed) r.suppressions = [{ kind: 'inSource', justification: p.suppressed.reason }];
  return r;
}

export function toSarif(files: readonly CheckedFile[], opts: SarifOptions): Log {
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|[/-])(\w)/g, (_, __: string, c: string) => c.toUpperCase()),
    shortDescription: { text: `${r.title.replace(/\.$/, '')}.` },
    fullDescription: { text: `${r.principle.replace(/\.$/, '')}.` },
    helpUri: opts.informationUri ?? INFORMATION_URI(),
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));
  const results = files.flatMap((f) => {
    const location = artifactLocation(f.path, opts.srcRoot);
    return f.result.problems.map((p) => toResult(p, f, location, ruleIndex));
  });
  const srcRootUri = pathToFileURL(opts.srcRoot).href.replace(/\/?$/, '/');
  return {
    $schema: 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'archway', version: opts.version, informationUri: opts.informationUri ?? INFORMATION_URI(), rules } },
        originalUriBaseIds: { SRCROOT: { uri: srcRootUri } },
        results,
        columnKind: 'utf16CodeUnits',
        properties: {
          files: files.map((f) => ({ ...artifactLocation(f.path, opts.srcRoot), patterns: f.result.patterns, counts: f.result.counts })),
        },
      },
    ],
  };
}
