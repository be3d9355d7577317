/**
 * The rule checker. `full` checks everything; `check` after a previous check diffs the two
 * designs by reference and re-runs only what the change can affect (see define.ts for what
 * each rule scope reads). Both paths produce the same problems: the incremental test in
 * checker.test.ts compares them over random edit sequences.
 */
import { isContainerKind } from '../../catalog/kinds';
import type { Design, Severity } from '../../model/schema';
import type { Finding, RuleDef } from '../define';
import type { CheckResult, Problem } from '../problem';
import type { RuleId } from '../registry';
import { Analyses, Mentions, type Touched } from './analyses';
import { EngineContext } from './context';
import { applyChange, designChange, labelOnly, nodeChanged, type EdgePair, type NodePair } from './change';
import { LiveIndex } from './live-index';
import { SortedByKey } from './sorted';

function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  if (!b.size) return a;
  if (!a.size) return b;
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface RuleState {
  rule: RuleDef<RuleId>;
  facts: string;
  byEdge: Map<string, Problem[]>;
  byNode: Map<string, Problem[]>;
  global: Problem[];
  /** Nodes named by the design-scope problems: renaming one re-runs the rule. */
  mentions: Set<string>;
  /** For edge and node rules: the nodes each element's problems name (renaming one re-checks it). */
  named?: Mentions;
  sorted: SortedByKey<Problem>;
}

function makeProblem(rule: RuleDef<RuleId>, f: Finding): Problem {
  const ids = [...f.nodes, ...f.edges].sort();
  const p: Problem = {
    key: `${rule.id}:${ids.join(',')}${f.tag ? `#${f.tag}` : ''}`,
    rule: rule.id,
    severity: rule.severity,
    message: f.message,
    hint: f.hint,
    nodes: f.nodes,
    edges: f.edges,
    fixes: f.fixes ?? [],
  };
  if (f.anchor) p.anchor = f.anchor;
  return p;
}

/** Above this share of changed elements a full check is cheaper than bookkeeping. */
const FULL_CHECK_SHARE = 0.125;

export class Checker {
  private index = new LiveIndex();
  private analyses = new Analyses(this.index);
  private design: Design | undefined;
  private result: CheckResult | undefined;
  private ctx!: EngineContext;
  private states: RuleState[];
  private outputDirty = true;
  private readonly finals = new WeakMap<Problem, Problem>();

  constructor(rules: readonly RuleDef<RuleId>[]) {
    this.states = rules.map((rule) => ({
      rule,
      facts: '',
      byEdge: new Map(),
      byNode: new Map(),
      global: [],
      mentions: new Set(),
      ...(rule.checkEdge || rule.checkNode ? { named: new Mentions() } : {}),
      sorted: new SortedByKey(),
    }));
  }

  private newCheck(design: Design): void {
    this.analyses.newCheck();
    this.ctx = new EngineContext(this.index, design, this.analyses.get);
  }

  check(design: Design): CheckResult {
    if (design === this.design && this.result) return this.result;
    if (!this.design || !this.result || !this.incremental(this.design, design)) this.full(design);
    this.design = design;
    if (this.outputDirty || !this.result) this.result = this.output();
    this.outputDirty = false;
    return this.result;
  }

  private full(design: Design): void {
    this.index = new LiveIndex();
    for (const n of design.nodes) this.index.addNode(n);
    for (const e of design.edges) this.index.addEdge(e);
    this.analyses = new Analyses(this.index);
    this.newCheck(design);
    for (const s of this.states) this.reset(s);
    // One pass over the edges for all edge rules: each edge's endpoints are looked up once.
    const edgeStates = this.states.filter((s) => s.rule.checkEdge && this.active(s));
    const nodes = this.index.nodes;
    for (const e of design.edges) {
      const source = nodes.get(e.source);
      const target = nodes.get(e.target);
      for (const s of edgeStates) this.runEdge(s, e.id, e, source, target);
    }
    for (const s of this.states) {
      if (s.rule.checkNode) this.runNodes(s);
      if (s.rule.checkDesign) this.runDesign(s);
    }
  }

  private reset(s: RuleState): void {
    s.facts = this.factsOf(s);
    s.byEdge.clear();
    s.byNode.clear();
    s.global = [];
    s.mentions.clear();
    s.named?.clear();
    s.sorted.clear();
    this.outputDirty = true;
  }

  private runNodes(s: RuleState): void {
    if (!this.active(s)) return;
    if (s.rule.kinds) for (const k of s.rule.kinds) for (const id of this.index.idsOfKind(k)) this.runNode(s, id);
    else for (const id of this.index.nodes.keys()) this.runNode(s, id);
  }

