/**
 * One layout pass over a design. A *block* is a graph handed to ELK in one call: the top
 * level, and every container laid out on its own (every layer, or every container in
 * `separate` mode). Inside a block, other containers are ELK compound nodes; a block laid
 * out earlier enters its parent's graph as a fixed-size box. Sibling layers are laid out
 * one by one and stacked top-to-bottom by rank at one width, and the stack enters the
 * parent's graph as one box, so layered designs read as the seed's Figure 34.1.
 * Edges are lifted to the box or node that stands for their endpoint in the block that
 * holds both ends; edges inside one box are that box's concern.
 */
import { isComponentKind } from '../catalog/kinds';
import type { Design, DesignNode } from '../model/schema';
import type { ElkGraphNode, ElkLike } from './elk-types';
import { compoundOptions, containerPadding, MAX_LAYOUT_DEGREE, ROOT_PADDING, rootOptions, type LayoutDirection } from './options';
import { CONTAINER_MIN, CONTAINER_PADDING, nodeSize } from './sizes';
import { buildTree, ROOT, type LayoutTree } from './tree';

/** Vertical gap between stacked layers. */
const LAYER_GAP = 40;
/** Wide rows inside a layer: ELK packs unconnected nodes to this width/height ratio. */
const LAYER_ASPECT = '5';

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
  private readonly totalCalls: number;
  private calls = 0;

  constructor(design: Design, private readonly elk: ElkLike, private readonly opts: RunOptions) {
    this.tree = buildTree(design);
    design.nodes.forEach((n, i) => {
      this.elkId.set(n.id, `n${i}`);
      this.byElkId.set(`n${i}`, n.id);
    });
    this.totalCalls = 1 + design.nodes.filter((n) => this.isBlock(n.id)).length;
    for (const e of design.edges) this.assignEdge(e.source, e.target);
  }

  async run(): Promise<void> {
    if (this.tree.children.has(ROOT)) await this.layoutBlock(ROOT);
    this.opts.onProgress?.(1);
  }

  /** A container laid out by its own ELK call. */
  private isBlock(id: string): boolean {
    if (!this.tree.children.has(id)) return false;
    return this.opts.hierarchy === 'separate' || this.tree.nodes.get(id)!.kind === 'layer';
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

  /** Lays out the contents of a container (or the top level); returns the container's size. */
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
    size = { width: Math.max(size.width, CONTAINER_MIN.width), height: Math.max(size.height, CONTAINER_MIN.height) };
    this.placed.set(block, { x: 0, y: 0, ...size });
    return size;
  }

  /** Adds the children of `container` to `elkNode`: leaves, compounds, boxes and the layer stack. */
  private async fill(elkNode: ElkGraphNode, container: string, parentOf: Map<string, ElkGraphNode>): Promise<void> {
    const kids = this.tree.children.get(container) ?? [];
    const add = (child: ElkGraphNode): void => {
      elkNode.children!.push(child);
      parentOf.set(child.id, elkNode);
    };
    for (const k of kids) {
      if (k.kind === 'layer') continue;
      const id = this.elkId.get(k.id)!;
      if (!this.tree.children.has(k.id)) add({ id, ...nodeSize(k) });
      else if (this.isBlock(k.id)) add({ id, ...(await this.layoutBlock(k.id)) });
      else {
        const compound: ElkGraphNode = { id, layoutOptions: compoundOptions(), children: [], edges: [] };
        add(compound);
        await this.fill(compound, k.id, parentOf);
      }
    }
    const layers = kids.filter((k) => k.kind === 'layer');
    if (layers.length) add({ id: this.stackId(container), ...(await this.stack(container, layers)) });
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
    let n = 0;
    // Edges lifted to the same pair of boxes say nothing new to ELK and cost it dearly; so do
    // the hundredth caller of a hub (see MAX_LAYOUT_DEGREE). The design keeps every edge.
    const seen = new Set<string>();
    const degree = new Map<string, number>();
    for (const [s, t] of this.edgesByBlock.get(block) ?? []) {
      const rs = this.representative(s, block);
      const rt = this.representative(t, block);
      const key = `${rs} ${rt}`;
      if (rs === rt || seen.has(key)) continue;
      seen.add(key);
      const ds = degree.get(rs) ?? 0;
      const dt = degree.get(rt) ?? 0;
      if (ds >= MAX_LAYOUT_DEGREE || dt >= MAX_LAYOUT_DEGREE) continue;
      degree.set(rs, ds + 1);
      degree.set(rt, dt + 1);
      // ELK wants an edge in the lowest compound holding both ends.
      const above = new Set<ElkGraphNode>();
      for (let cur = parentOf.get(rs); cur; cur = parentOf.get(cur.id)) above.add(cur);
      let home = parentOf.get(rt);
      while (home && !above.has(home)) home = parentOf.get(home.id);
      (home ?? graph).edges!.push({ id: `e${n++}`, sources: [rs], targets: [rt] });
    }
  }

  /** Copies ELK's positions (relative to the parent, as the design stores them). */
  private read(elkNode: ElkGraphNode): void {
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
      if (c.children?.length) this.read(c);
    }
  }
}
