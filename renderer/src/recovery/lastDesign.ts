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

/** Whether this page load is a reload (or back/forward), not a new tab or window. */
function reloaded(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return !nav || nav.type === 'reload' || nav.type === 'back_forward';
}

/**
 * Reopens the remembered design after a reload (at start, when no draft is waiting). A new tab
 * starts empty, as a new window does, with the design one click away in the start panel.
 */
export async function reopenLastDesign(store: DesignStore, platform: Platform): Promise<boolean> {
  if (!reloaded()) return false;
  const last = await platform.recallLast?.().catch(() => null);
  if (!last || store.getState().design.nodes.length || store.getState().loadCount > 0) return false;
  const parsed = parseDesign(last.text);
  if (!parsed.ok) return false;
  store.getState().load(parsed.design, { name: last.name });
  return true;
}
