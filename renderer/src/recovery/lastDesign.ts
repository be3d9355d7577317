/**
 * The browser build reopens the last design after a reload: whenever the open design has no
 * unsaved changes (just opened, saved, a template), it is remembered in IndexedDB; unsaved
 * work is the drafts' business (autosave.ts), offered by the recovery dialog instead.
 */
import { parseDesign, serializeDesign } from '../../../shared/model/document';
import type { Platform } from '../platform/types';
import { isDirty, type DesignStore } from '../state/designStore';

export const REMEMBER_DELAY_MS = 500;
/**
 * Bigger designs are not remembered: serializing one would block the main thread for longer
 * than a frame budget allows (5,000 nodes took about 1 s of main thread in a loaded run).
 */
export const REMEMBER_MAX_NODES = 2_000;

export function rememberLastDesign(store: DesignStore, platform: Platform): () => void {
  const remember = platform.rememberLast;
  if (!remember) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const s = store.getState();
    if (isDirty(s)) return;
    if (s.design.nodes.length > REMEMBER_MAX_NODES) return void remember(null).catch(() => {});
    const last = s.design.nodes.length ? { name: s.file?.name ?? s.design.metadata.title, text: serializeDesign(s.design) } : null;
    void remember(last).catch(() => {});
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.savedDesign === prev.savedDesign && s.file === prev.file) return;
    clearTimeout(timer);
    timer = setTimeout(write, REMEMBER_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Reopens the remembered design, if any (at start, when no draft is waiting), as web editors do in a new tab too. */
export async function reopenLastDesign(store: DesignStore, platform: Platform): Promise<boolean> {
  const last = await platform.recallLast?.().catch(() => null);
  if (!last || store.getState().design.nodes.length || store.getState().loadCount > 0) return false;
  const parsed = parseDesign(last.text);
  if (!parsed.ok) return false;
  store.getState().load(parsed.design, { name: last.name });
  return true;
}
