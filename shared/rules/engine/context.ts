/** The RuleContext the checker hands to rules: a view over its LiveIndex and the current design. */
import type { KindId } from '../../catalog/kinds';
import type { Design, DesignNode, PatternId } from '../../model/schema';
import type { RuleContext } from '../define';
import { patternsFromCounts } from '../patterns';
import type { LiveIndex } from './live-index';
import type { Analysis, AnalysisDef } from './analysis';
import type { GraphSnapshot } from './graph-store';

const MAX_NAME = 60;
/** Quoted labels per node object (objects are immutable, so this never goes stale). */
const NAMES = new WeakMap<DesignNode, string>();

export class EngineContext implements RuleContext {
  readonly patterns: PatternId[];
  private readonly applying: ReadonlySet<PatternId>;

  constructor(
    private readonly index: LiveIndex,
    readonly design: Design,
    /** The checker's analyses, brought up to date on first use in a check. */
    private readonly analyses: <A extends Analysis>(def: AnalysisDef<A>) => A,
  ) {
    this.patterns = patternsFromCounts((k) => this.count(k), design.settings);
    this.applying = new Set(this.patterns);
  }

  get settings() {
    return this.design.settings;
  }

  get requirements() {
    return this.design.requirements;
  }

  node = (id: string) => this.index.nodes.get(id);
  edge = (id: string) => this.index.edges.get(id);
  kind = (id: string) => this.index.kindDef(id);
  props = (id: string) => this.index.props(id);
  isComponent = (id: string) => this.index.isComponent(id);
  outgoing = (id: string) => this.index.outgoing(id);
  incoming = (id: string) => this.index.incoming(id);
  degree = (id: string) => this.index.outIds(id).length + this.index.inIds(id).length;
  outDegree = (id: string) => this.index.outIds(id).length;
  children = (id: string) => this.index.children(id);
  count = (kind: KindId) => this.index.idsOfKind(kind).size;
  ofKind = (kind: KindId) => [...this.index.idsOfKind(kind)].sort();
  layerOf = (id: string) => this.index.layerOf(id);
  layerPosition = (layer: DesignNode) => this.index.layerPosition(layer);
  applies = (pattern: PatternId) => this.applying.has(pattern);

  name = (id: string): string => {
    const node = this.index.nodes.get(id);
    if (!node) return `"${id}"`;
    let name = NAMES.get(node);
    if (name === undefined) {
      const label = node.label.replace(/\s+/g, ' ').trim() || id;
      NAMES.set(node, (name = `"${label.length > MAX_NAME ? `${label.slice(0, MAX_NAME - 1)}…` : label}"`));
    }
    return name;
  };

  graph = (): GraphSnapshot => this.index.graph;

  analysis<A extends Analysis>(def: AnalysisDef<A>): A {
    return this.analyses(def);
  }
}
