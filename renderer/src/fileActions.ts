/** New, open and save: the document side of file handling (the platform does the I/O). */
import { emptyDesign, serializeDesign } from '../../shared/model/document';
import { readDesign, type ReadDesign } from './io/openClient';
import { useOpening } from './io/OpenProgress';
import type { DesignStore } from './state/designStore';
import { replaceDocument, type Replacement, type ReplaceOutcome } from './state/replaceDocument';
import { fileSlug } from './platform/download';
import type { Platform } from './platform/platform';
import { holdFile, releaseFile } from './state/fileLock';

export function suggestedFileName(title: string): string {
  return `${fileSlug(title)}.archway.json`;
}

export function newDesign(store: DesignStore): Promise<ReplaceOutcome> {
  return replaceDocument(store, 'A new design', () => {
    releaseFile();
    return { design: emptyDesign(), file: null };
  });
}

/**
 * A design read from a file's text, ready for replaceDocument: big files are read in a worker
 * with progress and Cancel (io/openClient). On failure shows why and gives null, so the open
 * design stays untouched.
 */
export async function designFromText(store: DesignStore, name: string, text: string, token?: string, mtimeMs?: number): Promise<Replacement | null> {
  const ctrl = new AbortController();
  const progress = useOpening.getState();
  let result: ReadDesign;
  try {
    result = await readDesign(text, {
      signal: ctrl.signal,
      onProgress: (phase, fraction) => progress.set({ name, phase, fraction, cancel: () => ctrl.abort() }),
    });
  } finally {
    progress.set(null);
  }
  if (!result.ok) {
    if (!result.canceled) store.getState().setNotice({ kind: 'error', text: `Could not open ${name}: ${result.error}` });
    return null;
  }
  return {
    design: result.design,
    prepared: result.prepared,
    file: { name, token, mtimeMs },
    after: () => {
      const loaded = store.getState().loadCount;
      void holdFile(token ?? name).then((mine) => {
        if (mine || store.getState().loadCount !== loaded) return;
        store.setState({ readOnly: true });
        store.getState().setNotice({ kind: 'info', text: `${name} is open in another window, so it opened read-only here. Save As keeps your changes in another file.` });
      });
    },
  };
}

/** Opens text as a design, asking first over unsaved changes. */
export async function openText(store: DesignStore, name: string, text: string, token?: string, mtimeMs?: number): Promise<boolean> {
  return (await replaceDocument(store, `Opening ${name}`, () => designFromText(store, name, text, token, mtimeMs))) === 'replaced';
}

/** File › Open: asks over unsaved changes first, then shows the file picker. */
export async function openDesign(store: DesignStore, platform: Platform): Promise<ReplaceOutcome> {
  return replaceDocument(store, 'Opening a file', async () => {
    let file;
    try {
      file = await platform.openFile();
    } catch (err) {
      store.getState().setNotice({ kind: 'error', text: `Could not open the file: ${(err as Error).message}` });
      return null;
    }
    return file && designFromText(store, file.name, file.text, file.token, file.mtimeMs);
  });
}

/** Opens a recent file by its token (Open Recent, the desktop menu's File › Recent Files). */
export async function openRecentFile(store: DesignStore, platform: Platform, token: string): Promise<'opened' | 'canceled' | 'failed'> {
  let failed = false;
  const outcome = await replaceDocument(store, 'Opening a recent file', async () => {
    try {
      const file = await platform.openRecent(token);
      const next = await designFromText(store, file.name, file.text, file.token, file.mtimeMs);
      failed = !next;
      return next;
    } catch (err) {
      failed = true;
      store.getState().setNotice({ kind: 'error', text: (err as Error).message });
      return null;
    }
  });
  return outcome === 'replaced' ? 'opened' : failed || outcome === 'failed' ? 'failed' : 'canceled';
}

/** Asks before overwriting a file that changed on disk; replaceable in tests. */
export let confirmOverwrite = (name: string): boolean =>
  window.confirm(`${name} was changed on disk since you opened it. Overwrite it with this design?`);

export async function saveDesign(store: DesignStore, platform: Platform, saveAs = false): Promise<boolean> {
  const s = store.getState();
  // A read-only copy never writes over the file another window holds.
  if (s.readOnly) saveAs = true;
  const design = s.design;
  try {
    const req = {
      text: serializeDesign(design),
      suggestedName: s.file?.name ?? suggestedFileName(design.metadata.title),
      token: s.file?.token,
      saveAs,
      expectedMtimeMs: saveAs ? undefined : s.file?.mtimeMs,
    };
    let saved = await platform.saveFile(req);
    if (saved.status === 'conflict') {
      if (!confirmOverwrite(s.file?.name ?? 'The file')) return false;
      saved = await platform.saveFile({ ...req, overwrite: true });
    }
    if (saved.status !== 'saved') return false;
    // Mark the design that was written as saved, even if edits arrived meanwhile.
    if (saveAs) void holdFile(saved.token ?? saved.name);
    store.setState({ savedDesign: design, readOnly: false, lastSaveVerified: saved.verified, file: { name: saved.name, token: saved.token, mtimeMs: saved.mtimeMs } });
    s.setNotice(saved.verified ? { kind: 'info', text: `Saved ${saved.name}` } : { kind: 'error', text: `Saved ${saved.name}, but reading it back failed: keep working and save again.` });
    return saved.verified;
  } catch (err) {
    s.setNotice({ kind: 'error', text: `Could not save: ${(err as Error).message}` });
    return false;
  }
}
