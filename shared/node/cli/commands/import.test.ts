import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/document';
import { loadMermaid } from '../../mermaid/env';
import { runCli } from '../main';
import { EXIT } from '../types';

const SEED = join(__dirname, '../../../io/mermaid/fixtures/seed');

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

describe('archway import', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archway-import-'));
    await loadMermaid();
  });

  it('writes a laid-out design that loads, with no two nodes of one container on top of each other', async () => {
    const { code, err } = await run(['import', join(SEED, 'figure-34-12.mmd'), '--out', 'pull.archway.json'], dir);
    expect(code).toBe(EXIT.ok);
    expect(err).toMatch(/Imported 8 nodes and 5 edges \(laid out automatically\) into pull\.archway\.json/);
    const parsed = parseDesign(await readFile(join(dir, 'pull.archway.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const d = parsed.design;
    expect(d.edges.find((e) => e.label === 'Poll for features')).toMatchObject({ source: 'B', target: 'A', delivery: 'pull' });
    const boxes = d.nodes.filter((n) => n.parent === 'subGraph0').map((n) => ({ ...n.position, w: n.size?.width ?? 150, h: n.size?.height ?? 40 }));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });

  it('prints the design without --out, and will not replace a file without --force', async () => {
    const printed = await run(['import', join(SEED, 'figure-34-10.mmd')], dir);
    expect(printed.code).toBe(EXIT.ok);
    expect(parseDesign(printed.out).ok).toBe(true);
    await writeFile(join(dir, 'keep.archway.json'), 'precious');
    const refused = await run(['import', join(SEED, 'figure-34-10.mmd'), '--out', 'keep.archway.json'], dir);
    expect(refused.code).toBe(EXIT.badInput);
    expect(refused.err).toMatch(/exists \(add --force/);
    expect(await readFile(join(dir, 'keep.archway.json'), 'utf8')).toBe('precious');
    const forced = await run(['import', join(SEED, 'figure-34-10.mmd'), '--out', 'keep.archway.json', '--force'], dir);
    expect(forced.code).toBe(EXIT.ok);
    expect(parseDesign(await readFile(join(dir, 'keep.archway.json'), 'utf8')).ok).toBe(true);
  });

  it('exits 2 with a clear message for other diagram types, bad syntax and missing files', async () => {
    const seq = await run(['import', join(SEED, 'figure-34-05.mmd')], dir);
    expect(seq.code).toBe(EXIT.badInput);
    expect(seq.err).toMatch(/this is a sequence diagram/);
    await writeFile(join(dir, 'bad.mmd'), 'flowchart TB\n  A -->');
    const bad = await run(['import', 'bad.mmd'], dir);
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.err).toMatch(/does not parse/);
    const missing = await run(['import', 'nope.mmd'], dir);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.err).toMatch(/cannot read nope\.mmd: ENOENT/);
    expect((await run(['import'], dir)).code).toBe(EXIT.badInput);
  });

  it('round-trips through export --to mermaid, and other commands read .mmd', async () => {
    const exported = await run(['export', 'pull.archway.json', '--to', 'mermaid', '--out', 'pull.mmd'], dir);
    expect(exported.code).toBe(EXIT.ok);
    const again = await run(['import', 'pull.mmd'], dir);
    expect(again.code).toBe(EXIT.ok);
    const a = parseDesign(await readFile(join(dir, 'pull.archway.json'), 'utf8'));
    const b = parseDesign(again.out);
    expect(a.ok && b.ok && b.design).toEqual(a.ok && a.design);
    // `check` reads Mermaid too: it exits with findings (0 or 1), never "unreadable" (2).
    const check = await run(['check', join(SEED, 'figure-34-03.mmd'), '--format', 'json'], dir);
    expect([EXIT.ok, EXIT.findings]).toContain(check.code);
    expect(JSON.parse(check.out)).toBeDefined();
  });
});

describe('archway import and export of draw.io', () => {
  const CORPUS = join(__dirname, '../../../../test-data/drawio');
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archway-drawio-'));
  });

  it('imports a compressed AWS diagram, exports it to draw.io and imports that back unchanged', async () => {
    const imp = await run(['import', join(CORPUS, 'examples--aws-saas-example.drawio'), '--out', 'aws.archway.json'], dir);
    expect(imp.code).toBe(EXIT.ok);
    expect(imp.err).toMatch(/Imported \d+ nodes and \d+ edges into aws\.archway\.json/);
    const first = parseDesign(await readFile(join(dir, 'aws.archway.json'), 'utf8'));
    if (!first.ok) throw new Error(first.error);
    expect(first.design.metadata.title).toBe('examples--aws-saas-example');
    expect(first.design.nodes.some((n) => n.kind === 'database')).toBe(true);
    const exp = await run(['export', 'aws.archway.json', '--to', 'drawio', '--out', 'aws.drawio'], dir);
    expect(exp.code).toBe(EXIT.ok);
    const again = await run(['import', 'aws.drawio'], dir);
    expect(again.code).toBe(EXIT.ok);
    const second = parseDesign(again.out);
    if (!second.ok) throw new Error(second.error);
    expect(second.design.nodes).toEqual(first.design.nodes);
    expect(second.design.edges).toEqual(first.design.edges);
    // check reads draw.io too.
    expect((await run(['check', 'aws.drawio'], dir)).out).toMatch(/aws\.drawio: \d+ errors?/);
  });

  it('chooses pages, and refuses hostile files with a clear message', async () => {
    const page = (name: string, label: string) => `<diagram name="${name}"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="${name}x" value="${label}" style="shape=cylinder3;" vertex="1" parent="1"><mxGeometry width="80" height="60" as="geometry"/></mxCell></root></mxGraphModel></diagram>`;
    await writeFile(join(dir, 'two.drawio'), `<mxfile>${page('One', 'Orders DB')}${page('Two', 'Kafka')}</mxfile>`);
    const second = await run(['import', 'two.drawio', '--page', 'Two'], dir);
    expect(second.code).toBe(EXIT.ok);
    expect(JSON.parse(second.out).nodes.map((n: { kind: string }) => n.kind)).toEqual(['event-broker']);
    const all = await run(['import', 'two.drawio', '--all-pages'], dir);
    expect(JSON.parse(all.out).nodes.filter((n: { kind: string }) => n.kind === 'group')).toHaveLength(2);
    const first = await run(['import', 'two.drawio'], dir);
    expect(first.err).toMatch(/warning: The file has 2 pages; imported the first, "One"/);
    expect((await run(['import', 'two.drawio', '--page', '3'], dir)).err).toMatch(/No page "3"/);
    expect((await run(['import', 'x.mmd', '--page', '1'], dir)).code).toBe(EXIT.badInput);
    await writeFile(join(dir, 'lol.drawio'), '<!DOCTYPE m [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><mxfile><diagram name="&b;"/></mxfile>');
    const lol = await run(['import', 'lol.drawio'], dir);
    expect(lol.code).toBe(EXIT.badInput);
    expect(lol.err).toMatch(/lol\.drawio: The file declares a DOCTYPE or entities/);
  });
});
