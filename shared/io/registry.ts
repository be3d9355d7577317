/**
 * Lists every exporter once. Import this module (not exporters.ts) where the full list is
 * needed: the CLI and the app's export menu.
 */
import { EXPORTERS } from './exporters';
import { drawioExporter } from './drawio/exporter';
import { mermaidExporter } from './mermaid/exporter';
import { skeletonExporter } from './skeleton/exporter';
import { sequenceExporter } from './sequence/exporter';
import { svgExporter } from './svg/exporter';

// One line per exporter, e.g.: EXPORTERS.push(mermaidExporter);
EXPORTERS.push(sequenceExporter);
EXPORTERS.push(skeletonExporter);
EXPORTERS.push(mermaidExporter);
EXPORTERS.push(svgExporter);
EXPORTERS.push(drawioExporter);

export { EXPORTERS };
