/**
 * File › Export Mermaid…: downloads the design as a Mermaid flowchart in the Archway dialect
 * and shows the export's warnings (for example, more edges than mermaid renders by default).
 */
import { exportMermaid } from '../../../shared/io/mermaid/export';
import { downloadText, fileSlug } from '../platform/download';
import type { DesignStore } from '../state/designStore';

export function mermaidFileName(title: string): string {
  return `${fileSlug(title)}.mmd`;
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
