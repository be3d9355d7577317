/**
 * Builds a `Flowchart` from mermaid's flow database (`diagram.db` of a flowchart), typed
 * structurally so that neither the engine nor this file imports mermaid. Node and the
 * renderer both call it after `mermaidAPI.getDiagramFromText`.
 */
import type { Flowchart, FlowEdge, FlowSubgraph, FlowVertex } from './flowchart';

/** The part of mermaid 11's FlowDB that the importer reads. */
export interface MermaidFlowDbLike {
  getVertices(): Map<
    string,
    { id: string; text?: string; type?: string; classes?: string[]; labelType?: string; styles?: string[]; link?: string; linkTarget?: string; icon?: string; img?: string; form?: string; pos?: string; constraint?: string; assetWidth?: number; assetHeight?: number }
  >;
  getEdges(): ({ id?: string; isUserDefinedId?: boolean; start: string; end: string; type?: string; stroke?: string; text?: string; length?: number; labelType?: string; style?: string[]; interpolate?: string }[] & {
    defaultStyle?: string[];
    defaultInterpolate?: string;
  });
  getSubGraphs(): { id: string; title?: string; nodes?: string[]; classes?: string[]; dir?: string; labelType?: string }[];
  getDirection(): string | undefined;
  getClasses?(): Map<string, { id: string; styles?: string[] }>;
  getTooltip?(id: string): string | undefined;
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

const some = <T,>(list: T[] | undefined): T[] | undefined => (list && list.length ? [...list] : undefined);

export function flowchartFromDb(db: MermaidFlowDbLike): Flowchart {
  const vertices: FlowVertex[] = [...db.getVertices().values()].map((v) => {
    const tooltip = db.getTooltip?.(v.id);
    const styles = some(v.styles);
    return {
      id: v.id,
      text: unhideEntities(v.text ?? v.id),
      ...(v.type ? { shape: v.type } : {}),
      classes: [...(v.classes ?? [])],
      ...(v.labelType === 'markdown' ? { markdown: true } : {}),
      ...(styles ? { styles } : {}),
      ...(v.link !== undefined ? { link: v.link } : {}),
      ...(v.linkTarget !== undefined ? { linkTarget: v.linkTarget } : {}),
      ...(tooltip !== undefined ? { tooltip } : {}),
      ...(v.icon || v.img || v.form || v.pos || v.constraint || v.assetWidth || v.assetHeight ? { extras: true } : {}),
    };
  });
  const dbEdges = db.getEdges();
  const edges: FlowEdge[] = dbEdges.map((e) => {
    const style = some(e.style);
    return {
      ...(e.isUserDefinedId && e.id ? { id: e.id } : {}),
      start: e.start,
      end: e.end,
      type: e.type ?? 'arrow_point',
      stroke: e.stroke ?? 'normal',
      text: unhideEntities(e.text ?? ''),
      ...(e.length !== undefined ? { length: e.length } : {}),
      ...(e.labelType === 'markdown' ? { markdown: true } : {}),
      ...(style ? { style } : {}),
      ...(e.interpolate !== undefined ? { interpolate: e.interpolate } : {}),
    };
  });
  const subgraphs: FlowSubgraph[] = db.getSubGraphs().map((s) => ({
    id: s.id,
    title: unhideEntities(s.title ?? s.id),
    nodeIds: [...(s.nodes ?? [])],
    classes: [...(s.classes ?? [])],
    ...(s.dir ? { dir: s.dir } : {}),
    ...(s.labelType === 'markdown' ? { markdown: true } : {}),
  }));
  const classDefs = [...(db.getClasses?.().values() ?? [])].map((c) => ({ id: c.id, styles: [...(c.styles ?? [])] }));
  const linkDefaultStyle = some(dbEdges.defaultStyle);
  return {
    direction: db.getDirection() ?? 'TB',
    vertices,
    edges,
    subgraphs,
    ...(classDefs.length ? { classDefs } : {}),
    ...(linkDefaultStyle ? { linkDefaultStyle } : {}),
    ...(dbEdges.defaultInterpolate !== undefined ? { linkDefaultInterpolate: dbEdges.defaultInterpolate } : {}),
  };
}
