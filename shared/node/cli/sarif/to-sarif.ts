/**
 * SARIF 2.1.0 (OASIS) output of a check, for code-scanning tools in CI. A design element is a
 * logical location (kind `element`); the file is the physical location; the problem key is a
 * partial fingerprint, so scanners follow a problem across runs.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../../model/schema';
import { RULES } from '../../../rules/index';
import type { CheckResult } from '../../../rules/index';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function toUriReference(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(result: CheckResult, file: string, labels: ReadonlyMap<string, string>, version: string): Log {
  const uri = toUriReference(file);
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.principle },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));
  const results: Result[] = result.problems.map((p) => {
    const elements = [...p.nodes.map((id) => ({ id, kind: 'node' })), ...p.edges.map((id) => ({ id, kind: 'edge' }))];
    const r: Result = {
      ruleId: p.rule,
      ruleIndex: ruleIndex.get(p.rule)!,
      level: LEVEL[p.severity],
      message: { text: `${p.message} Hint: ${p.hint}` },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri, index: 0 } },
          logicalLocations: elements.map((e) => ({ name: labels.get(e.id) || e.id, fullyQualifiedName: `${e.kind}:${e.id}`, kind: 'element' })),
        },
      ],
      partialFingerprints: { 'archwayProblemKey/v1': p.key },
      properties: { nodes: p.nodes, edges: p.edges, hint: p.hint },
    };
    if (p.suppressed) r.suppressions = [{ kind: 'inSource', justification: p.suppressed.reason }];
    return r;
  });
  return {
    $schema: 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'archway', version, rules } },
        artifacts: [{ location: { uri } }],
        results,
        properties: { patterns: result.patterns, counts: result.counts },
      },
    ],
  };
}
