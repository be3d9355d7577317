import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../model/document';
import { applyEdit } from '../../../model/edits';
import { checkDesign, RULES, suppressEdit } from '../../../rules/index';
import { design } from '../../../testing/builder';
import { artifactLocation, regionOf, toSarif, toUriReference, type CheckedFile } from './to-sarif';

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

const ROOT = '/repo';
const checked = (d = sample(), path = `${ROOT}/designs/my design.archway.json`): CheckedFile => ({
  path,
  result: checkDesign(d),
  labels: new Map(d.nodes.map((n) => [n.id, n.label])),
  text: serializeDesign(d),
});

describe('toSarif', () => {
  it('produces a log that validates against the SARIF 2.1.0 schema', () => {
    const d = sample();
    const shared = checkDesign(d).problems.find((p) => p.rule === 'microservices/shared-database')!;
    const suppressedDesign = applyEdit(d, suppressEdit(shared, 'split next quarter', d));
    const file = checked(suppressedDesign);
    const log = toSarif([file], { version: '0.1.0', srcRoot: ROOT });
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0]!;
    const results = run.results!;
    expect(results.length).toBe(file.result.problems.length);
    const r = results.find((x) => x.ruleId === 'microservices/shared-database')!;
    expect(r.level).toBe('error');
    expect(r.suppressions).toEqual([{ kind: 'inSource', justification: 'split next quarter' }]);
    expect(r.locations![0]!.logicalLocations!.map((l) => l.name)).toEqual(['Model Store', 'Model A', 'Model B', 'e2', 'e3']);
    // Every rule of the registry is described once, whatever the registry holds today.
    expect(run.tool.driver.rules!.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    expect(run.tool.driver.informationUri).toMatch(/^file:\/\/.*README\.md#checking-a-design$/);
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///repo/' } });
    // A location on every result, relative to SRCROOT, with a full region.
    for (const x of results) {
      const loc = x.locations![0]!.physicalLocation!;
      expect(loc.artifactLocation).toEqual({ uri: 'designs/my%20design.archway.json', uriBaseId: 'SRCROOT' });
      expect(loc.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
    }
    // The shared-database problem points at the line of its database's id.
    const line = file.text.split('\n')[r.locations![0]!.physicalLocation!.region!.startLine! - 1]!;
    expect(line).toContain('"id": "db"');
  });

  it('the schema really rejects a broken log', () => {
    const log = toSarif([checked()], { version: '0.1.0', srcRoot: ROOT }) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('turns Windows and odd paths into URI references, and files outside SRCROOT into file URIs', () => {
    expect(toUriReference('a\\b c\\d#1.json')).toBe('a/b%20c/d%231.json');
    expect(artifactLocation('/repo/x/y.json', '/repo')).toEqual({ uri: 'x/y.json', uriBaseId: 'SRCROOT' });
    expect(artifactLocation('/elsewhere/y z.json', '/repo')).toEqual({ uri: 'file:///elsewhere/y%20z.json' });
  });

  it('places a result on its element, or on the whole file', () => {
    expect(regionOf('flowchart LR\n  api --> orders_db\n', ['orders_db'])).toEqual({ startLine: 2, startColumn: 11, endLine: 2, endColumn: 20 });
    expect(regionOf('a\nbc\n', ['zz'])).toEqual({ startLine: 1, startColumn: 1, endLine: 3, endColumn: 1 });
  });

  it('passes the SARIF multitool validator with no errors and no warnings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archway-sarif-'));
    try {
      const a = checked(sample(), join(dir, 'designs', 'a.archway.json'));
      const b = checked(design().node('ui', 'client').node('api', 'model-server').edge('ui', 'api').build(), join(dir, 'b.archway.json'));
      const input = join(dir, 'check.sarif');
      const output = join(dir, 'validation.sarif');
      await writeFile(input, JSON.stringify(toSarif([a, b], { version: '0.1.0', srcRoot: dir }), null, 2));
      const bin = new URL('../../../../node_modules/.bin/sarif-multitool', import.meta.url).pathname;
      const stdout = await new Promise<string>((res, rej) =>
        execFile(bin, ['validate', input, '--output', output], { timeout: 90_000 }, (err, out, errOut) => (err ? rej(new Error(`${err.message}\n${out}\n${errOut}`)) : res(out))),
      );
      const report = JSON.parse(await readFile(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { id?: string; arguments?: string[] } }[] }[] };
      const findings = (report.runs[0]!.results ?? []).filter((r) => r.level === undefined || r.level === 'error' || r.level === 'warning');
      expect(findings.map((f) => `${f.ruleId} ${f.message.id} ${f.message.arguments?.join(' ')}`), stdout).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
