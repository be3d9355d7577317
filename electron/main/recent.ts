/**
 * Recent files: the last designs opened or saved, kept in the app's data folder. A recent
 * entry is one of the few paths main may touch without a dialog (SAFETY.md), and the renderer
 * still only ever sees tokens for them.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { safeJsonParse } from '../../shared/model/document';

export const MAX_RECENT = 10;
const Entry = z.object({ path: z.string().min(1).max(4096), openedAt: z.number() });
export type RecentEntry = z.infer<typeof Entry>;

export class RecentFiles {
  constructor(readonly file: string) {}

  async list(): Promise<RecentEntry[]> {
    try {
      const parsed = z.array(Entry).safeParse(safeJsonParse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  /** Puts a path first (opened or saved just now). */
  async add(path: string, now = Date.now()): Promise<void> {
    const rest = (await this.list()).filter((e) => e.path !== path);
    await this.write([{ path, openedAt: now }, ...rest].slice(0, MAX_RECENT));
  }

  async remove(path: string): Promise<void> {
    await this.write((await this.list()).filter((e) => e.path !== path));
  }

  async clear(): Promise<void> {
    await this.write([]);
  }

  private async write(entries: RecentEntry[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(entries, null, 2), { encoding: 'utf8' });
  }
}

export const displayName = (path: string): string => basename(path);
