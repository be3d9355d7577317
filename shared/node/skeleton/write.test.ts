import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSkeleton, MANIFEST } from '../../io/skeleton/generate';
import { withMarker } from '../../io/skeleton/marker';
import { PATTERN_DESIGNS } from '../../io/skeleton/testing/pattern-designs';
import { TargetNotEmptyError, writeTree } from './write';

let base: string;
let outside: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'archway-write-'));
  outside = join(base, 'outside');
  await mkdir(outside);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const file = (path: string, content = 'x\n') => ({ path, content: withMarker(path, content) });

describe('writeTree', () => {
  it('writes a generated skeleton, then finds it unchanged on a second run', async () => {
    const { files } = generateSkeleton(PATTERN_DESIGNS.microservices!(), { lang: 'ts' });
    const root = join(base, 'out');
    const first = await writeTree(root, files);
    expect(first.written.length).toBe(files.length);
    expect(await readFile(join(root, 'docker-compose.yml'), 'utf8')).toBe(files.find((f) => f.path === 'docker-compose.yml')!.content);
    const again = await writeTree(root, files);
    expect(again).toEqual({ written: [], unchanged: files.map((f) => f.path), keptUserEdits: [], skipped: [] });
  });

  it('keeps files the user edited, rewrites untouched ones, and restores deleted ones', async () => {
    const root = join(base, 'out');
    const v1 = [file(MANIFEST, '{\n  "v": 1\n}\n'), file('a.ts', 'export const a = 1;\n'), file('b.ts', 'export const b = 1;\n'), file('c.ts', 'export const c = 1;\n')];
    await writeTree(root, v1);
    await writeFile(join(root, 'a.ts'), (await readFile(join(root, 'a.ts'), 'utf8')) + '// mine\n');
    await rm(join(root, 'c.ts'));
    const v2 = [file(MANIFEST, '{\n  "v": 2\n}\n'), file('a.ts', 'export const a = 2;\n'), file('b.ts', 'export const b = 2;\n'), file('c.ts', 'export const c = 2;\n')];
    const report = await writeTree(root, v2);
    expect(report).toEqual({ written: [MANIFEST, 'b.ts', 'c.ts'], unchanged: [], keptUserEdits: ['a.ts'], skipped: [] });
    expect(await readFile(join(root, 'a.ts'), 'utf8')).toMatch(/const a = 1;\n\/\/ mine/);
    expect(await readFile(join(root, 'b.ts'), 'utf8')).toMatch(/const b = 2/);
  });

  it('refuses a non-empty folder that is not a skeleton unless forced, and then keeps its unmarked files', async () => {
    const root = join(base, 'out');
    await mkdir(root);
    await writeFile(join(root, 'a.ts'), 'my own file\n');
    await expect(writeTree(root, [file('a.ts'), file('b.ts')])).rejects.toBeInstanceOf(TargetNotEmptyError);
    expect(await readdir(root)).toEqual(['a.ts']);
    const report = await writeTree(root, [file('a.ts'), file('b.ts')], { force: true });
    expect(report.keptUserEdits).toEqual(['a.ts']);
    expect(report.written).toEqual(['b.ts']);
    expect(await readFile(join(root, 'a.ts'), 'utf8')).toBe('my own file\n');
  });

  it('writes nothing outside the root for hostile paths', async () => {
    const root = join(base, 'deep', 'out');
    const hostile = ['../../.bashrc', '/etc/cron.d/x', '..\\..\\AppData\\x', 'CON', 'a/../../b', 'name.', 'C:/x', 'services/ok/../../../x', 'README.md', 'readme.md'];
    const report = await writeTree(root, hostile.map((p) => ({ path: p, content: 'pwned\n' })));
    expect(report.written).toEqual(['README.md']);
    expect(report.skipped.map((s) => s.path)).toEqual(hostile.filter((p) => p !== 'README.md'));
    expect(await readdir(join(base, 'deep'))).toEqual(['out']);
    expect(await readdir(root)).toEqual(['README.md']);
    expect(await readdir(base)).toEqual(['deep', 'outside']);
  });

  it('never follows a symbolic link out of the target, for folders or files', async () => {
    const root = join(base, 'out');
    await writeTree(root, [file(MANIFEST)]);
    await symlink(outside, join(root, 'services'), 'dir');
    await writeFile(join(outside, 'victim.txt'), 'keep\n');
    await symlink(join(outside, 'victim.txt'), join(root, 'README.md'));
    const report = await writeTree(root, [file(MANIFEST), file('services/api/src/index.ts'), file('README.md')]);
    expect(report.skipped).toEqual([
      { path: 'services/api/src/index.ts', reason: 'services: symbolic link out of the target folder' },
      { path: 'README.md', reason: 'is a symbolic link' },
    ]);
    expect(await readdir(outside)).toEqual(['victim.txt']);
    expect(await readFile(join(outside, 'victim.txt'), 'utf8')).toBe('keep\n');
    expect((await lstat(join(root, 'README.md'))).isSymbolicLink()).toBe(true);
  });

  it('enters a linked folder whose target stays inside the root', async () => {
    const root = join(base, 'out');
    await writeTree(root, [file(MANIFEST), file('real/keep.txt')]);
    await symlink(join(root, 'real'), join(root, 'alias'), 'dir');
    const report = await writeTree(root, [file(MANIFEST), file('alias/x.txt')]);
    expect(report.written).toEqual(['alias/x.txt']);
    expect((await readdir(join(root, 'real'))).sort()).toEqual(['keep.txt', 'x.txt']);
  });

  it('leaves no temporary files behind', async () => {
    const root = join(base, 'out');
    const { files } = generateSkeleton(PATTERN_DESIGNS.layered!(), { lang: 'python' });
    await writeTree(root, files);
    const all = await readdir(root, { recursive: true });
    expect(all.filter((p) => p.includes('archway-tmp'))).toEqual([]);
  });
});
