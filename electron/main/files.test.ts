import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../../shared/model/document';
import { design } from '../../shared/testing/builder';
import { gridDesign } from '../../shared/testing/generate';
import { FileService, MAX_FILE_BYTES } from './files';

const tmp = () => mkdtemp(join(tmpdir(), 'aw-files-'));

function service(open?: string, save?: string) {
  return new FileService({ chooseOpenPath: async () => open, chooseSavePath: async () => save });
}

describe('FileService', () => {
  it('opens the chosen file and saves back to it by token, atomically', async () => {
    const dir = await tmp();
    const path = join(dir, 'a.archway.json');
    await writeFile(path, 'old');
    const files = service(path);
    const opened = await files.openFile();
    expect(opened.canceled).toBe(false);
    if (opened.canceled) return;
    expect(opened.text).toBe('old');
    const saved = await files.saveFile({ token: opened.file.token, suggestedName: 'x', text: 'new', saveAs: false });
    expect(saved).toMatchObject({ canceled: false, file: { name: 'a.archway.json', token: opened.file.token }, verified: false }); // 'new' is not a design
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.archway.json']); // no temporary file left behind
  });

  it('asks for a path when there is no token or on Save As, and honours cancel', async () => {
    const dir = await tmp();
    const target = join(dir, 'b.archway.json');
    expect(await service(undefined, undefined).saveFile({ suggestedName: 'b', text: 'x', saveAs: false })).toEqual({ canceled: true });
    const saved = await service(undefined, target).saveFile({ suggestedName: 'b', text: 'x', saveAs: true });
    expect(saved.canceled).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('x');
  });

  it('does not silently overwrite a file changed on disk since it was opened', async () => {
    const dir = await tmp();
    const path = join(dir, 'c.archway.json');
    const text = serializeDesign(design().node('a', 'client').build());
    await writeFile(path, text);
    const files = service(path);
    const opened = await files.openFile();
    if (opened.canceled) throw new Error('canceled');
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(path, 'changed by someone else');
    const first = await files.saveFile({ token: opened.file.token, suggestedName: 'c', text, saveAs: false, expectedMtimeMs: opened.file.mtimeMs });
    expect(first).toMatchObject({ canceled: false, conflict: true });
    expect(await readFile(path, 'utf8')).toBe('changed by someone else');
    const forced = await files.saveFile({ token: opened.file.token, suggestedName: 'c', text, saveAs: false, expectedMtimeMs: opened.file.mtimeMs, overwrite: true });
    expect(forced).toMatchObject({ canceled: false, verified: true });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('suggests a file name to the save dialog, never a path', async () => {
    const asked: string[] = [];
    const files = new FileService({ chooseOpenPath: async () => undefined, chooseSavePath: async (name) => void asked.push(name) });
    const suggestions = ['/etc/cron.d/x.archway.json', '..\\..\\AppData\\evil.archway.json', 'C:design.archway.json', '../', 'invoice\u202Enosj.yawhcra.exe', '\u0000\u001b[31m'];
    for (const suggestedName of suggestions) await files.saveFile({ suggestedName, text: 'x', saveAs: true });
    expect(asked).toEqual(['x.archway.json', 'evil.archway.json', 'design.archway.json', 'design.archway.json', 'invoicenosj.yawhcra.exe', '[31m']);
  });

  it('refuses a token it never issued instead of guessing a path', async () => {
    await expect(service().saveFile({ token: 'forged', suggestedName: 'x', text: 'x', saveAs: false })).rejects.toThrow(/unknown/);
  });

  it('refuses files over the size cap', async () => {
    const dir = await tmp();
    const path = join(dir, 'big.json');
    await writeFile(path, Buffer.alloc(MAX_FILE_BYTES + 1, 32));
    await expect(service(path).openFile()).rejects.toThrow(/64 MB/);
  });

  it('a writer killed in the middle of saves leaves the old or the new file, and it parses', async () => {
    const dir = await tmp();
    const path = join(dir, 'design.archway.json');
    const small = serializeDesign(design().node('a', 'client').build());
    await writeFile(path, small);
    const big = serializeDesign(gridDesign(5000, 2)); // a few MB, so a kill often lands mid-write
    // A child process saves repeatedly through the same atomic writer; kill it mid-way.
    const script = `
      import writeFileAtomic from 'write-file-atomic';
      import { readFileSync } from 'node:fs';
      const texts = [readFileSync(process.argv[2], 'utf8'), readFileSync(process.argv[3], 'utf8')];
      process.stdout.write('ready\\n');
      for (let i = 0; ; i++) await writeFileAtomic(process.argv[1], texts[i % 2], { fsync: true });
    `;
    const bigPath = join(dir, 'big.src');
    const smallPath = join(dir, 'small.src');
    await writeFile(bigPath, big);
    await writeFile(smallPath, small);
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, path, bigPath, smallPath], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 30 + round * 17));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const text = await readFile(path, 'utf8');
      expect([small, big]).toContain(text);
      expect(parseDesign(text).ok).toBe(true);
    }
    expect((await stat(path)).size).toBeGreaterThan(0);
  });
});
