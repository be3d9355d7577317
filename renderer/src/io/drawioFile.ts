/**
 * File › Import draw.io… and Export draw.io…, and draw.io files dropped on the window. Import
 * reads `.drawio`, `.drawio.svg` and `.xml` (every page, each as a group, when the file has
 * several); shapes map to kinds and positions are kept, so no layout runs. Export saves an
 * uncompressed `.drawio` that imports back to the same design.
 */
import { exportDrawio } from '../../../shared/io/drawio/export';
import { isDrawioFileName } from '../../../shared/io/drawio/files';
import { fileSlug } from '../platform/download';
import type { Platform } from '../platform/platform';
import type { DesignStore } from '../state/designStore';
import { replaceDocument, type Replacement } from '../state/replaceDocument';

export { isDrawioFileName };

/** draw.io text as the document that replaces the open one (the parser is loaded on first use). */
export async function drawioReplacement(store: DesignStore, name: string, text: string): Promise<Replacement | null> {
  const { importDrawio } = await import('../../../shared/io/drawio/import');
  const title = name.replace(/\.(drawio\.svg|drawio\.xml|drawio|dio|xml|svg)$/i, '');
  const probe = importDrawio(text, { title });
  // Several pages: bring them all, each in a group named after it.
  const result = probe.ok && probe.pages.length > 1 ? importDrawio(text, { title, allPages: true }) : probe;
  if (!result.ok) {
    store.getState().setNotice({ kind: 'error', text: `Could not import ${name}: ${result.error}` });
    return null;
  }
  const pages = result.pages.length > 1 ? ` from ${result.pages.length} pages` : '';
  const warnings = result.warnings.filter((w) => !/pages; imported the first/.test(w));
  return {
    design: result.design,
    file: null,
    dirty: true,
    notice: { kind: 'info', text: `Imported ${name}${pages}: ${result.design.nodes.length} nodes, ${result.design.edges.length} edges.${warnings.length ? ` ${warnings.join(' ')}` : ''}` },
  };
}

/** Asks for a draw.io file and imports it, through the one guarded replace path. */
export function importDrawioFile(store: DesignStore): void {
  void replaceDocument(
    store,
    'Importing a draw.io file',
    () =>
      new Promise<Replacement | null>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = '.drawio,.dio,.xml,.svg,application/vnd.jgraph.mxfile';
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          void file.text().then((text) => drawioReplacement(store, file.name, text).then(resolve));
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
  );
}

export function drawioFileName(title: string): string {
  return `${fileSlug(title)}.drawio`;
}

export async function exportDrawioFile(store: DesignStore, platform: Platform): Promise<void> {
  const s = store.getState();
  try {
    const { text } = exportDrawio(s.design);
    const name = drawioFileName(s.design.metadata.title);
    if (!(await platform.exportFile(text, name, 'application/vnd.jgraph.mxfile'))) return;
    s.setNotice({ kind: 'info', text: `Exported ${name} (draw.io diagram).` });
  } catch (err) {
    s.setNotice({ kind: 'error', text: `Could not export draw.io: ${(err as Error).message}` });
  }
}
