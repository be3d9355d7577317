/**
 * The Node FlowchartParser: mermaid's own parser over jsdom (env.ts). Loaded lazily so a CLI
 * command that reads no Mermaid does not pay for jsdom and mermaid.
 */
import { flowchartFromDb, isFlowDb } from '../../io/mermaid/fromDb';
import type { FlowchartParser, ParsedDiagram } from '../../io/mermaid/flowchart';

export const nodeFlowchartParser: FlowchartParser = {
  async parse(text: string): Promise<ParsedDiagram> {
    const { loadMermaid } = await import('./env');
    const mermaid = await loadMermaid();
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db: unknown = diagram.db;
    if (!diagram.type.startsWith('flowchart') || !isFlowDb(db)) return { type: 'other', diagramType: diagram.type };
    return { type: 'flowchart', flowchart: flowchartFromDb(db) };
  },
};
