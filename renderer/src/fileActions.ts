/** New, open and save: the document side of file handling (the platform does the I/O). */
import { emptyDesign, parseDesign, serializeDesign } from '../../shared/model/document';
import { isDirty, type DesignStore } from './state/designStore';
import { fileSlug } from './platform/download';
import type { Platform } from './platform/platform';
import { holdFile, releaseFile } from './state/fileLock';

export function suggestedFileName(title: string): string {
  return `${fileSlug(title)}.archway.json`;
}

export function newDesign(store: DesignStore): void {
  releaseFile();
  store.getState().load(emptyDesign(), null);
}

/** Opens text as a design; on failure shows why and leaves the open design untouched. */
export function openText(store: DesignStore, name: string, text: string, token?: string, mtimeMs?: number): boolean {
  const result = parseDesign(text);
  if (!result.ok) {
    store.getState().setNotice({ kind: 'error', text: `Could not open ${name}: ${result.error}` });
    return false;
  }
  store.getState().load(result.design, { name, token, mtimeMs });
  const loaded = store.getState().loadCount;
  void holdFile(token ?? name).then((mine) => {
    if (mine || store.getState().loadCount !== loaded) return;
    store.setState({ readOnly: true });
    store.getState().setNotice({ kind: 'info', text: `${name} is open in another window, so it opened read-only here. Save As keeps your changes in another file.` });
  });
  return true;
}

export async function openDesign(store: DesignStore, platform: Platform): Promise<void> {
  try {
    const file = await platform.openFile();
    if (file) openText(store, file.name, file.text, file.token, file.mtimeMs);
  } catch (err) {
    store.getState().setNotice({ kind: 'error', text: `Could not open the file: ${(err as Error).message}` });
  }
}

/**
 * Opens a recent file by its token (Open Recent, the desktop menu's File › Recent Files),
 * asking first when the open design has unsaved changes.
 */
export async function openRecentFile(store: DesignStore, platform: Platform, token: string): Promise<'opened' | 'canceled' | 'failed'> {
  if (isDirty(store.getState()) && !window.confirm('This design has unsaved changes. Open another and lose them?')) return 'canceled';
  try {
    const file = await platform.openRecent(token);
    return openText(store, file.name, file.text, file.token, file.mtimeMs) ? 'opened' : 'failed';
  } catch (err) {
    store.getState().setNotice({ kind: 'error', text: (err as Error).message });
    return 'failed';
  }
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
