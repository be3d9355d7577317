/**
 * The recovery folder: autosaved drafts of unsaved designs, offered again after a crash or
 * a kill (VS Code's hot exit, drawio's drafts). Draft ids come from a closed alphabet, so a
 * draft never names a path outside the folder. Writes are atomic like saves.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DraftId, DraftSchema, type Draft } from '../../shared/ipc/contract';
import { parseDesign, safeJsonParse } from '../../shared/model/document';
import { removeStaleTemps } from './staleTemps';

export class RecoveryStore {
  constructor(readonly dir: string) {}

  private path(draftId: string): string {
    return join(this.dir, `${DraftId.parse(draftId)}.draft.json`);
  }

  /** Keeps a draft; refuses text that is not a design, so a restore never offers something that cannot open. */
  async save(draft: Omit<Draft, 'savedAt'>, now = Date.now()): Promise<void> {
    const path = this.path(draft.draftId);
    const parsed = parseDesign(draft.text);
    if (!parsed.ok) throw new Error(`The draft is not a design: ${parsed.error}`);
    await mkdir(this.dir, { recursive: true });
    const started = Date.now();
    await writeFileAtomic(path, JSON.stringify({ ...draft, savedAt: now }), { encoding: 'utf8', fsync: true });
    await removeStaleTemps(path, started);
  }

  /** Every readable draft, newest first; unreadable files are skipped, never thrown. */
  async list(): Promise<Draft[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const drafts: Draft[] = [];
    for (const name of names.filter((n) => n.endsWith('.draft.json'))) {
      try {
        const parsed = DraftSchema.safeParse(safeJsonParse(await readFile(join(this.dir, name), 'utf8')));
        if (parsed.success) drafts.push(parsed.data);
      } catch {
        // A draft cut short by a crash mid-write cannot exist (atomic writes); anything else unreadable is ignored.
      }
    }
    return drafts.sort((a, b) => b.savedAt - a.savedAt);
  }

  async discard(draftId: string): Promise<void> {
    await rm(this.path(draftId), { force: true });
  }
}
