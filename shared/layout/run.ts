/**
 * One layout pass over a design. A *block* is a graph handed to ELK in one call: the top
 * level, and every container laid out on its own (every layer, or every container in
 * `separate` mode). Inside a block, other containers are ELK compound nodes; a block laid
 * out earlier enters its parent's graph as a fixed-size box. Sibling layers are laid out
 * one by one and stacked top-to-bottom by rank at one width, and the stack enters the
 * parent's graph as one box, so layered designs read as the seed's Figure 34.1.
 * Edges are lifted to the box or node that stands for their endpoint in the block that
 * holds both ends; edges inside one box are that box's concern.
 *
 * Blocks are laid out deepest first, and every walk of the container tree is a loop with
 * its own stack: nesting depth comes from the file, so it must never become call depth
 * (issue 13; buildTree also refuses nesting deeper than MAX_DEPTH).
 */
import { isComponentKind, type KindId } from '../catalog/kinds';
import type { Design, DesignNode } from '../model/schema';
import type { ElkGraphEdge, ElkGraphNode, ElkLike } from './elk-types';
import { compoundOptions, containerPadding, MAX_LAYOUT_DEGREE, ROOT_PADDING, rootOptions, type LayoutDirection } from './options';
import { CONTAINER_PADDING, containerMinSize, nodeSize } from './sizes';
import { buildTree, ROOT, type LayoutTree } from './tree';

/** Vertical gap between stacked layers. */
const LAYER_GAP = 40;
/** Wide rows inside a layer: ELK packs unconnected nodes to this width/height ratio. */
const LAYER_ASPECT = '5';

/** Fewest unconnected children for a container to be packed into a grid on its own (see findPools). */
const POOL_MIN = 6;

/**
 * Components that connect many others. When all of a hub's edges in a block point the same
 * way, ELK would put the hub at one end with everything it connects in a row beside it; we
 * show ELK some of those edges reversed, so the hub sits between two halves (the design keeps
 * its edges as they are).
 */
export const HUB_KINDS: ReadonlySet<KindId> = new Set<KindId>(['event-broker', 'service-bus', 'api-gateway', 'message-queue']);

export interface Placed {
  x: number;
  y: number;
  /** Set for containers whose children were laid out. */
  width?: number;
  height?: number;
}

interface Size {
  width: number;
  height: number;
}

export interface RunOptions {
  direction: LayoutDirection;
  /** `include`: one ELK call per block with containers as compound nodes; `separate`: one per container. */
  hierarchy: 'include' | 'separate';
  onProgress?: (fraction: number) => void;
  /** Extra ELK options on every call, over ours. */
  elkOptions?: Record<string, string>;
  /** Most edges per node shown to ELK (default MAX_LAYOUT_DEGREE). */
  maxDegree?: number;
}

export class LayoutRun {
  /** Design id → position relative to its container (and size for laid-out containers). */
  readonly placed = new Map<string, Placed>();
  private readonly tree: LayoutTree;
  private readonly elkId = new Map<string, string>();
  private readonly byElkId = new Map<string, string>();
  private readonly edgesByBlock = new Map<string, [string, string][]>();
  /** Per container holding layers: each layer's offset inside the stack box. */
  private readonly stacks = new Map<string, { id: string; x: number; y: number }[]>();
  /** Size of every block laid out so far (containers only; ROOT is never a child). */
  private readonly blockSize = new Map<string, Size>();
  private readonly pools: Set<string>;
  private readonly totalCalls: number;
  private calls = 0;
  /** The whole drawing's size once run() is done (ROOT's padding included). */
  size: Size = { width: 0, height: 0 };

  get direction(): LayoutDirection {
    return this.opts.direction;
  }

  /** Throws NestingTooDeepError (from buildTree) before any work when nesting is too deep. */
  constructor(design: Design, private readonly elk: ElkLike, private readonly opts: RunOptions) {
    this.tree = buildTree(design);
    this.pools = this.findPools(design);
    design.nodes.forEach((n, i) => {
      this.elkId.set(n.id, `n${i}`);
      this.byElkId.set(`n${i}`, n.id);
    });
    this.totalCalls = 1 + design.nodes.filter((n) => this.isBlock(n.id)).length;
    for (const e of design.edges) this.assignEdge(e.source, e.target);
  }