  private factsOf(s: RuleState): string {
    const applies = s.rule.pattern === undefined || this.ctx.applies(s.rule.pattern);
    return `${applies}|${applies && s.rule.facts ? s.rule.facts(this.ctx) : ''}`;
  }

  private active(s: RuleState): boolean {
    return s.rule.pattern === undefined || this.ctx.applies(s.rule.pattern);
  }

  /** Runs one rule over the whole design. */
  private runRule(s: RuleState): void {
    this.reset(s);
    if (!this.active(s)) return;
    const { rule } = s;
    if (rule.checkEdge) for (const e of this.index.edges.values()) this.runEdge(s, e.id, e);
    if (rule.checkNode) this.runNodes(s);
    if (rule.checkDesign) this.runDesign(s);
  }

  /** Findings of the rule call in progress; one buffer and one emitter, so a quiet call allocates nothing. */
  private readonly found: Finding[] = [];
  private readonly emit = (f: Finding): void => {
    this.found.push(f);
  };

  /** Records which nodes the findings in progress name, for an element of an edge or node rule. */
  private track(s: RuleState, key: string): void {
    const ids: string[] = [];
    for (const f of this.found) ids.push(...f.nodes, ...(f.mentions ?? []));
    s.named!.set(key, ids);
  }

  private take(s: RuleState, mentions?: Set<string>): Problem[] {
    const out = this.found.map((f) => makeProblem(s.rule, f));
    if (mentions) for (const f of this.found) for (const id of [...f.nodes, ...(f.mentions ?? [])]) mentions.add(id);
    this.found.length = 0;
    return out;
  }

  private replace(s: RuleState, map: Map<string, Problem[]>, id: string, found: Problem[]): void {
    const old = map.get(id);
    if (old) for (const p of old) s.sorted.remove(p);
    if (found.length) map.set(id, found);
    else map.delete(id);
    for (const p of found) s.sorted.insert(p);
    if (old || found.length) this.outputDirty = true;
  }

  private runEdge(
    s: RuleState,
    id: string,
    e = this.index.edges.get(id),
    source = e && this.index.nodes.get(e.source),
    target = e && this.index.nodes.get(e.target),
  ): void {
    if (e && this.active(s)) s.rule.checkEdge!(e, source, target, this.ctx, this.emit);
    if (!this.found.length && !s.byEdge.has(id)) return;
    if (s.named) this.track(s, `e:${id}`);
    this.replace(s, s.byEdge, id, this.take(s));
  }

  private runNode(s: RuleState, id: string): void {
    const n = this.index.nodes.get(id);
    if (n && this.active(s) && (!s.rule.kinds || s.rule.kinds.includes(n.kind))) s.rule.checkNode!(n, this.ctx, this.emit);
    if (!this.found.length && !s.byNode.has(id)) return;
    if (s.named) this.track(s, `n:${id}`);
    this.replace(s, s.byNode, id, this.take(s));
  }

  private runDesign(s: RuleState): void {
    for (const p of s.global) s.sorted.remove(p);
    s.mentions = new Set();
    if (this.active(s)) s.rule.checkDesign!(this.ctx, this.emit);
    s.global = this.take(s, s.mentions);
    for (const p of s.global) s.sorted.insert(p);
    this.outputDirty = true;
  }

