/**
 * Writes a generated file tree into a folder the user chose (SAFETY.md "Files written from
 * design content"):
 * - every path is checked by `unsafePathReason` and resolved under the root's realpath;
 * - a symbolic link inside the target is never written through; a linked folder is entered
 *   only when its realpath stays inside the root;
 * - a non-empty folder is refused unless it is an earlier skeleton (it holds the manifest)
 *   or `force` says the user agreed;
 * - an existing file is replaced only while its marker says nobody edited it; edited and
 *   unmarked files are kept;
 * - each file is written to a temporary file in the same folder, flushed, then renamed over.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { MANIFEST } from '../../io/skeleton/generate';
import { markerState } from '../../io/skeleton/marker';
import { caseCollisions, unsafePathReason } from '../../io/skeleton/paths';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  keptUserEdits: string[];
  skipped: { path: string; reason: string }[];
}

export interface WriteOptions {
  /** The user agreed to write into a non-empty folder that is not an earlier skeleton. */
  force?: boolean;
  /** A file whose presence marks the folder as an earlier skeleton (default: the skeleton manifest). */
  manifest?: string;
}

export class TargetNotEmptyError extends Error {}

const inside = (root: string, p: string): boolean => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code;

async function lstatOrNull(p: string) {
  try {
    return await lstat(p);
  } catch (err) {
    if (code(err) === 'ENOENT') return null;
    throw err;
  }
}

/** The real folder for `segments` under `root`, creating what is missing, or why it cannot be used. */
async function enterFolders(root: string, segments: string[]): Promise<{ dir: string } | { reason: string }> {
  let cur = root;
  for (const seg of segments) {
    const next = join(cur, seg);
    let st = await lstatOrNull(next);
    if (!st) {
      try {
        await mkdir(next);
      } catch (err) {
        if (code(err) !== 'EEXIST') throw err;
      }
      st = await lstat(next);
    }
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(next);
      } catch {
        return { reason: `${seg}: dangling symbolic link` };
      }
      if (!inside(root, target)) return { reason: `${seg}: symbolic link out of the target folder` };
      if (!(await stat(target)).isDirectory()) return { reason: `${seg}: not a folder` };
      cur = target;
    } else if (st.isDirectory()) cur = next;
    else return { reason: `${seg}: a file is in the way of a folder` };
  }
  return { dir: cur };
}

/** Temporary file in the same folder, flushed, renamed over the target (npm write-file-atomic's recipe). */
async function writeAtomic(root: string, dir: string, file: string, content: string): Promise<void> {
  const tmp = join(dir, `.${file}.${randomBytes(6).toString('hex')}.archway-tmp`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The folder may have been swapped for a link since it was checked: check again just before.
    if (!inside(root, await realpath(dir))) throw new Error(`${dir} moved out of the target folder`);
    await rename(tmp, join(dir, file));
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

export async function writeTree(rootPath: string, files: readonly { path: string; content: string }[], opts: WriteOptions = {}): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], keptUserEdits: [], skipped: [] };
  await mkdir(rootPath, { recursive: true });
  const root = await realpath(rootPath);

  const existing = await readdir(root);
  const manifest = await lstatOrNull(join(root, opts.manifest ?? MANIFEST));
  const earlierSkeleton = manifest?.isFile() ?? false;
  if (existing.length > 0 && !earlierSkeleton && !opts.force) {
    throw new TargetNotEmptyError(`${rootPath} is not empty and holds no earlier skeleton`);
  }

  const clashes = new Set(caseCollisions(files.map((f) => f.path)));
  for (const f of files) {
    const reason = unsafePathReason(f.path) ?? (clashes.has(f.path) ? 'differs from another path only by case' : null);
    if (reason) {
      report.skipped.push({ path: f.path, reason });
      continue;
    }
    const segments = f.path.split('/');
    const name = segments.pop()!;
    const folder = await enterFolders(root, segments);
    if ('reason' in folder) {
      report.skipped.push({ path: f.path, reason: folder.reason });
      continue;
    }
    const target = join(folder.dir, name);
    const st = await lstatOrNull(target);
    if (st?.isSymbolicLink()) {
      report.skipped.push({ path: f.path, reason: 'is a symbolic link' });
      continue;
    }
    if (st && !st.isFile()) {
      report.skipped.push({ path: f.path, reason: 'is not a regular file' });
      continue;
    }
    if (st) {
      const current = await readFile(target, 'utf8');
      if (current === f.content) {
        report.unchanged.push(f.path);
        continue;
      }
      if (markerState(current) !== 'unedited') {
        report.keptUserEdits.push(f.path);
        continue;
      }
    }
    await writeAtomic(root, folder.dir, name, f.content);
    report.written.push(f.path);
  }
  return report;
}

/** What the CLI prints after writing. */
export function formatReport(report: WriteReport, out: string): string {
  const lines = [
    `${out}: wrote ${report.written.length}, unchanged ${report.unchanged.length}, kept ${report.keptUserEdits.length} edited, skipped ${report.skipped.length}`,
    ...report.written.map((p) => `  wrote     ${p}`),
    ...report.keptUserEdits.map((p) => `  kept      ${p} (edited since it was generated; delete it to regenerate)`),
    ...report.skipped.map((s) => `  skipped   ${s.path} (${s.reason})`),
  ];
  return `${lines.join('\n')}\n`;
}