  async run(): Promise<void> {
    if (this.tree.children.has(ROOT)) {
      // Deepest first, so every block's inner blocks already have their size.
      const blocks = [...this.tree.nodes.keys()].filter((id) => this.isBlock(id)).sort((a, b) => this.tree.depth.get(b)! - this.tree.depth.get(a)!);
      for (const b of blocks) {
        // Layers are laid out by the stack of their parent.
        if (this.tree.nodes.get(b)!.kind !== 'layer') await this.layoutBlock(b);
      }
      this.size = await this.layoutBlock(ROOT);
      this.tighten();
    }
    this.opts.onProgress?.(1);
  }

  /**
   * A container laid out by its own ELK call: every one in `separate` mode; in `include`
   * mode layers and pools (see isPool).
   */
  private isBlock(id: string): boolean {
    if (!this.tree.children.has(id)) return false;
    return this.opts.hierarchy === 'separate' || this.tree.nodes.get(id)!.kind === 'layer' || this.pools.has(id);
  }

  /**
   * Containers of at least POOL_MIN components with no edge between them (six services of
   * one team, say): inside a hierarchical graph ELK would line them up in one long row or
   * column, while on their own it packs them into a grid of landscape rows.
   */
  private findPools(design: Design): Set<string> {
    const pools = new Set<string>();
    if (this.opts.hierarchy !== 'include') return pools;
    for (const [id, kids] of this.tree.children) {
      if (id === ROOT || kids.length < POOL_MIN || this.tree.nodes.get(id)!.kind === 'layer') continue;
      if (kids.every((k) => !this.tree.children.has(k.id))) pools.add(id);
    }
    for (const e of design.edges) {
      const p = this.tree.parent.get(e.source);
      if (p !== undefined && p === this.tree.parent.get(e.target)) pools.delete(p);
    }
    return pools;
  }

  private stackId(container: string): string {
    return container === ROOT ? 'stack' : `s${this.elkId.get(container)}`;
  }

  private assignEdge(source: string, target: string): void {
    const s = this.tree.nodes.get(source);
    const t = this.tree.nodes.get(target);
    // Containers and notes are never endpoints (DESIGN §2).
    if (!s || !t || s === t || !isComponentKind(s.kind) || !isComponentKind(t.kind)) return;
    const above = new Set<string>();
    for (let cur: string | undefined = source; cur !== undefined; cur = this.tree.parent.get(cur)) above.add(cur);
    above.add(ROOT);
    let lca = this.tree.parent.get(target)!;
    while (!above.has(lca)) lca = this.tree.parent.get(lca)!;
    let block = lca;
    while (block !== ROOT && !this.isBlock(block)) block = this.tree.parent.get(block)!;
    let list = this.edgesByBlock.get(block);
    if (!list) this.edgesByBlock.set(block, (list = []));
    list.push([source, target]);
  }

  /** The ELK id standing for `id` in the graph of `block`: itself, a box holding it, or a stack. */
  private representative(id: string, block: string): string {
    let rep = this.elkId.get(id)!;
    for (let cur = id; cur !== block; ) {
      const up = this.tree.parent.get(cur)!;
      if (cur !== id) {
        if (this.tree.nodes.get(cur)!.kind === 'layer') rep = this.stackId(up);
        else if (this.isBlock(cur)) rep = this.elkId.get(cur)!;
      }
      cur = up;
    }
    return rep;
  }

  private progress(): void {
    this.calls++;
    this.opts.onProgress?.(Math.min(0.99, this.calls / this.totalCalls));
  }

