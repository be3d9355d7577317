/**
 * Paints the simulation overlay: one SVG inside React Flow's viewport (flow coordinates),
 * updated imperatively each animation frame from the sim store and React Flow's store, so
 * no node or edge view subscribes to the simulation and dragging still re-renders only the
 * dragged node. Elements are pooled and an attribute is written only when it changed.
 */
import type { InternalNode } from '@xyflow/react';
import type { Design } from '../../../shared/model/schema';
import type { Fault, NodeSnapshot, SimSnapshot } from '../../../shared/sim/index';
import type { FlowEdge, FlowNode } from '../state/flowModel';
import { anchor, centre, curveTrack, edgeCurve, isSide, polylineTrack, straightCurve, type Curve, type Point, type Rect, type Track } from './geometry';
import { laneOf, TokenField, type EdgeTraffic, type Lane } from './tokens';

const SVG = 'http://www.w3.org/2000/svg';

export interface FrameInput {
  snapshot: SimSnapshot | null;
  playing: boolean;
  /** Simulated ms per wall ms. */
  speed: number;
  faults: readonly Fault[];
  design: Design;
  nodeLookup: ReadonlyMap<string, InternalNode<FlowNode>>;
  edgeLookup: ReadonlyMap<string, FlowEdge>;
  /** Routes from the routing worker by edge id (renderer/src/routing): tokens follow them. */
  routes: ReadonlyMap<string, readonly Point[]>;
  /** The visible part of the canvas in flow coordinates: marks and tokens outside it are not painted. */
  view: Rect;
  /** Zoomed out below the detail view (as node views are). */
  simple: boolean;
  /** The canvas zoom: load badges grow as it shrinks, so their text stays ≥ 10 px on screen. */
  zoom: number;
}

interface NodeMark {
  g: SVGGElement;
  outline: SVGRectElement;
  badge: SVGGElement;
  pill: SVGRectElement;
  bar: SVGRectElement;
  text: SVGTextElement;
  key: string;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>, parent: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  parent.append(e);
  return e;
}

function nodeRect(n: InternalNode<FlowNode> | undefined): Rect | undefined {
  if (!n) return undefined;
  const { x, y } = n.internals.positionAbsolute;
  return { x, y, width: n.measured.width ?? n.width ?? 180, height: n.measured.height ?? n.height ?? 56 };
}

export class OverlayPainter {
  readonly field = new TokenField();
  private readonly marks = new Map<string, NodeMark>();
  private readonly dots: SVGCircleElement[] = [];
  private readonly cuts: SVGTextElement[] = [];
  private lanes = new Map<string, Lane>();
  private lanesOf: Design | null = null;
  private traffic: EdgeTraffic[] = [];
  private trafficOf: SimSnapshot | null = null;
  private simple = false;

  constructor(
    private readonly marksLayer: SVGGElement,
    private readonly tokenLayer: SVGGElement,
  ) {}

  frame(dtMs: number, input: FrameInput): void {
    if (input.design !== this.lanesOf) {
      this.lanesOf = input.design;
      this.lanes = new Map(input.design.edges.map((e) => [e.id, laneOf(e)]));
      this.trafficOf = null;
    }
    const now = input.snapshot?.atMs ?? 0;
    const cut = new Set(input.faults.filter((f) => f.atMs <= now && (f.kind === 'cut' || f.kind === 'fail') && this.lanes.has(f.target)).map((f) => f.target));
    if (input.snapshot !== this.trafficOf) {
      this.trafficOf = input.snapshot;
      this.traffic = (input.snapshot?.edges ?? []).filter((e) => !cut.has(e.id) && this.lanes.has(e.id)).map((e) => ({ id: e.id, rate: e.rate, lane: this.lanes.get(e.id)! }));
    }
    if (input.playing) this.field.advance(dtMs, this.traffic, input.speed);

    const curves = new Map<string, Track | null>();
    const curve = (id: string): Track | null => {
      let c = curves.get(id);
      if (c !== undefined) return c;
      const route = input.routes.get(id);
      if (route) c = polylineTrack(route);
      else {
        const bezier = curveOf(input.edgeLookup.get(id), input.nodeLookup, input.simple);
        c = bezier ? curveTrack(bezier) : null;
      }
      curves.set(id, c);
      return c;
    };
    if (input.simple !== this.simple) {
      this.simple = input.simple;
      this.marksLayer.classList.toggle('simple', input.simple);
    }
    this.paintTokens(curve, input.view);
    this.paintNodes(input.snapshot?.nodes ?? [], input);
    this.paintCuts([...cut], curve);
  }

  private paintTokens(curve: (id: string) => Track | null, view: Rect): void {
    let used = 0;
    for (const t of this.field.tokens) {
      const p = this.field.position(t);
      if (p === undefined) continue;
      const c = curve(t.edge);
      if (!c) continue;
      const at = c(p);
      if (!inside(at, view, 10)) continue;
      const dot = this.dots[used] ?? (this.dots[used] = el('circle', { r: '5', class: 'aw-sim-token' }, this.tokenLayer));
      used++;
      dot.setAttribute('cx', at.x.toFixed(1));
      dot.setAttribute('cy', at.y.toFixed(1));
      const cls = `aw-sim-token ${t.kind}`;
      if (dot.getAttribute('class') !== cls) dot.setAttribute('class', cls);
      if (dot.dataset.edge !== t.edge) dot.dataset.edge = t.edge;
      if (dot.style.display) dot.style.display = '';
    }
    for (let i = used; i < this.dots.length; i++) if (this.dots[i]!.style.display !== 'none') this.dots[i]!.style.display = 'none';
  }

