/**
 * requirements/latency: the latency class is sub-second and a data-flow path from a client or
 * event source to a client, notification service or model server contains a batch edge or a
 * pull whose interval exceeds 1 s. One problem per such edge; the message names one shortest
 * path through it.
 */
import type { KindId } from '../../catalog/kinds';
import { EDGE_DEFAULTS } from '../../model/properties';
import { dataFlow } from '../../graph/index';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { defineAnalysis, NOTHING_CHANGED, Seeds, type Analysis, type Changed } from '../engine/analysis';
import { grow, type Adjacency, type GraphSnapshot } from '../engine/graph-store';
import { borderBfs, closure, Marks } from '../engine/regions';
import { defineRule } from '../define';
import { flowSlot } from '../communication/rates';
import { num, chain, edgeAnchor } from '../text';

const STARTS: readonly KindId[] = ['client', 'event-source'];
const ENDS: readonly KindId[] = ['client', 'notification-service', 'model-server'];
const MAX_POLL_MS = 1000;

function slowBecause(e: DesignEdge): string | undefined {
  if (e.processing === 'batch') return 'a batch edge (batch processing: high throughput, higher latency)';
  if (e.delivery !== 'pull') return undefined;
  const poll = e.properties.pollIntervalMs ?? EDGE_DEFAULTS.pollIntervalMs;
  if (poll > MAX_POLL_MS) return `a pull every ${num(poll)} ms (pull: higher latency)`;
  return undefined;
}

/** One direction of the search: hop counts from the nearest start, or to the nearest end. */
class Hops {
  dist = new Int32Array(64);
  readonly seeds: Seeds;
  private readonly marks = new Marks();

  constructor(
    private readonly g: GraphSnapshot,
    private readonly kinds: readonly KindId[],
    /** Edges in search direction by the node they leave, and the node each leads to. */
    private readonly ahead: () => [Adjacency, Int32Array],
    /** Edges against the search direction, and the node each comes from. */
    private readonly behind: () => [Adjacency, Int32Array],
  ) {
    this.seeds = new Seeds(g);
  }

  /**
   * Recomputes the region ahead of the seeds, starting from the distances at its border. Slow
   * edges that leave a region node in search direction may now have other counts or paths
   * (any path through the region reaches them that way): they go to `changed`.
   */
  update(changed: number[]): boolean {
    const seeds = this.seeds.take();
    const { g, marks } = this;
    const n = g.nodeSlots;
    const dist = (this.dist = grow(this.dist, n, -1));
    const [adj, end] = this.ahead();
    const [back, origin] = this.behind();
    const region = closure(seeds, adj, end, marks, n);
    for (const v of region) {
      let d = g.component[v] === 1 && this.kinds.includes(g.nodes[v]!.kind) ? 0 : -1;
      if (d !== 0) {
        for (let e = back.head[v]!; e !== -1; e = back.next[e]!) {
          const w = origin[e]!;
          if (!marks.has(w) && dist[w]! >= 0 && (d === -1 || dist[w]! + 1 < d)) d = dist[w]! + 1;
        }
      }
      dist[v] = d;
    }
    borderBfs(region, marks, adj, end, dist);
    if (seeds) for (const v of region) for (let e = adj.head[v]!; e !== -1; e = adj.next[e]!) if (slowBecause(g.edges[e]!)) changed.push(e);
    return seeds !== null;
  }
}

/** Hop counts along the data flow from the nearest start and to the nearest end, kept up to date. */
export class LatencyPaths implements Analysis {
  readonly fromStart: Hops;
  readonly toEnd: Hops;

  constructor(readonly g: GraphSnapshot) {
    this.fromStart = new Hops(g, STARTS, () => [g.flowOut, g.flowTo], () => [g.flowIn, g.flowFrom]);
    this.toEnd = new Hops(g, ENDS, () => [g.flowIn, g.flowFrom], () => [g.flowOut, g.flowTo]);
  }

  noteNode(prev: DesignNode | undefined, next: DesignNode | undefined): void {
    if (!next || (prev && prev.kind === next.kind)) return;
    this.fromStart.seeds.addId(next.id);
    this.toEnd.seeds.addId(next.id);
  }

  noteEdge(prev: DesignEdge | undefined, next: DesignEdge | undefined): void {
    for (const e of [prev, next]) {
      if (!e) continue;
      const { from, to } = dataFlow(e);
      // What lies downstream of the edge may get nearer a start, what lies upstream nearer an end.
      this.fromStart.seeds.addId(to);
      this.toEnd.seeds.addId(from);
    }
  }

  /** Changed edges: the slow edges whose hop counts or shortest paths may have changed. */
  update(): Changed {
    if (!this.fromStart.seeds.pending && !this.toEnd.seeds.pending) return NOTHING_CHANGED;
    const edges: number[] = [];
    let partial = true;
    if (this.fromStart.seeds.pending) partial = this.fromStart.update(edges) && partial;
    if (this.toEnd.seeds.pending) partial = this.toEnd.update(edges) && partial;
    return partial ? { nodes: [], edges } : 'all';
  }
}

export const LATENCY_PATHS = defineAnalysis({ name: 'requirements/latency-paths', create: (g) => new LatencyPaths(g) });

export const requirementsLatency = defineRule({
  id: 'requirements/latency',
  severity: 'error',
  title: 'A slow edge on a path that must answer in under a second',
  principle: 'Sub-second: Event-driven + Streaming + Push.',
  facts: (ctx) => String(ctx.requirements.latency === 'sub-second'),
  uses: [LATENCY_PATHS],
  checkEdge(e, _source, _target, ctx, emit) {
    if (ctx.requirements.latency !== 'sub-second') return;
    const why = slowBecause(e);
    if (!why) return;
    const i = flowSlot(ctx.graph(), e.id);
    if (i === undefined) return;
    const { g, fromStart, toEnd } = ctx.analysis(LATENCY_PATHS);
    const from = g.flowFrom[i]!;
    const to = g.flowTo[i]!;
    if (fromStart.dist[from]! < 0 || toEnd.dist[to]! < 0) return;
    /** One step of a shortest path; ties go to the smallest edge id, so paths do not depend on slot order. */
    const step = (v: number, dist: Int32Array, adj: Adjacency, other: Int32Array): number => {
      let best = -1;
      for (let j = adj.head[v]!; j !== -1; j = adj.next[j]!) {
        if (dist[other[j]!] === dist[v]! - 1 && (best < 0 || g.edges[j]!.id < g.edges[best]!.id)) best = j;
      }
      return best;
    };
    const before: number[] = [];
    for (let v = from; fromStart.dist[v]! > 0; ) before.push((v = g.flowFrom[step(v, fromStart.dist, g.flowIn, g.flowFrom)]!));
    const after: number[] = [];
    for (let v = to; toEnd.dist[v]! > 0; ) after.push((v = g.flowTo[step(v, toEnd.dist, g.flowOut, g.flowTo)]!));
    const path = [...before.reverse(), from, to, ...after].map((v) => g.nodes[v]!.id);
    emit({
      anchor: edgeAnchor(e.id),
      mentions: path,
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `Sub-second latency is required, but the data path ${chain(ctx, path)} contains ${why} between ${ctx.name(g.nodes[from]!.id)} and ${ctx.name(g.nodes[to]!.id)}. ` +
        'For sub-second latency the decision framework recommends Event-driven + Streaming + Push.',
      hint: 'Make this edge a stream (and a push, or a poll under a second), or move it off the request path.',
    });
  },
});
