import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../model/edits';
import { checkDesign, suppressEdit } from '../../../rules/index';
import { design } from '../../../testing/builder';
import { toSarif, toUriReference } from './to-sarif';

// The OASIS SARIF 2.1.0 schema (Documents/CommitteeSpecifications/2.1.0 of oasis-tcs/sarif-spec).
const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const sample = () =>
  design()
    .node('ui', 'client', { label: 'Web UI' })
    .node('ag', 'api-gateway')
    .node('m1', 'microservice', { label: 'Model A' })
    .node('m2', 'microservice', { label: 'Model B' })
    .node('db', 'database', { label: 'Model Store' })
    .edge('ui', 'm1')
    .edge('m1', 'db')
    .edge('m2', 'db')
    .build();

describe('toSarif', () => {
  it('produces a log that validates against the SARIF 2.1.0 schema', () => {
    const d = sample();
    const result = checkDesign(d);
    const shared = result.problems.find((p) => p.rule === 'microservices/shared-database')!;
    const suppressed = checkDesign(applyEdit(d, suppressEdit(shared, 'split next quarter', d)));
    const log = toSarif(suppressed, 'designs/my design.archway.json', new Map(d.nodes.map((n) => [n.id, n.label])), '0.1.0');
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const results = log.runs[0]!.results!;
    expect(results.length).toBe(suppressed.problems.length);
    const r = results.find((x) => x.ruleId === 'microservices/shared-database')!;
    expect(r.level).toBe('error');
    expect(r.suppressions).toEqual([{ kind: 'inSource', justification: 'split next quarter' }]);
    expect(r.locations![0]!.logicalLocations!.map((l) => l.name)).toEqual(['Model Store', 'Model A', 'Model B', 'e2', 'e3']);
    expect(log.runs[0]!.tool.driver.rules!.length).toBe(22);
    expect(log.runs[0]!.artifacts![0]!.location!.uri).toBe('designs/my%20design.archway.json');
  });

  it('the schema really rejects a broken log', () => {
    const log = toSarif(checkDesign(sample()), 'x.archway.json', new Map(), '0.1.0') as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('turns Windows and odd paths into URI references', () => {
    expect(toUriReference('a\\b c\\d#1.json')).toBe('a/b%20c/d%231.json');
  });
});
