/**
 * File › Export Mermaid…: saves (Electron) or downloads (browser) the design as a Mermaid flowchart in the Archway dialect
 * and shows the export's warnings (for example, more edges than mermaid renders by default).
 */
import { exportMermaid } from '../../../shared/io/mermaid/export';
import { fileSlug } from '../platform/download';
import type { Platform } from '../platform/platform';
import type { DesignStore } from '../state/designStore';

export function mermaidFileName(title: string): string {
  return `${fileSlug(title)}.mmd`;
}

export async function exportMermaidFile(store: DesignStore, platform: Platform): Promise<void> {
  const s = store.getState();
  try {
    const { text, warnings } = exportMermaid(s.design);
    const name = mermaidFileName(s.design.metadata.title);
    if (!(await platform.exportFile(text, name, 'text/vnd.mermaid;charset=utf-8'))) return;
    s.setNotice({ kind: 'info', text: [`Exported ${name} (Mermaid flowchart).`, ...warnings.map((w) => `Warning: ${w}`)].join(' ') });
  } catch (err) {
    s.setNotice({ kind: 'error', text: `Could not export Mermaid: ${(err as Error).message}` });
  }
}