  /** Lays out the contents of a container (or the top level), whose inner blocks are done; records its size. */
  private async layoutBlock(block: string): Promise<Size> {
    const isRoot = block === ROOT;
    const inLayer = !isRoot && this.tree.nodes.get(block)!.kind === 'layer';
    const graph: ElkGraphNode = {
      id: 'root',
      layoutOptions: {
        ...rootOptions(inLayer ? 'RIGHT' : this.opts.direction, isRoot ? ROOT_PADDING : containerPadding(), this.opts.hierarchy === 'include'),
        ...(inLayer ? { 'elk.aspectRatio': LAYER_ASPECT } : {}),
        ...this.opts.elkOptions,
      },
      children: [],
      edges: [],
    };
    const parentOf = new Map<string, ElkGraphNode>();
    await this.fill(graph, block, parentOf);
    this.addEdges(graph, block, parentOf);
    // ELK packs unconnected nodes into rows only without hierarchical handling, so a graph
    // with no compound node (a layer of services, say) is laid out flat.
    if (!graph.children!.some((c) => c.children?.length)) delete graph.layoutOptions!['elk.hierarchyHandling'];

    let size: Size;
    const only = graph.children!.length === 1 ? graph.children![0]! : undefined;
    if (only && !only.children?.length) {
      // One box: nothing for ELK to decide.
      const pad = isRoot ? { top: 20, left: 20, bottom: 20, right: 20 } : CONTAINER_PADDING;
      only.x = pad.left;
      only.y = pad.top;
      this.read(graph);
      size = { width: only.width! + pad.left + pad.right, height: only.height! + pad.top + pad.bottom };
    } else {
      const out = await this.elk.layout(graph);
      this.read(out);
      size = { width: out.width ?? 0, height: out.height ?? 0 };
    }
    this.progress();
    if (isRoot) return size;
    const min = containerMinSize(this.tree.nodes.get(block)!);
    size = { width: Math.max(size.width, min.width), height: Math.max(size.height, min.height) };
    this.placed.set(block, { x: 0, y: 0, ...size });
    this.blockSize.set(block, size);
    return size;
  }

  /**
   * ELK (elkjs 0.12, hierarchical mode) applies a compound's minimum size before turning a
   * top-down layout upright, so for DOWN and UP it must be given transposed.
   */
  private elkMinimum(min: Size): Size {
    const vertical = this.opts.direction === 'DOWN' || this.opts.direction === 'UP';
    return vertical ? { width: min.height, height: min.width } : min;
  }

  /**
   * Adds the children of `container` to `top`: leaves, compounds (filled in turn, by a loop
   * over a work list rather than recursion), boxes of blocks already laid out, and the layer stack.
   */
  private async fill(top: ElkGraphNode, container: string, parentOf: Map<string, ElkGraphNode>): Promise<void> {
    const work: { elkNode: ElkGraphNode; container: string }[] = [{ elkNode: top, container }];
    for (let item = work.pop(); item; item = work.pop()) {
      const { elkNode } = item;
      const kids = this.tree.children.get(item.container) ?? [];
      const add = (child: ElkGraphNode): void => {
        elkNode.children!.push(child);
        parentOf.set(child.id, elkNode);
      };
      for (const k of kids) {
        if (k.kind === 'layer') continue;
        const id = this.elkId.get(k.id)!;
        if (!this.tree.children.has(k.id)) add({ id, ...nodeSize(k) });
        else if (this.isBlock(k.id)) add({ id, ...this.blockSize.get(k.id)! });
        else {
          const compound: ElkGraphNode = { id, layoutOptions: compoundOptions(this.elkMinimum(containerMinSize(k))), children: [], edges: [] };
          add(compound);
          work.push({ elkNode: compound, container: k.id });
        }
      }
      const layers = kids.filter((k) => k.kind === 'layer');
      if (layers.length) add({ id: this.stackId(item.container), ...(await this.stack(item.container, layers)) });
    }
  }