  private paintNodes(nodes: readonly NodeSnapshot[], input: FrameInput): void {
    const seen = new Set<string>();
    const slow = new Map(input.faults.filter((f) => f.kind === 'slow' && f.atMs <= (input.snapshot?.atMs ?? 0)).map((f) => [f.target, f.factor ?? 10]));
    for (const n of nodes) {
      const r = nodeRect(input.nodeLookup.get(n.id));
      if (!r) continue;
      seen.add(n.id);
      const visible = overlaps(r, input.view, 30);
      const hidden = this.marks.get(n.id)?.g.style.display === 'none';
      if (!visible) {
        if (this.marks.has(n.id) && !hidden) this.marks.get(n.id)!.g.style.display = 'none';
        continue;
      }
      if (hidden) this.marks.get(n.id)!.g.style.display = '';
      const util = Math.round(Math.min(1, n.utilization) * 100);
      const state = n.failed ? 'failed' : n.overloaded ? 'overloaded' : 'ok';
      const factor = slow.get(n.id);
      // Badge scale: 11 px text × scale × zoom ≥ 10 px on screen, up to 3× (quantized, so zooming repaints rarely).
      const k = Math.round(Math.min(3, Math.max(1, 0.95 / input.zoom)) * 10) / 10;
      const key = `${r.x},${r.y},${r.width},${r.height},${util},${n.queue},${state},${factor ?? ''},${k}`;
      let m = this.marks.get(n.id);
      if (m?.key === key) continue;
      if (!m) m = this.createMark(n.id);
      m.key = key;
      m.g.setAttribute('class', `aw-sim-mark ${state}`);
      m.g.dataset.util = String(util);
      m.g.dataset.queue = String(n.queue);
      m.g.dataset.state = state;
      m.outline.setAttribute('x', String(r.x - 4));
      m.outline.setAttribute('y', String(r.y - 4));
      m.outline.setAttribute('width', String(r.width + 8));
      m.outline.setAttribute('height', String(r.height + 8));
      const w = Math.max(Math.min(r.width, 168) / k, 120);
      m.badge.setAttribute('transform', `translate(${r.x} ${r.y - 24 * k}) scale(${k})`);
      m.pill.setAttribute('width', String(w));
      m.bar.setAttribute('y', '15');
      m.bar.setAttribute('width', String((w * util) / 100));
      m.text.setAttribute('x', '6');
      m.text.setAttribute('y', '12');
      const slowText = factor ? ` · slow ×${factor}` : '';
      m.text.textContent = n.failed ? 'FAILED' : `${util}% busy · queue ${n.queue}${slowText}`;
    }
    for (const [id, m] of this.marks) {
      if (seen.has(id)) continue;
      m.g.remove();
      this.marks.delete(id);
    }
  }

  private createMark(id: string): NodeMark {
    const g = el('g', { class: 'aw-sim-mark' }, this.marksLayer);
    g.dataset.node = id;
    const outline = el('rect', { class: 'aw-sim-outline', rx: '10' }, g);
    const badge = el('g', { class: 'aw-sim-badge' }, g);
    const pill = el('rect', { class: 'aw-sim-pill', rx: '4', height: '18' }, badge);
    const bar = el('rect', { class: 'aw-sim-bar', height: '3' }, badge);
    const text = el('text', { class: 'aw-sim-text' }, badge);
    const m = { g, outline, badge, pill, bar, text, key: '' };
    this.marks.set(id, m);
    return m;
  }

  private paintCuts(edges: string[], curve: (id: string) => Track | null): void {
    let used = 0;
    for (const id of edges) {
      const c = curve(id);
      if (!c) continue;
      const at = c(0.5);
      const t = this.cuts[used] ?? (this.cuts[used] = el('text', { class: 'aw-sim-cut', 'text-anchor': 'middle', 'dominant-baseline': 'central' }, this.marksLayer));
      used++;
      t.textContent = '✕';
      t.dataset.edge = id;
      t.setAttribute('x', at.x.toFixed(1));
      t.setAttribute('y', at.y.toFixed(1));
      t.style.display = '';
    }
    for (let i = used; i < this.cuts.length; i++) this.cuts[i]!.style.display = 'none';
  }

  clearTokens(): void {
    this.field.clear();
  }
}

function inside(p: Point, r: Rect, margin: number): boolean {
  return p.x >= r.x - margin && p.x <= r.x + r.width + margin && p.y >= r.y - margin && p.y <= r.y + r.height + margin;
}

function overlaps(a: Rect, b: Rect, margin: number): boolean {
  return a.x + a.width >= b.x - margin && a.x <= b.x + b.width + margin && a.y + a.height >= b.y - margin && a.y <= b.y + b.height + margin;
}

function curveOf(edge: FlowEdge | undefined, nodes: ReadonlyMap<string, InternalNode<FlowNode>>, simple: boolean): Curve | null {
  if (!edge) return null;
  const s = nodes.get(edge.source);
  const t = nodes.get(edge.target);
  const sr = nodeRect(s);
  const tr = nodeRect(t);
  if (!s || !t || !sr || !tr) return null;
  // Zoomed out, edges run straight between node centres (ArchwayEdge, canvas/zoom.ts).
  if (simple) return straightCurve(centre(sr), centre(tr));
  const ss = isSide(edge.sourceHandle) ? edge.sourceHandle : 'r';
  const ts = isSide(edge.targetHandle) ? edge.targetHandle : 'l';
  // All handles are source handles (loose connection mode), so both ends look there.
  const a = anchor(sr, ss, s.internals.handleBounds?.source);
  const b = anchor(tr, ts, t.internals.handleBounds?.source);
  return edgeCurve(a, ss, b, ts);
}
