import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportService, filterFor, safeFileName, type ExportFilter } from './exports';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

/** A dialog that answers with a path in a fresh folder and records what it was asked. */
async function service(answer: 'save' | 'cancel' = 'save') {
  dir = await mkdtemp(join(tmpdir(), 'archway-export-'));
  const asked: { name: string; filter: ExportFilter }[] = [];
  const svc = new ExportService({
    async chooseExportPath(name, filter) {
      asked.push({ name, filter });
      return answer === 'save' ? join(dir, name) : undefined;
    },
  });
  return { svc, asked };
}

describe('ExportService', () => {
  it('writes bytes and text where the user chose, with a filter for the type', async () => {
    const { svc, asked } = await service();
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
    await expect(svc.exportFile({ suggestedName: 'orders.png', data: png })).resolves.toEqual({ canceled: false, name: 'orders.png' });
    expect(new Uint8Array(await readFile(join(dir, 'orders.png')))).toEqual(png);
    await svc.exportFile({ suggestedName: 'orders.mmd', data: 'flowchart TB\n  A["Ünïcode"] --> B\n' });
    expect(await readFile(join(dir, 'orders.mmd'), 'utf8')).toBe('flowchart TB\n  A["Ünïcode"] --> B\n');
    expect(asked.map((a) => a.filter)).toEqual([
      { name: 'PNG image', extensions: ['png'] },
      { name: 'Mermaid flowchart', extensions: ['mmd'] },
    ]);
  });

  it('writes a view of a larger buffer exactly (no bytes from around it)', async () => {
    const { svc } = await service();
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    await svc.exportFile({ suggestedName: 'part.zip', data: whole.subarray(2, 4) });
    expect([...(await readFile(join(dir, 'part.zip')))]).toEqual([3, 4]);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const { svc } = await service('cancel');
    await expect(svc.exportFile({ suggestedName: 'a.svg', data: '<svg/>' })).resolves.toEqual({ canceled: true });
    expect(await readdir(dir)).toEqual([]);
  });

  it('suggests a file name only: paths and control characters are dropped', async () => {
    const { svc, asked } = await service('cancel');
    await svc.exportFile({ suggestedName: '../../.bashrc', data: 'x' });
    await svc.exportFile({ suggestedName: 'C:\\Windows\\evil.csv', data: 'x' });
    expect(asked.map((a) => a.name)).toEqual(['.bashrc', 'evil.csv']);
    expect(safeFileName('a\u0000b\nc.json')).toBe('abc.json');
    expect(safeFileName('..')).toBe('export');
    // Bidi controls would show `report\u202Egvs.exe` as `reportexe.svg`.
    expect(safeFileName('report\u202Egvs.exe')).toBe('reportgvs.exe');
    expect(safeFileName('\u2066a\u2069\u200e\u200fb\u202a\u202b\u202c\u202d.svg')).toBe('ab.svg');
    expect(filterFor('x.unknown')).toEqual({ name: 'All files', extensions: ['*'] });
  });

  it('removes what an export killed mid-write left beside the same file', async () => {
    const { svc } = await service();
    const stale = join(dir, 'orders.svg.3141592653');
    await writeFile(stale, '<svg');
    const old = new Date(Date.now() - 60_000);
    await utimes(stale, old, old);
    await writeFile(join(dir, 'orders.svg.bak'), 'kept');
    await svc.exportFile({ suggestedName: 'orders.svg', data: '<svg/>' });
    expect((await readdir(dir)).sort()).toEqual(['orders.svg', 'orders.svg.bak']);
  });
});
