/**
 * requirements/latency: the latency class is sub-second and a data-flow path from a client or
 * event source to a client, notification service or model server contains a batch edge or a
 * pull whose interval exceeds 1 s. One problem per such edge; the message names one path.
 */
import type { KindId } from '../../catalog/kinds';
import { EDGE_DEFAULTS } from '../../model/properties';
import type { DesignEdge } from '../../model/schema';
import { defineRule } from '../define';
import { flow } from '../communication/rates';
import type { Csr } from '../engine/graph-store';
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

export const requirementsLatency = defineRule({
  id: 'requirements/latency',
  severity: 'error',
  title: 'A slow edge on a path that must answer in under a second',
  principle: 'Sub-second: Event-driven + Streaming + Push.',
  facts: (ctx) => String(ctx.requirements.latency === 'sub-second'),
  relevant: {
    edge: (p, n) =>
      !p || !n || p.source !== n.source || p.target !== n.target || p.delivery !== n.delivery || p.processing !== n.processing || p.properties !== n.properties,
    node: (p, n) => !!p && !!n && p.kind !== n.kind,
  },
  checkDesign(ctx, emit) {
    if (ctx.requirements.latency !== 'sub-second') return;
    const f = flow(ctx);
    const { g, valid, from, to } = f;
    const slow = Array.from(valid).filter((i) => slowBecause(g.edges[i]!) !== undefined);
    if (!slow.length) return;
    const n = g.nodeSlots;
    const out = f.out();
    const inc = f.into();
    const kindIs = (kinds: readonly KindId[]) => (v: number) => g.component[v] === 1 && kinds.includes(g.nodes[v]!.kind);
    // Hops from the nearest start along the data flow, and to the nearest end.
    const fromStart = bfs(n, kindIs(STARTS), out, to);
    const toEnd = bfs(n, kindIs(ENDS), inc, from);
    /** One step of a shortest path; ties go to the smallest edge id, so paths do not depend on slot order. */
    const step = (v: number, dist: Int32Array, csr: Csr, other: Int32Array): number => {
      let best = -1;
      for (let j = csr.start[v]!; j < csr.start[v + 1]!; j++) {
        const e = csr.list[j]!;
        if (dist[other[e]!] === dist[v]! - 1 && (best < 0 || g.edges[e]!.id < g.edges[best]!.id)) best = e;
      }
      return best;
    };
    for (const i of slow) {
      const e = g.edges[i]!;
      const why = slowBecause(e);
      if (!why || fromStart[from[i]!]! < 0 || toEnd[to[i]!]! < 0) continue;
      const before: number[] = [];
      for (let v = from[i]!; fromStart[v]! > 0; ) before.push((v = from[step(v, fromStart, inc, from)]!));
      const after: number[] = [];
      for (let v = to[i]!; toEnd[v]! > 0; ) after.push((v = to[step(v, toEnd, out, to)]!));
      const path = [...before.reverse(), from[i]!, to[i]!, ...after].map((v) => g.nodes[v]!.id);
      const upstream = g.nodes[from[i]!]!.id;
      const downstream = g.nodes[to[i]!]!.id;
      emit({
        anchor: edgeAnchor(e.id),
        mentions: path,
        nodes: [e.source, e.target],
        edges: [e.id],
        message:
          `Sub-second latency is required, but the data path ${chain(ctx, path)} contains ${why} between ${ctx.name(upstream)} and ${ctx.name(downstream)}. ` +
          'For sub-second latency the decision framework recommends Event-driven + Streaming + Push.',
        hint: 'Make this edge a stream (and a push, or a poll under a second), or move it off the request path.',
      });
    }
  },
});

/** Breadth-first hop counts from the nodes `isStart` picks (-1 = unreachable). */
function bfs(n: number, isStart: (v: number) => boolean, csr: Csr, next: Int32Array): Int32Array {
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (isStart(v)) (dist[v] = 0), (queue[tail++] = v);
  while (head < tail) {
    const v = queue[head++]!;
    for (let j = csr.start[v]!; j < csr.start[v + 1]!; j++) {
      const w = next[csr.list[j]!]!;
      if (dist[w] === -1) (dist[w] = dist[v]! + 1), (queue[tail++] = w);
    }
  }
  return dist;
}
