import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../model/document';
import { PATTERN_DESIGNS } from '../../io/skeleton/testing/pattern-designs';
import { runCli } from '../cli/main';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'archway-cli-skeleton-'));
  await writeFile(join(cwd, 'shop.archway.json'), serializeDesign(PATTERN_DESIGNS.microservices!()));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

describe('archway export --to skeleton', () => {
  it('writes a TypeScript skeleton and reports what it wrote', async () => {
    const r = await cli('export', 'shop.archway.json', '--to', 'skeleton', '--out', 'skel');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: .*no broker or queue/);
    expect(r.out).toMatch(/^skel: wrote \d+, unchanged 0, kept 0 edited, skipped 0/);
    expect(r.out).toContain('wrote     services/api-gateway/src/server.ts');
    expect((await readdir(join(cwd, 'skel', 'services'))).sort()).toEqual(['a-b-testing', 'api-gateway', 'feature-service', 'inference']);
  });

  it('writes Python with --lang python', async () => {
    const r = await cli('export', 'shop.archway.json', '--to', 'skeleton', '--lang', 'python', '--out', 'py');
    expect(r.code).toBe(0);
    expect(await readFile(join(cwd, 'py', 'services', 'inference', 'app', 'main.py'), 'utf8')).toMatch(/FastAPI/);
  });

  it('regenerates into an earlier skeleton, keeping edited files', async () => {
    await cli('export', 'shop.archway.json', '--to', 'skeleton', '--out', 'skel');
    const mine = join(cwd, 'skel', 'services', 'inference', 'src', 'server.ts');
    await writeFile(mine, `${await readFile(mine, 'utf8')}// my handler\n`);
    const r = await cli('export', 'shop.archway.json', '--to', 'skeleton', '--out', 'skel');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote 0, unchanged \d+, kept 1 edited/);
    expect(r.out).toContain('kept      services/inference/src/server.ts');
    expect(await readFile(mine, 'utf8')).toMatch(/my handler/);
  });

  it('refuses a non-empty folder without --force, and writes with it', async () => {
    await writeFile(join(cwd, 'notes.txt'), 'mine\n');
    const refused = await cli('export', 'shop.archway.json', '--to', 'skeleton', '--out', '.');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not empty.*--force/);
    expect((await readdir(cwd)).sort()).toEqual(['notes.txt', 'shop.archway.json']);
    const forced = await cli('export', 'shop.archway.json', '--to', 'skeleton', '--out', '.', '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(join(cwd, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('needs --out and a known language', async () => {
    expect((await cli('export', 'shop.archway.json', '--to', 'skeleton')).code).toBe(2);
    const bad = await cli('export', 'shop.archway.json', '--to', 'skeleton', '--lang', 'rust', '--out', 'x');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown language "rust"/);
    expect(await readdir(cwd)).toEqual(['shop.archway.json']);
  });
});
