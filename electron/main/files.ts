/**
 * The file service: the only code in main that reads or writes design files. The renderer
 * never sends a path: it gets an opaque token for each file the user chose in a dialog, and
 * main writes only to those (SAFETY.md; drawio advisory GHSA-fjgc-8xgj-rvh4).
 * Saves are atomic (write-file-atomic: temporary file in the same folder, fsync, rename); the
 * temporary files a killed save left are removed on the next open or save (staleTemps.ts).
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { FileRef, Request, Response } from '../../shared/ipc/contract';
import { parseDesign } from '../../shared/model/document';
import { safeFileName } from './exports';
import { removeStaleTemps } from './staleTemps';

export interface Dialogs {
  /** Resolves to the chosen path, or undefined when the user cancels. */
  chooseOpenPath(): Promise<string | undefined>;
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
}

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class FileService {
  private readonly paths = new Map<string, string>();

  constructor(
    private readonly dialogs: Dialogs,
    /** Told of every path opened or saved (recent files). */
    private readonly touched: (path: string) => void | Promise<void> = () => {},
  ) {}

  /** A token for a path the user chose (dialog, recent files, a dropped file). */
  grant(path: string): string {
    for (const [token, p] of this.paths) if (p === path) return token;
    const token = randomUUID();
    this.paths.set(token, path);
    return token;
  }

  pathOf(token: string): string | undefined {
    return this.paths.get(token);
  }

  private async ref(path: string): Promise<FileRef> {
    const info = await stat(path);
    return { token: this.grant(path), name: basename(path), mtimeMs: info.mtimeMs };
  }

  async openFile(): Promise<Response<'openFile'>> {
    const path = await this.dialogs.chooseOpenPath();
    if (!path) return { canceled: true };
    return this.read(path);
  }

  async read(path: string): Promise<Response<'openRecent'>> {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) throw new Error(`${basename(path)} is ${(info.size / 1048576).toFixed(0)} MB; Archway opens files up to 64 MB.`);
    const started = Date.now();
    const text = await readFile(path, 'utf8');
    await removeStaleTemps(path, started);
    await this.touched(path);
    return { canceled: false, file: await this.ref(path), text };
  }

  async saveFile(req: Request<'saveFile'>): Promise<Response<'saveFile'>> {
    let path = !req.saveAs && req.token ? this.paths.get(req.token) : undefined;
    if (!req.saveAs && req.token && !path) throw new Error('The file to save to is unknown; use Save As.');
    // Someone changed the file since it was opened or saved: ask before overwriting it.
    if (path && req.expectedMtimeMs !== undefined && !req.overwrite) {
      const now = await stat(path).catch(() => undefined);
      if (now && Math.abs(now.mtimeMs - req.expectedMtimeMs) > 1) return { canceled: false, conflict: true, mtimeMs: now.mtimeMs };
    }
    // The renderer suggests a name, never a path: the dialog must not open prefilled elsewhere.
    if (!path) path = await this.dialogs.chooseSavePath(safeFileName(req.suggestedName, 'design.archway.json'));
    if (!path) return { canceled: true };
    const started = Date.now();
    await writeFileAtomic(path, req.text, { encoding: 'utf8', fsync: true });
    await removeStaleTemps(path, started);
    // Read back and parse, so the renderer deletes its draft only after a save that holds.
    const back = await readFile(path, 'utf8');
    const verified = back === req.text && parseDesign(back).ok;
    await this.touched(path);
    return { canceled: false, file: await this.ref(path), verified };
  }
}
