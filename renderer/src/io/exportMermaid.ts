/**
 * File › Export Mermaid…: downloads the design as a Mermaid flowchart in the Archway dialect
 * and shows the export's warnings (for example, more edges than mermaid renders by default).
 */
import { exportMermaid } from '../../../shared/io/mermaid/export';
import type { DesignStore } from '../state/designStore';

export function mermaidFileName(title: string): string {
  const slug = title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'design'}.mmd`;
}

/**
 * A browser download. (Electron answers it with its own save dialog; a design save goes
 * through the platform instead, which reads the written file back as a design.)
 */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportMermaidFile(store: DesignStore): void {
  const s = store.getState();
  try {
    const { text, warnings } = exportMermaid(s.design);
    const name = mermaidFileName(s.design.metadata.title);
    downloadText(text, name, 'text/vnd.mermaid;charset=utf-8');
    s.setNotice({ kind: 'info', text: [`Exported ${name} (Mermaid flowchart).`, ...warnings.map((w) => `Warning: ${w}`)].join(' ') });
  } catch (err) {
    s.setNotice({ kind: 'error', text: `Could not export Mermaid: ${(err as Error).message}` });
  }
}
