/**
 * Copy, cut, paste and duplicate of nodes with the edges between them. The system
 * clipboard carries a design fragment as JSON text, so it works across designs and windows;
 * pasting Mermaid text imports it. The DOM copy/cut/paste events do the work (they need no
 * clipboard permission and fire for keyboard shortcuts and the Edit menu alike); a focused
 * text field keeps its own clipboard behaviour.
 */
import { extractFragment, parseFragment, pasteFragment, serializeFragment, type Fragment } from '../../../shared/model/fragment';
import type { DesignStore } from '../state/designStore';

export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function selection(store: DesignStore): { nodeIds: string[]; edgeIds: string[] } {
  const s = store.getState();
  return { nodeIds: s.nodes.filter((n) => n.selected).map((n) => n.id), edgeIds: s.edges.filter((e) => e.selected).map((e) => e.id) };
}

export function copySelection(store: DesignStore): string | undefined {
  const { nodeIds } = selection(store);
  if (!nodeIds.length) return undefined;
  return serializeFragment(extractFragment(store.getState().design, nodeIds));
}

export function addFragment(store: DesignStore, fragment: Fragment, offset?: { x: number; y: number }): void {
  const s = store.getState();
  const { edit, nodeIds, edgeIds } = pasteFragment(s.design, fragment, offset);
  s.apply(edit);
  s.select(nodeIds, edgeIds);
}

/** Duplicate: copy and paste in one step, without the clipboard. */
export function duplicateSelection(store: DesignStore): void {
  const { nodeIds } = selection(store);
  if (nodeIds.length) addFragment(store, extractFragment(store.getState().design, nodeIds));
}

export function deleteSelection(store: DesignStore): void {
  const s = store.getState();
  const { nodeIds, edgeIds } = selection(store);
  s.apply({ type: 'remove', nodeIds, edgeIds });
}

const MERMAID_START = /^\s*(%%.*\n\s*)*(flowchart|graph)\b/;

/** Pastes clipboard text: a fragment, or a Mermaid flowchart (imported and laid out). */
export async function pasteText(store: DesignStore, text: string): Promise<void> {
  const fragment = parseFragment(text);
  if (fragment) return addFragment(store, fragment);
  if (MERMAID_START.test(text)) {
    const [{ importAndLayout }, { browserFlowchartParser }, { layoutInWorker }] = await Promise.all([
      import('../io/importFlow'),
      import('../io/mermaidParser'),
      import('../io/layoutClient'),
    ]);
    const result = await importAndLayout(text, { parser: browserFlowchartParser, layout: layoutInWorker });
    if (!result.ok) return store.getState().setNotice({ kind: 'error', text: `The pasted Mermaid could not be imported: ${result.error}` });
    addFragment(store, extractFragment(result.design, result.design.nodes.filter((n) => n.parent === undefined).map((n) => n.id)), { x: 0, y: 0 });
    return;
  }
  store.getState().setNotice({ kind: 'info', text: 'The clipboard holds neither Archway components nor a Mermaid flowchart.' });
}

/** Wires the document's copy/cut/paste events to the design. Returns the uninstaller. */
export function installClipboard(store: DesignStore): () => void {
  const onCopy = (e: ClipboardEvent, cut: boolean) => {
    if (isTextField(e.target) || !e.clipboardData) return;
    const text = copySelection(store);
    if (!text) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
    if (cut) deleteSelection(store);
  };
  const copy = (e: ClipboardEvent) => onCopy(e, false);
  const cut = (e: ClipboardEvent) => onCopy(e, true);
  const paste = (e: ClipboardEvent) => {
    if (isTextField(e.target) || !e.clipboardData) return;
    e.preventDefault();
    void pasteText(store, e.clipboardData.getData('text/plain'));
  };
  document.addEventListener('copy', copy);
  document.addEventListener('cut', cut);
  document.addEventListener('paste', paste);
  return () => {
    document.removeEventListener('copy', copy);
    document.removeEventListener('cut', cut);
    document.removeEventListener('paste', paste);
  };
}

/** The Edit menu's Copy/Cut/Paste when no key event is involved (menu bar clicks). */
export async function menuClipboard(store: DesignStore, action: 'copy' | 'cut' | 'paste'): Promise<void> {
  if (action === 'paste') {
    try {
      return await pasteText(store, await navigator.clipboard.readText());
    } catch {
      return store.getState().setNotice({ kind: 'info', text: 'The browser did not allow reading the clipboard: press Ctrl+V (⌘V) instead.' });
    }
  }
  const text = copySelection(store);
  if (!text) return;
  await navigator.clipboard.writeText(text);
  if (action === 'cut') deleteSelection(store);
}
