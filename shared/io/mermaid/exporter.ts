/** The `mermaid` exporter for the registry: `archway export --to mermaid` and the export menu. */
import { defineExporter } from '../exporters';
import { exportMermaid } from './export';

export const mermaidExporter = defineExporter({
  id: 'mermaid',
  label: 'Mermaid flowchart',
  description: 'A Mermaid flowchart in the Archway dialect; importing it gives back the same design.',
  async run(design) {
    const { text, warnings } = exportMermaid(design);
    return { kind: 'text', text, mediaType: 'text/vnd.mermaid', extension: '.mmd', warnings };
  },
});