  /** Lays out each layer, then stacks them by rank at the widest layer's width. */
  private async stack(container: string, layers: DesignNode[]): Promise<Size> {
    const ordered = layers
      .map((l, i) => ({ l, i, rank: typeof l.properties.rank === 'number' ? l.properties.rank : 1 }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((x) => x.l);
    const sizes: Size[] = [];
    for (const l of ordered) sizes.push(this.tree.children.has(l.id) ? await this.layoutBlock(l.id) : nodeSize(l));
    const width = Math.max(...sizes.map((s) => s.width));
    const offsets: { id: string; x: number; y: number }[] = [];
    let y = 0;
    ordered.forEach((l, i) => {
      const own = sizes[i]!;
      // Centre the layer's contents in the common width.
      const dx = (width - own.width) / 2;
      for (const child of this.tree.children.get(l.id) ?? []) {
        const p = this.placed.get(child.id);
        if (p) p.x += dx;
      }
      this.placed.set(l.id, { x: 0, y: 0, width, height: own.height });
      offsets.push({ id: l.id, x: 0, y });
      y += own.height + LAYER_GAP;
    });
    this.stacks.set(container, offsets);
    return { width, height: y - LAYER_GAP };
  }

  private addEdges(graph: ElkGraphNode, block: string, parentOf: Map<string, ElkGraphNode>): void {
    // Edges lifted to the same pair of boxes say nothing new to ELK and cost it dearly; so do
    // the hundredth caller of a hub (see MAX_LAYOUT_DEGREE). The design keeps every edge.
    const seen = new Set<string>();
    const degree = new Map<string, number>();
    const pairs: [string, string][] = [];
    for (const [s, t] of this.edgesByBlock.get(block) ?? []) {
      const rs = this.representative(s, block);
      const rt = this.representative(t, block);
      const key = `${rs} ${rt}`;
      if (rs === rt || seen.has(key)) continue;
      seen.add(key);
      const ds = degree.get(rs) ?? 0;
      const dt = degree.get(rt) ?? 0;
      const cap = this.opts.maxDegree ?? MAX_LAYOUT_DEGREE;
      if (ds >= cap || dt >= cap) continue;
      degree.set(rs, ds + 1);
      degree.set(rt, dt + 1);
      pairs.push([rs, rt]);
    }
    this.balanceHubs(pairs);
    pairs.forEach(([rs, rt], n) => {
      // ELK wants an edge in the lowest compound holding both ends.
      const above = new Set<ElkGraphNode>();
      for (let cur = parentOf.get(rs); cur; cur = parentOf.get(cur.id)) above.add(cur);
      let home = parentOf.get(rt);
      while (home && !above.has(home)) home = parentOf.get(home.id);
      const edge: ElkGraphEdge = { id: `e${n}`, sources: [rs], targets: [rt] };
      (home ?? graph).edges!.push(edge);
    });
  }

  /**
   * For each hub whose edges in this block all point one way, reverses (in `pairs`, in place)
   * the edges to about half of its neighbours, so ELK puts the hub between the two halves.
   * Neighbours that share a container other than the hub's stay on one side together, so the
   * container is not torn across the hub.
   */
  private balanceHubs(pairs: [string, string][]): void {
    const incoming = new Map<string, number[]>();
    const outgoing = new Map<string, number[]>();
    pairs.forEach(([s, t], i) => {
      for (const [end, map] of [[s, outgoing], [t, incoming]] as const) {
        const list = map.get(end);
        if (list) list.push(i);
        else map.set(end, [i]);
      }
    });
    for (const hubElk of new Set([...incoming.keys(), ...outgoing.keys()])) {
      const hub = this.hubBehind(this.byElkId.get(hubElk));
      if (!hub) continue;
      const ins = incoming.get(hubElk) ?? [];
      const outs = outgoing.get(hubElk) ?? [];
      if (ins.length && outs.length) continue;
      const edges = ins.length ? ins : outs;
      // Group the edges by the neighbour's side-unit: its container, or itself when it shares the hub's.
      const groups = new Map<string, number[]>();
      const hubParent = this.tree.parent.get(hub.id);
      for (const i of edges) {
        const other = ins.length ? pairs[i]![0] : pairs[i]![1];
        const otherId = this.byElkId.get(other);
        const parent = otherId === undefined ? undefined : this.tree.parent.get(otherId);
        const key = parent !== undefined && parent !== hubParent && parent !== ROOT ? `c${parent}` : `n${other}`;
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      }
      if (groups.size < 2) continue;
      // Largest group first, each to the lighter side; the first side keeps its direction.
      let keep = 0;
      let flip = 0;
      for (const g of [...groups.values()].sort((a, b) => b.length - a.length)) {
        if (keep <= flip) keep += g.length;
        else {
          flip += g.length;
          for (const i of g) pairs[i] = [pairs[i]![1], pairs[i]![0]];
        }
      }
    }
  }

  /**
   * Shrinks each container to its children plus padding, deepest first. ELK leaves room
   * inside compound nodes for edge routes we never draw (the router does that); shrinking
   * towards the top-left corner cannot make a container overlap anything. Layers keep the
   * stack's common width.
   */
  private tighten(): void {
    const containers = [...this.tree.children.keys()]
      .filter((id) => id !== ROOT && this.tree.nodes.get(id)!.kind !== 'layer' && !this.stacks.has(id))
      .sort((a, b) => this.tree.depth.get(b)! - this.tree.depth.get(a)!);
    for (const id of containers) {
      const box = this.placed.get(id);
      if (box?.width === undefined || box.height === undefined) continue;
      const kids = (this.tree.children.get(id) ?? []).map((k) => ({ p: this.placed.get(k.id), size: nodeSize(k) })).filter((k) => k.p);
      if (!kids.length) continue;
      const right = (k: (typeof kids)[number]) => k.p!.x + (k.p!.width ?? k.size.width);
      const bottom = (k: (typeof kids)[number]) => k.p!.y + (k.p!.height ?? k.size.height);
      const dx = Math.max(0, Math.min(...kids.map((k) => k.p!.x)) - CONTAINER_PADDING.left);
      const dy = Math.max(0, Math.min(...kids.map((k) => k.p!.y)) - CONTAINER_PADDING.top);
      const min = containerMinSize(this.tree.nodes.get(id)!);
      const width = Math.max(min.width, Math.max(...kids.map(right)) - dx + CONTAINER_PADDING.right);
      const height = Math.max(min.height, Math.max(...kids.map(bottom)) - dy + CONTAINER_PADDING.bottom);
      // Only ever shrink: growing could reach a neighbour.
      if (width > box.width || height > box.height) continue;
      for (const k of kids) {
        k.p!.x -= dx;
        k.p!.y -= dy;
      }
      box.width = width;
      box.height = height;
    }
  }

  /** The hub a representative stands for: the hub itself, or a box (or boxes) holding only it. */
  private hubBehind(id: string | undefined): DesignNode | undefined {
    let node = id === undefined ? undefined : this.tree.nodes.get(id);
    for (let kids = node && this.tree.children.get(node.id); kids; kids = this.tree.children.get(node.id)) {
      if (kids.length !== 1) return undefined;
      node = kids[0]!;
    }
    return node && HUB_KINDS.has(node.kind) ? node : undefined;
  }

  /** Copies ELK's positions (relative to the parent, as the design stores them), walking compounds with a work list. */
  private read(top: ElkGraphNode): void {
    const work: ElkGraphNode[] = [top];
    for (let elkNode = work.pop(); elkNode; elkNode = work.pop()) {
      for (const c of elkNode.children ?? []) {
        const x = c.x ?? 0;
        const y = c.y ?? 0;
        const id = this.byElkId.get(c.id);
        if (id === undefined) {
          const container = c.id === 'stack' ? ROOT : this.byElkId.get(c.id.slice(1))!;
          for (const o of this.stacks.get(container) ?? []) Object.assign(this.placed.get(o.id)!, { x: x + o.x, y: y + o.y });
          continue;
        }
        const prev = this.placed.get(id);
        if (prev) Object.assign(prev, { x, y });
        else if (c.children?.length) this.placed.set(id, { x, y, width: c.width ?? 0, height: c.height ?? 0 });
        else this.placed.set(id, { x, y });
        if (c.children?.length) work.push(c);
      }
    }
  }
}