  /** Applies the difference to the index and re-runs what it touches; false = do a full check. */
  private incremental(prev: Design, next: Design): boolean {
    const change = designChange(prev, next);
    const { nodes: nd, edges: ed, nodePairs, edgePairs } = change;
    const changes = nd.added.length + nd.removed.length + nd.changed.length + ed.added.length + ed.removed.length + ed.changed.length;
    if (changes > 64 && changes > (next.nodes.length + next.edges.length) * FULL_CHECK_SHARE) return false;
    // Containers decide layers and Lambda membership for everything inside: check it all.
    for (const n of [...nd.added, ...nd.removed]) if (isContainerKind(n.kind)) return false;
    // A container's new label is only text: the problems that name it are checked again below.
    for (const [p, n] of nd.changed) if ((isContainerKind(p.kind) || isContainerKind(n.kind)) && nodeChanged(p, n) && !labelOnly(p, n)) return false;

    const idx = this.index;
    applyChange(idx, change);
    this.newCheck(next);
    this.analyses.note(nodePairs, edgePairs);

    const suppressChanged =
      nd.changed.some(([p, n]) => p.suppress !== n.suppress) || ed.changed.some(([p, n]) => p.suppress !== n.suppress);
    const settingsChanged = prev.settings !== next.settings;
    if (suppressChanged || settingsChanged) this.outputDirty = true;

    const dirtyEdges = new Set<string>();
    const dirtyNodes = new Set<string>();
    const renamed = new Set<string>();
    for (const [p, n] of nodePairs) {
      const id = (n ?? p)!.id;
      dirtyNodes.add(id);
      for (const e of idx.outIds(id)) dirtyEdges.add(e);
      for (const e of idx.inIds(id)) dirtyEdges.add(e);
      for (const m of idx.neighbours(id)) dirtyNodes.add(m);
      if (p && n && p.label !== n.label) renamed.add(id);
    }
    for (const [p, n] of edgePairs) {
      dirtyEdges.add((n ?? p)!.id);
      for (const e of [p, n]) {
        if (!e) continue;
        dirtyNodes.add(e.source);
        dirtyNodes.add(e.target);
      }
    }

    for (const s of this.states) {
      const { rule } = s;
      if (this.factsOf(s) !== s.facts) {
        this.runRule(s);
        continue;
      }
      let edges: Iterable<string> = dirtyEdges;
      let nodes: Iterable<string> = dirtyNodes;
      if ((rule.uses && this.active(s)) || (renamed.size && s.named)) {
        const more = this.touchedBy(s, renamed);
        if (more === 'all') {
          this.runRule(s);
          continue;
        }
        edges = union(dirtyEdges, more.edges);
        nodes = union(dirtyNodes, more.nodes);
      }
      if (rule.checkEdge) for (const id of edges) this.runEdge(s, id);
      if (rule.checkNode) for (const id of nodes) this.runNode(s, id);
      if (rule.checkDesign && this.designRelevant(s, nodePairs, edgePairs, renamed)) this.runDesign(s);
    }
    return true;
  }

  /** Elements an edge or node rule re-checks beyond the edit's neighbourhood: those its analyses changed, and those naming a renamed node. */
  private touchedBy(s: RuleState, renamed: Set<string>): Touched {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (this.active(s)) {
      for (const def of s.rule.uses ?? []) {
        const t = this.analyses.touched(def);
        if (t === 'all') return 'all';
        for (const id of t.nodes) nodes.add(id);
        for (const id of t.edges) edges.add(id);
      }
    }
    for (const id of renamed) s.named?.collect(id, nodes, edges);
    return { nodes, edges };
  }

  private designRelevant(
    s: RuleState,
    nodePairs: NodePair[],
    edgePairs: EdgePair[],
    renamed: Set<string>,
  ): boolean {
    const rel = s.rule.relevant;
    for (const id of renamed) if (s.mentions.has(id)) return true;
    if (rel?.node) for (const [p, n] of nodePairs) if (rel.node(p, n, this.ctx)) return true;
    if (rel?.edge) for (const [p, n] of edgePairs) if (rel.edge(p, n, this.ctx)) return true;
    return false;
  }

  /** Effective severities, suppressions and counts, in the documented order. */
  private output(): CheckResult {
    const overrides = this.ctx.settings.severity ?? {};
    const ordered = this.states
      .map((s) => ({ s, severity: overrides[s.rule.id] ?? s.rule.severity }))
      .filter((x): x is { s: RuleState; severity: Severity } => x.severity !== 'off')
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.s.rule.id < b.s.rule.id ? -1 : 1));
    const problems: Problem[] = [];
    const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
    for (const { s, severity } of ordered) {
      for (const raw of s.sorted.items) {
        const p = this.finalize(raw, severity);
        if (p.suppressed) counts.suppressed++;
        else counts[severity]++;
        problems.push(p);
      }
    }
    return { problems, counts, patterns: this.ctx.patterns };
  }

  private finalize(raw: Problem, severity: Severity): Problem {
    const a = raw.anchor;
    const el = a && (a.type === 'node' ? this.index.nodes.get(a.id) : this.index.edges.get(a.id));
    const reason = el?.suppress?.find((x) => x.rule === raw.rule)?.reason;
    if (severity === raw.severity && reason === undefined) return raw;
    const cached = this.finals.get(raw);
    if (cached && cached.severity === severity && cached.suppressed?.reason === reason) return cached;
    const p: Problem = { ...raw, severity };
    if (reason !== undefined) p.suppressed = { reason };
    this.finals.set(raw, p);
    return p;
  }
}
