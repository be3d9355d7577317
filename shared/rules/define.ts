/**
 * The rule definer (STYLE.md: one definer, one registry). A rule is data plus small
 * functions; its scope tells the incremental checker what it reads, so after one edit only
 * the rules and elements the edit can affect are checked again:
 * - `checkEdge` reads one edge, its two endpoints (kind, label, properties, layer) and the
 *   rule's `facts`; it runs again when the edge or an endpoint changes.
 * - `checkNode` reads one node, its incident edges and its neighbours; it runs again when any
 *   of those change. `kinds` limits the nodes it looks at.
 * - `checkDesign` reads the whole design; it runs again when an element for which
 *   `relevant` says yes changes, when a node its problems name is renamed, or when `facts`
 *   change.
 * - `uses` lists the whole-graph analyses (engine/analysis.ts) a `checkEdge` or `checkNode`
 *   reads beyond its neighbourhood (message rates, sync chains, latency paths): the check
 *   runs again on the nodes and edges the analysis reports after an edit (those whose rule
 *   inputs may have changed), and on the elements whose problems name a renamed node
 *   (`Finding.nodes` and `mentions`).
 * `facts` summarises the design-wide values a rule reads (a kind exists, a setting): when the
 * summary changes, the whole rule runs again. Pattern applicability is added automatically.
 */
import { isComponentKind, type KindDef, type KindId } from '../catalog/kinds';
import type { DesignEdit } from '../model/edits';
import type { NodeProperties } from '../model/properties';
import type { Design, DesignEdge, DesignNode, PatternId, Requirements, Settings, Severity } from '../model/schema';
import type { Analysis, AnalysisDef } from './engine/analysis';
import type { GraphSnapshot } from './engine/graph-store';

/** One step that repairs a problem. Apply the returned edit as one undo step. */
export interface QuickFix {
  label: string;
  apply(design: Design): DesignEdit;
}

/** What a rule reports; the checker adds the key, rule id, severity and suppression. */
export interface Finding {
  /** The element the problem is about, first; a suppression is stored on it. */
  anchor?: { type: 'node' | 'edge'; id: string };
  nodes: string[];
  edges: string[];
  message: string;
  hint: string;
  fixes?: QuickFix[];
  /** Further nodes the message names (design-scope rules and rules with `uses`): renaming one re-runs the check. */
  mentions?: string[];
  /** Tells apart problems of one rule that name no element (requirements/fit). */
  tag?: string;
}

/** Read-only view of the design that rules query; every lookup is O(1) or O(degree). */
export interface RuleContext {
  readonly design: Design;
  readonly settings: Settings;
  readonly requirements: Requirements;
  node(id: string): DesignNode | undefined;
  edge(id: string): DesignEdge | undefined;
  kind(id: string): KindDef<KindId> | undefined;
  /** A node's properties with its kind's defaults. */
  props(id: string): NodeProperties;
  /** True for nodes that rules count: not containers, not notes. */
  isComponent(id: string): boolean;
  outgoing(id: string): DesignEdge[];
  /** Number of edges touching a node, either way (no allocation). */
  degree(id: string): number;
  outDegree(id: string): number;
  incoming(id: string): DesignEdge[];
  /** Ids of the nodes directly inside a container, in no particular order. */
  children(id: string): readonly string[];
  count(kind: KindId): number;
  /** Ids of the nodes of a kind, sorted. */
  ofKind(kind: KindId): string[];
  /** The nearest `layer` ancestor. */
  layerOf(id: string): DesignNode | undefined;
  /** A layer's position in the order of distinct ranks (0 = top). */
  layerPosition(layer: DesignNode): number;
  /** Whether a pattern's rules apply (its components are present or settings declare it). */
  applies(pattern: PatternId): boolean;
  /** A node's label in quotes, for messages. */
  name(id: string): string;
  /** Integer-indexed graph of the valid edges (design-scope rules); slot order depends on history. */
  graph(): GraphSnapshot;
  /** A whole-graph analysis the rule lists in `uses`, up to date with the design. */
  analysis<A extends Analysis>(def: AnalysisDef<A>): A;
}

export type Emit = (finding: Finding) => void;

export interface RuleDef<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /** One line for the rule list, SARIF and docs. */
  readonly title: string;
  /** The principle of the seed chapter that the rule protects, in its words. */
  readonly principle: string;
  /** The rule applies only where this pattern applies. */
  readonly pattern?: PatternId;
  readonly facts?: (ctx: RuleContext) => string;
  /** `source` and `target` are the edge's endpoints, looked up once for all rules (undefined if missing). */
  readonly checkEdge?: (edge: DesignEdge, source: DesignNode | undefined, target: DesignNode | undefined, ctx: RuleContext, emit: Emit) => void;
  readonly kinds?: readonly KindId[];
  readonly checkNode?: (node: DesignNode, ctx: RuleContext, emit: Emit) => void;
  readonly checkDesign?: (ctx: RuleContext, emit: Emit) => void;
  /** Analyses that `checkEdge` / `checkNode` read (see above). */
  readonly uses?: readonly AnalysisDef[];
  readonly relevant?: {
    /** `prev` is undefined for an added element, `next` for a removed one. */
    node?: (prev: DesignNode | undefined, next: DesignNode | undefined, ctx: RuleContext) => boolean;
    edge?: (prev: DesignEdge | undefined, next: DesignEdge | undefined, ctx: RuleContext) => boolean;
  };
}

/** A node that rules count: present, not a container, not a note. */
export function isComponent(node: DesignNode | undefined): node is DesignNode {
  return node !== undefined && isComponentKind(node.kind);
}

export function defineRule<const Id extends string>(def: RuleDef<Id>): RuleDef<Id> {
  return def;
}
