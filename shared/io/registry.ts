/**
 * Lists every exporter once. Import this module (not exporters.ts) where the full list is
 * needed: the CLI and the app's export menu.
 */
import { EXPORTERS } from './exporters';

// One line per exporter, e.g.: EXPORTERS.push(mermaidExporter);

export { EXPORTERS };
