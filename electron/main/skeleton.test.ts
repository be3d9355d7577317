import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../shared/ipc/contract';
import { MANIFEST } from '../../shared/io/skeleton/generate';
import { SkeletonService } from './skeleton';

const tmp = () => mkdtemp(join(tmpdir(), 'aw-skeleton-'));
const service = (path: string | undefined) => new SkeletonService({ chooseFolder: async () => path });

async function chosen(svc: SkeletonService) {
  const r = await svc.chooseFolder();
  if (r.canceled) throw new Error('canceled');
  return r;
}

describe('SkeletonService', () => {
  it('writes into the chosen folder by token and reports what it wrote', async () => {
    const dir = await tmp();
    const svc = service(dir);
    const folder = await chosen(svc);
    expect(folder).toMatchObject({ empty: true, earlierSkeleton: false });
    const r = await svc.writeSkeleton({ folderToken: folder.token, force: false, files: [{ path: 'README.md', content: 'hi\n' }, { path: 'services/a/src/main.ts', content: 'x\n' }] });
    expect(r).toMatchObject({ ok: true, written: ['README.md', 'services/a/src/main.ts'], keptUserEdits: [], skipped: [] });
    expect(await readFile(join(dir, 'services/a/src/main.ts'), 'utf8')).toBe('x\n');
  });

  it('honours cancel and refuses a token it never issued', async () => {
    expect(await service(undefined).chooseFolder()).toEqual({ canceled: true });
    await expect(service('/tmp').writeSkeleton({ folderToken: 'forged', force: true, files: [{ path: 'x', content: '' }] })).rejects.toThrow(/unknown/);
  });

  it('refuses a non-empty folder until the user agrees, then keeps the files it did not write', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeFile(join(dir, 'README.md'), 'my readme');
    const svc = service(dir);
    const folder = await chosen(svc);
    expect(folder).toMatchObject({ empty: false, earlierSkeleton: false });
    const files = [{ path: 'README.md', content: 'generated' }, { path: 'docker-compose.yml', content: 'services: {}\n' }];
    expect(await svc.writeSkeleton({ folderToken: folder.token, force: false, files })).toMatchObject({ ok: false, reason: 'not-empty' });
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'notes.txt']);
    const forced = await svc.writeSkeleton({ folderToken: folder.token, force: true, files });
    expect(forced).toMatchObject({ ok: true, written: ['docker-compose.yml'], keptUserEdits: ['README.md'] });
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe('my readme');
  });

  it('recognises an earlier skeleton and regenerates into it without asking', async () => {
    const dir = await tmp();
    await writeFile(join(dir, MANIFEST), '{}');
    const svc = service(dir);
    expect(await chosen(svc)).toMatchObject({ empty: false, earlierSkeleton: true });
  });

  it('never writes outside the chosen folder, whatever the paths say', async () => {
    const parent = await tmp();
    const dir = join(parent, 'out');
    const outside = join(parent, 'outside');
    await mkdir(dir);
    await mkdir(outside);
    await symlink(outside, join(dir, 'link'));
    const svc = service(dir);
    const folder = await chosen(svc);
    const hostile = ['../escape.txt', '/etc/x', 'a/../../b', '..\\..\\x', 'C:/x', 'CON', 'link/pwned.txt', 'ok/fine.txt'];
    const r = await svc.writeSkeleton({ folderToken: folder.token, force: true, files: hostile.map((path) => ({ path, content: 'x' })) });
    if (!r.ok) throw new Error('refused');
    expect(r.written).toEqual(['ok/fine.txt']);
    expect(r.skipped.map((s) => s.path)).toEqual(hostile.filter((p) => p !== 'ok/fine.txt'));
    expect(await readdir(parent)).toEqual(['out', 'outside']);
    expect(await readdir(outside)).toEqual([]);
  });

  it('payloads that fail the contract are refused before they reach the writer', () => {
    const schema = CONTRACT.writeSkeleton.request;
    expect(schema.safeParse({ folderToken: 't', force: false, files: [{ path: 'a', content: 'x' }] }).success).toBe(true);
    expect(schema.safeParse({ folderToken: 't', force: false, files: [], path: '/etc' }).success).toBe(false);
    expect(schema.safeParse({ folderToken: 't', force: 'yes', files: [] }).success).toBe(false);
    expect(schema.safeParse({ folderToken: 't', force: false, files: [{ path: '', content: 'x' }] }).success).toBe(false);
    expect(CONTRACT.chooseFolder.request.safeParse({ defaultPath: '/etc' }).success).toBe(false);
  });
});
