import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/document';
import { design } from '../../shared/testing/builder';
import { gridDesign } from '../../shared/testing/generate';
import { FileService } from './files';
import { RecoveryStore } from './recovery';
import { isTempNameOf, removeStaleTemps, STALE_AFTER_MS } from './staleTemps';

const tmp = () => mkdtemp(join(tmpdir(), 'aw-stale-'));
const aged = async (path: string, ms = STALE_AFTER_MS * 6) => {
  const t = new Date(Date.now() - ms);
  await utimes(path, t, t);
};

describe('stale temporary files of a killed save', () => {
  it('knows write-file-atomic’s own temporary names, and nothing else', () => {
    const getTmpname = (writeFileAtomic as unknown as { _getTmpname: (f: string) => string })._getTmpname;
    for (let i = 0; i < 500; i++) expect(isTempNameOf(getTmpname('/d/design.archway.json').slice(3), 'design.archway.json')).toBe(true);
    for (const name of ['design.archway.json', 'design.archway.json.', 'design.archway.json.bak', 'design.archway.json.12a', 'design.archway.json.4294967296', 'design.archway.json.12345678901', 'xdesign.archway.json.123', 'design.archway.json.1.2', 'other.archway.json.123'])
      expect(isTempNameOf(name, 'design.archway.json'), name).toBe(false);
  });

  it('removes only this design’s stale plain temporary files', async () => {
    const dir = await tmp();
    const path = join(dir, 'design.archway.json');
    await writeFile(path, 'design');
    const outside = join(await tmp(), 'precious.txt');
    await writeFile(outside, 'precious');
    const stale = ['design.archway.json.12345', 'design.archway.json.4294967295'];
    const kept: Record<string, () => Promise<void>> = {
      'design.archway.json.777': async () => writeFile(join(dir, 'design.archway.json.777'), 'still being written'), // fresh: a live save
      'design.archway.json.888': async () => symlink(outside, join(dir, 'design.archway.json.888')),
      'design.archway.json.999': async () => mkdir(join(dir, 'design.archway.json.999')),
      'design.archway.json.bak': async () => writeFile(join(dir, 'design.archway.json.bak'), 'backup'),
      'other.archway.json.12345': async () => writeFile(join(dir, 'other.archway.json.12345'), 'another design'),
      'design.archway.json.123456789012': async () => writeFile(join(dir, 'design.archway.json.123456789012'), 'not a uint32'),
    };
    for (const name of stale) {
      await writeFile(join(dir, name), 'half a design');
      await aged(join(dir, name));
    }
    for (const [name, make] of Object.entries(kept)) {
      await make();
      if (name !== 'design.archway.json.777') await aged(join(dir, name)).catch(() => {});
    }
    const removed = await removeStaleTemps(path);
    expect(removed.map((p) => p.slice(dir.length + 1)).sort()).toEqual(stale);
    expect((await readdir(dir)).sort()).toEqual(['design.archway.json', ...Object.keys(kept)].sort());
    expect(await readFile(outside, 'utf8')).toBe('precious');
    expect(await readFile(path, 'utf8')).toBe('design');
  });

  it('never throws, whatever the folder holds', async () => {
    expect(await removeStaleTemps(join(await tmp(), 'missing', 'x.archway.json'))).toEqual([]);
  });

  it('opening or saving a design cleans what killed saves left, beside its real path too', async () => {
    const dir = await tmp();
    const real = join(dir, 'real.archway.json');
    const link = join(dir, 'link.archway.json');
    const text = serializeDesign(design().node('a', 'client').build());
    await writeFile(real, text);
    await symlink(real, link);
    const leftover = async (name: string) => {
      await writeFile(join(dir, name), 'partial');
      await aged(join(dir, name));
    };
    await leftover('real.archway.json.1111');
    await leftover('link.archway.json.2222');
    const files = new FileService({ chooseOpenPath: async () => link, chooseSavePath: async () => undefined });
    const opened = await files.openFile();
    expect(opened.canceled).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['link.archway.json', 'real.archway.json']);
    await leftover('real.archway.json.3333');
    if (opened.canceled) return;
    const saved = await files.saveFile({ token: opened.file.token, suggestedName: 'x', text, saveAs: false });
    expect(saved).toMatchObject({ canceled: false, verified: true });
    expect((await readdir(dir)).sort()).toEqual(['link.archway.json', 'real.archway.json']);
  });

  it('a draft save cleans the stale temporary files of that draft', async () => {
    const dir = await tmp();
    const store = new RecoveryStore(dir);
    const text = serializeDesign(design().node('a', 'client').build());
    await store.save({ draftId: 'w1', name: 'x', text });
    await writeFile(join(dir, 'w1.draft.json.42'), 'partial');
    await aged(join(dir, 'w1.draft.json.42'));
    await writeFile(join(dir, 'w2.draft.json.43'), 'another draft’s');
    await aged(join(dir, 'w2.draft.json.43'));
    await store.save({ draftId: 'w1', name: 'x', text });
    expect((await readdir(dir)).sort()).toEqual(['w1.draft.json', 'w2.draft.json.43']);
  });

  it('after real kills mid-save, the next open leaves only the design', async () => {
    const dir = await tmp();
    const path = join(dir, 'design.archway.json');
    const small = serializeDesign(design().node('a', 'client').build());
    const big = serializeDesign(gridDesign(3000, 2));
    await writeFile(path, small);
    const script = `
      import writeFileAtomic from 'write-file-atomic';
      import { readFileSync } from 'node:fs';
      const text = readFileSync(process.argv[2], 'utf8');
      process.stdout.write('ready\\n');
      for (;;) await writeFileAtomic(process.argv[1], text, { fsync: true });
    `;
    const bigPath = join(await tmp(), 'big.src');
    await writeFile(bigPath, big);
    // Kill until at least one temporary file is left behind (a kill lands mid-write often).
    for (let round = 0; round < 40 && (await readdir(dir)).length === 1; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, path, bigPath], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 20 + (round % 7) * 13));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    const left = (await readdir(dir)).filter((n) => n !== 'design.archway.json');
    expect(left.length).toBeGreaterThan(0);
    for (const name of left) {
      expect(isTempNameOf(name, 'design.archway.json')).toBe(true);
      await aged(join(dir, name));
    }
    const files = new FileService({ chooseOpenPath: async () => path, chooseSavePath: async () => undefined });
    const opened = await files.openFile();
    expect(opened.canceled).toBe(false);
    expect(await readdir(dir)).toEqual(['design.archway.json']);
    expect([small, big]).toContain(await readFile(path, 'utf8'));
  }, 120_000);
});
