/**
 * Temporary files a killed save left behind. write-file-atomic writes `<realpath>.<n>` (n the
 * first 32 bits of a SHA-1, in decimal) beside the file and renames it over the file; a kill
 * between the two leaves the temporary file, up to the design's size each time (issue 13: 28
 * files, about 290 MB over 220 kills). On the next open or save of that design we remove
 * exactly those: the same folder, the design's own name plus a dot and digits, a plain file,
 * last written well before this process began its own read or write. Nothing else is touched.
 */
import { lstat, readdir, realpath, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A temporary file still being written (another window, another Archway) is written to
 * continuously until its rename; one untouched this long is not. Generous, because removing a
 * live temporary file would fail that save (never corrupt the design, which is only renamed over).
 */
export const STALE_AFTER_MS = 10_000;

const MAX_TMP_SUFFIX = 2 ** 32 - 1;

/** Whether `name` is write-file-atomic's temporary name for the file called `design`. */
export function isTempNameOf(name: string, design: string): boolean {
  if (!name.startsWith(`${design}.`)) return false;
  const suffix = name.slice(design.length + 1);
  return /^\d{1,10}$/.test(suffix) && Number(suffix) <= MAX_TMP_SUFFIX;
}

/**
 * Removes the stale temporary files of the design at `path` (and of its real path, where the
 * writer puts them when `path` is a symlink); returns the names removed. Never throws: a
 * cleanup that fails must not fail the open or save it rides along with.
 */
export async function removeStaleTemps(path: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const targets = new Set([path]);
  const real = await realpath(path).catch(() => undefined);
  if (real) targets.add(real);
  for (const target of targets) {
    const dir = dirname(target);
    const design = basename(target);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!isTempNameOf(name, design)) continue;
      const tmp = join(dir, name);
      try {
        const info = await lstat(tmp);
        // Only plain files: never follow a symlink or empty a folder that happens to match.
        if (!info.isFile() || now - info.mtimeMs < STALE_AFTER_MS) continue;
        await unlink(tmp);
        removed.push(tmp);
      } catch {
        // Gone already (another window cleaned it) or not ours to remove: leave it.
      }
    }
  }
  return removed;
}
