/**
 * mermaid in Node: mermaid needs a DOM (DOMPurify, d3), so a jsdom window is installed on
 * globalThis before mermaid is first imported (DESIGN §1: the host passes the DOM in).
 * Use `loadMermaid()` everywhere in Node (CLI, tests, bench); never import mermaid directly.
 */
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;

function installDom(): void {
  if ((globalThis as { window?: unknown }).window) return;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  for (const key of ['DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'DocumentFragment', 'MutationObserver'] as const) {
    if (g[key] === undefined) g[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  if (g.navigator === undefined) g.navigator = dom.window.navigator;
}

export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    installDom();
    const mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxEdges: 200_000, maxTextSize: 50_000_000 });
    return mermaid;
  })();
  return loading;
}

/** Parses with the real mermaid parser; resolves to the diagram type or throws mermaid's error. */
export async function parseMermaid(text: string): Promise<string> {
  const mermaid = await loadMermaid();
  const result = await mermaid.parse(text);
  if (!result) throw new Error('mermaid rejected the text');
  return result.diagramType;
}
