/**
 * What the Mermaid importer needs from a Mermaid parser, free of mermaid's own types so the
 * engine stays pure (DESIGN §1: the host passes the DOM-bound parser in). Node implements it
 * in shared/node/mermaid/flowchart.ts over jsdom; the renderer with the browser's mermaid.
 * Both can build a `Flowchart` from mermaid's flow database with `flowchartFromDb`.
 */

/** A node as mermaid parsed it. */
export interface FlowVertex {
  id: string;
  /**
   * The label as markup: mermaid's entity escapes as `&name;` / `&#n;`, line breaks as
   * `<br>`. `decodeLabel` turns it into plain text.
   */
  text: string;
  /** mermaid's shape name: square, round, stadium, cylinder, hexagon, odd, ... */
  shape?: string;
  /** Classes from `:::name` and `class A,B name` statements. */
  classes: string[];
  /** How it is drawn (foreign flowcharts): `"`…`"` markdown, `style` statements, `click` links. */
  markdown?: boolean;
  styles?: string[];
  link?: string;
  linkTarget?: string;
  tooltip?: string;
  /** A node that set `@{ … }` properties beyond a shape and label (icons, images), which Archway does not keep. */
  extras?: boolean;
}

export interface FlowEdge {
  /** Only ids the author wrote (`e1@-->`); mermaid's generated ids are left out. */
  id?: string;
  start: string;
  end: string;
  /** arrow_point, arrow_open, arrow_circle, arrow_cross, double_arrow_point, ... */
  type: string;
  /** normal, thick, dotted, invisible. */
  stroke: string;
  /** The label, as markup (see FlowVertex.text). */
  text: string;
  length?: number;
  markdown?: boolean;
  /** From `linkStyle`. */
  style?: string[];
  interpolate?: string;
}

export interface FlowSubgraph {
  id: string;
  title: string;
  /** Direct members: node ids and nested subgraph ids. */
  nodeIds: string[];
  classes: string[];
  /** The subgraph's own `direction`. */
  dir?: string;
  markdown?: boolean;
}

export interface Flowchart {
  /** TB, TD, BT, LR, RL. */
  direction: string;
  /** In order of first appearance in the text. */
  vertices: FlowVertex[];
  edges: FlowEdge[];
  /** Inner subgraphs before the ones that hold them (mermaid's order). */
  subgraphs: FlowSubgraph[];
  classDefs?: { id: string; styles: string[] }[];
  linkDefaultStyle?: string[];
  linkDefaultInterpolate?: string;
}

export type ParsedDiagram =
  | { type: 'flowchart'; flowchart: Flowchart }
  /** Any other diagram type (sequence, class, state, ...), named as mermaid names it. */
  | { type: 'other'; diagramType: string };

export interface FlowchartParser {
  /** Parses Mermaid text; rejects with mermaid's message when the text has a syntax error. */
  parse(text: string): Promise<ParsedDiagram>;
}
