import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../model/document';
import { design } from '../../../testing/builder';
import { runCli } from '../main';

let dir = '';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

// Figure 34.3 with the shared Model Store (an error) and an unregistered service (a warning).
const withError = design()
  .node('ag', 'api-gateway')
  .node('reg', 'service-registry')
  .node('m2', 'microservice', { label: 'Model A Inference' })
  .node('m3', 'microservice', { label: 'Model B Inference' })
  .node('db', 'database', { label: 'Model Store' })
  .edge('ag', 'm2')
  .edge('ag', 'm3')
  .edge('m2', 'db')
  .edge('m3', 'db')
  .edge('m2', 'reg', 'async-message')
  .build();

const warningsOnly = design().node('reg', 'service-registry').node('a', 'microservice').node('b', 'microservice').edge('a', 'b', 'async-message').edge('a', 'reg', 'async-message').build();
const clean = design().node('ui', 'client').node('api', 'model-server').edge('ui', 'api').build();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archway-check-'));
  await writeFile(join(dir, 'error.archway.json'), serializeDesign(withError));
  await writeFile(join(dir, 'warn.archway.json'), serializeDesign(warningsOnly));
  await writeFile(join(dir, 'clean.archway.json'), serializeDesign(clean));
  const suppressed = structuredClone(withError);
  suppressed.nodes.find((n) => n.id === 'db')!.suppress = [{ rule: 'microservices/shared-database', reason: 'legacy' }];
  await writeFile(join(dir, 'suppressed.archway.json'), serializeDesign(suppressed));
  await writeFile(join(dir, 'broken.archway.json'), '{"formatVersion": 1, "nodes": [');
});

describe('archway check', () => {
  it('prints problems as text and exits 1 on an error', async () => {
    const r = await run('check', 'error.archway.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('microservices/shared-database');
    expect(r.out).toContain('Database "Model Store" is shared by 2 microservices');
    expect(r.out).toMatch(/error\.archway\.json: 1 error, 1 warning/);
  });

  it('prints the JSON of DESIGN §6', async () => {
    const r = await run('check', 'error.archway.json', '--format', 'json');
    const problems = JSON.parse(r.out) as Record<string, unknown>[];
    expect(problems[0]).toMatchObject({ rule: 'microservices/shared-database', severity: 'error', nodes: ['db', 'm2', 'm3'], edges: ['e3', 'e4'] });
    expect(Object.keys(problems[0]!)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'nodes', 'edges']));
  });

  it('honours --fail-on', async () => {
    expect((await run('check', 'warn.archway.json')).code).toBe(0);
    expect((await run('check', 'warn.archway.json', '--fail-on', 'warning')).code).toBe(1);
    expect((await run('check', 'clean.archway.json', '--fail-on', 'info')).code).toBe(0);
  });

  it('does not fail on suppressed problems, and lists them as suppressed', async () => {
    const r = await run('check', 'suppressed.archway.json', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { suppressed?: unknown }[])[0]!.suppressed).toEqual({ reason: 'legacy' });
  });

  it('writes SARIF 2.1.0', async () => {
    const r = await run('check', 'error.archway.json', '--format', 'sarif');
    const log = JSON.parse(r.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].ruleId).toBe('microservices/shared-database');
  });

  it('checks several files and globs in one run, with a summary line and the worst exit code', async () => {
    const both = await run('check', 'clean.archway.json', 'warn.archway.json');
    expect(both.code).toBe(0);
    expect(both.out).toMatch(/clean\.archway\.json: 0 errors/);
    expect(both.out).toMatch(/Checked 2 designs: 0 errors, \d+ warnings?, \d+ info; 0 failing at --fail-on error\n$/);
    const glob = await run('check', '*.archway.json');
    // broken.archway.json cannot be read: 2 beats the 1 of error.archway.json.
    expect(glob.code).toBe(2);
    expect(glob.err).toMatch(/broken\.archway\.json: .*not valid JSON/);
    expect(glob.out).toMatch(/Checked 4 designs: 1 error, 3 warnings, 0 info; 1 failing at --fail-on error; 1 unreadable/);
    const findings = await run('check', 'clean.archway.json', 'e*.archway.json', 'clean.archway.json');
    expect(findings.code).toBe(1);
    expect(findings.out).toMatch(/Checked 2 designs/);
    expect((await run('check', 'none-*.json')).err).toMatch(/no file matches none-\*\.json/);
  });

  it('prints one JSON entry per file, and one SARIF run over all files', async () => {
    const json = JSON.parse((await run('check', 'clean.archway.json', 'error.archway.json', '--format', 'json')).out) as { file: string; problems: { rule: string }[] }[];
    expect(json.map((f) => f.file)).toEqual(['clean.archway.json', 'error.archway.json']);
    expect(json[1]!.problems[0]!.rule).toBe('microservices/shared-database');
    const sarif = JSON.parse((await run('check', '{error,warn}.archway.json', '--format', 'sarif')).out);
    const uris = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['error.archway.json', 'warn.archway.json']);
  });

  it('exits 2 with a clear message on unreadable input or bad usage', async () => {
    const broken = await run('check', 'broken.archway.json');
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/not valid JSON/);
    const missing = await run('check', 'nope.archway.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Cannot read/);
    expect((await run('check', 'clean.archway.json', '--format', 'xml')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
  });
});
