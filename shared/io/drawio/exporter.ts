/** The `drawio` exporter for the registry: `archway export --to drawio` and the export menu. */
import { defineExporter } from '../exporters';
import { exportDrawio } from './export';

export const drawioExporter = defineExporter({
  id: 'drawio',
  label: 'draw.io diagram',
  description: 'An uncompressed .drawio file: components, containers as swimlanes, positions, edge styles and labels; importing it gives back the same design.',
  async run(design) {
    const { text, warnings } = exportDrawio(design);
    return { kind: 'text', text, mediaType: 'application/vnd.jgraph.mxfile', extension: '.drawio', warnings };
  },
});
