/**
 * Dropping a `.archway.json`, `.mmd` or `.drawio` file onto the window opens it (Mermaid is
 * imported and laid out, draw.io keeps its positions). Palette drags carry no files, so they pass through untouched.
 */
import { designFromText } from '../fileActions';
import type { DesignStore } from '../state/designStore';
import { replaceDocument } from '../state/replaceDocument';

export async function openDroppedFile(store: DesignStore, file: File): Promise<void> {
  const name = file.name;
  const lower = name.toLowerCase();
  const drawio = lower.endsWith('.drawio') || lower.endsWith('.dio') || lower.endsWith('.drawio.svg') || lower.endsWith('.xml');
  if (!lower.endsWith('.json') && !lower.endsWith('.mmd') && !lower.endsWith('.mermaid') && !drawio) {
    store.getState().setNotice({ kind: 'error', text: `Cannot open ${name}: Archway opens .archway.json designs, .mmd Mermaid flowcharts and .drawio diagrams.` });
    return;
  }
  await replaceDocument(store, `Opening ${name}`, async () => {
    const text = await file.text();
    if (drawio) return (await import('../io/drawioFile')).drawioReplacement(store, name, text);
    if (lower.endsWith('.json')) return designFromText(store, name, text);
    const [{ importAndLayout }, { browserFlowchartParser }, { layoutInWorker }] = await Promise.all([
      import('../io/importFlow'),
      import('../io/mermaidParser'),
      import('../io/layoutClient'),
    ]);
    const result = await importAndLayout(text, { parser: browserFlowchartParser, layout: layoutInWorker });
    if (!result.ok) {
      store.getState().setNotice({ kind: 'error', text: `Could not import ${name}: ${result.error}` });
      return null;
    }
    const warnings = result.warnings.length ? ` ${result.warnings.join(' ')}` : '';
    return {
      design: result.design,
      file: null,
      dirty: true,
      notice: { kind: 'info', text: `Imported ${name}: ${result.design.nodes.length} nodes, ${result.design.edges.length} edges.${warnings}` },
    };
  });
}

export function installDropOpen(store: DesignStore): () => void {
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer!.files[0];
    if (file) void openDroppedFile(store, file);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}
