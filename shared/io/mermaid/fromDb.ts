/**
 * Builds a `Flowchart` from mermaid's flow database (`diagram.db` of a flowchart), typed
 * structurally so that neither the engine nor this file imports mermaid. Node and the
 * renderer both call it after `mermaidAPI.getDiagramFromText`.
 */
import type { Flowchart, FlowEdge, FlowSubgraph, FlowVertex } from './flowchart';

/** The part of mermaid 11's FlowDB that the importer reads. */
export interface MermaidFlowDbLike {
  getVertices(): Map<string, { id: string; text?: string; type?: string; classes?: string[] }>;
  getEdges(): { id?: string; isUserDefinedId?: boolean; start: string; end: string; type?: string; stroke?: string; text?: string }[];
  getSubGraphs(): { id: string; title?: string; nodes?: string[]; classes?: string[] }[];
  getDirection(): string | undefined;
}

/**
 * mermaid hides entity escapes from its lexer as `ﬂ°°35¶ß` (numeric) and `ﬂ°quot¶ß` (named);
 * this gives back `&#35;` and `&quot;`, as mermaid's own decodeEntities does.
 */
export function unhideEntities(text: string): string {
  return text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
}

export function isFlowDb(db: unknown): db is MermaidFlowDbLike {
  const d = db as Partial<Record<keyof MermaidFlowDbLike, unknown>> | null;
  return !!d && typeof d.getVertices === 'function' && typeof d.getEdges === 'function' && typeof d.getSubGraphs === 'function';
}

export function flowchartFromDb(db: MermaidFlowDbLike): Flowchart {
  const vertices: FlowVertex[] = [...db.getVertices().values()].map((v) => ({
    id: v.id,
    text: unhideEntities(v.text ?? v.id),
    ...(v.type ? { shape: v.type } : {}),
    classes: [...(v.classes ?? [])],
  }));
  const edges: FlowEdge[] = db.getEdges().map((e) => ({
    ...(e.isUserDefinedId && e.id ? { id: e.id } : {}),
    start: e.start,
    end: e.end,
    type: e.type ?? 'arrow_point',
    stroke: e.stroke ?? 'normal',
    text: unhideEntities(e.text ?? ''),
  }));
  const subgraphs: FlowSubgraph[] = db.getSubGraphs().map((s) => ({
    id: s.id,
    title: unhideEntities(s.title ?? s.id),
    nodeIds: [...(s.nodes ?? [])],
    classes: [...(s.classes ?? [])],
  }));
  return { direction: db.getDirection() ?? 'TB', vertices, edges, subgraphs };
}
