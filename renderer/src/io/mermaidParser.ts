/**
 * The renderer's FlowchartParser (shared/io/mermaid/flowchart.ts): mermaid's own parser on the
 * browser's DOM, mirroring the Node one (shared/node/mermaid/flowchart.ts). mermaid is big, so
 * it is imported on first use only.
 */
import type { Mermaid } from 'mermaid';
import type { FlowchartParser, ParsedDiagram } from '../../../shared/io/mermaid/flowchart';
import { flowchartFromDb, isFlowDb } from '../../../shared/io/mermaid/fromDb';

let loading: Promise<Mermaid> | undefined;

/**
 * mermaid, initialized for import: strict security (importMermaid also strips `%%{init}%%`
 * directives and front matter before parsing, so the text cannot loosen it) and size limits
 * raised well past the 500 edges and 50,000 characters mermaid renders by default.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxEdges: 200_000, maxTextSize: 50_000_000 });
    return mermaid;
  });
  // A failed chunk load (offline, a new build) must not stick: the next import tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

export const browserFlowchartParser: FlowchartParser = {
  async parse(text: string): Promise<ParsedDiagram> {
    const mermaid = await loadMermaid();
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db: unknown = diagram.db;
    if (!diagram.type.startsWith('flowchart') || !isFlowDb(db)) return { type: 'other', diagramType: diagram.type };
    return { type: 'flowchart', flowchart: flowchartFromDb(db) };
  },
};
