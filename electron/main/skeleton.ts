/**
 * Code skeleton export on the desktop: the folder dialog and the write. The renderer never
 * sends a path: it gets an opaque token for the folder the user chose, and main writes only
 * inside that folder, through the safe tree writer (shared/node/skeleton/write.ts: sanitized
 * paths under the folder's realpath, no symlinks followed out, edited files kept, atomic
 * writes). A non-empty folder that is not an earlier skeleton is refused until the user
 * agrees (SAFETY.md "Files written from design content").
 */
import { randomUUID } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Request, Response } from '../../shared/ipc/contract';
import { MANIFEST } from '../../shared/io/skeleton/generate';
import { TargetNotEmptyError, writeTree } from '../../shared/node/skeleton/write';

export interface FolderDialog {
  /** Resolves to the chosen folder, or undefined when the user cancels. */
  chooseFolder(): Promise<string | undefined>;
}

export class SkeletonService {
  private readonly folders = new Map<string, string>();

  constructor(private readonly dialog: FolderDialog) {}

  async chooseFolder(): Promise<Response<'chooseFolder'>> {
    const path = await this.dialog.chooseFolder();
    if (!path) return { canceled: true };
    let token = [...this.folders].find(([, p]) => p === path)?.[0];
    if (!token) {
      token = randomUUID();
      this.folders.set(token, path);
    }
    const entries = await readdir(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? [] : Promise.reject(err)));
    const manifest = await lstat(join(path, MANIFEST)).catch(() => null);
    return { canceled: false, token, name: basename(path) || path, empty: entries.length === 0, earlierSkeleton: manifest?.isFile() ?? false };
  }

  async writeSkeleton(req: Request<'writeSkeleton'>): Promise<Response<'writeSkeleton'>> {
    const root = this.folders.get(req.folderToken);
    if (!root) throw new Error('The folder to write to is unknown; choose it again.');
    const folder = basename(root) || root;
    try {
      const report = await writeTree(root, req.files, { force: req.force });
      return { ok: true, folder, ...report };
    } catch (err) {
      if (err instanceof TargetNotEmptyError) return { ok: false, reason: 'not-empty', folder };
      throw err;
    }
  }
}
