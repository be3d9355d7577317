/**
 * requirements/latency: the latency class is sub-second and a data-flow path from a client or
 * event source to a client, notification service or model server contains a batch edge or a
 * pull whose interval exceeds 1 s. One problem per such edge; the message names one path.
 */
import type { KindId } from '../../catalog/kinds';
import { edgeProps } from '../../graph/index';
import type { DesignEdge } from '../../model/schema';
import { defineRule } from '../define';
import { flow } from '../communication/rates';
import { chain, edgeAnchor } from '../text';

const STARTS: readonly KindId[] = ['client', 'event-source'];
const ENDS: readonly KindId[] = ['client', 'notification-service', 'model-server'];
const MAX_POLL_MS = 1000;

function slowBecause(e: DesignEdge): string | undefined {
  if (e.processing === 'batch') return 'a batch edge (batch processing: high throughput, higher latency)';
  const poll = edgeProps(e).pollIntervalMs;
  if (e.delivery === 'pull' && poll > MAX_POLL_MS) return `a pull every ${poll.toLocaleString('en')} ms (pull: higher latency)`;
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
    const { g, from, to } = flow(ctx);
    const n = g.nodes.length;
    const m = g.edges.length;
    // Forward search from the starts (parent edge per node), backward from the ends (next edge).
    const outStart = new Int32Array(n + 1);
    const inStart = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) {
      outStart[from[i]! + 1]!++;
      inStart[to[i]! + 1]!++;
    }
    for (let v = 0; v < n; v++) {
      outStart[v + 1]! += outStart[v]!;
      inStart[v + 1]! += inStart[v]!;
    }
    const outList = new Int32Array(m);
    const inList = new Int32Array(m);
    const of = outStart.slice(0, n);
    const inf = inStart.slice(0, n);
    for (let i = 0; i < m; i++) {
      outList[of[from[i]!]!++] = i;
      inList[inf[to[i]!]!++] = i;
    }
    const search = (isStart: (v: number) => boolean, starts: Int32Array, list: Int32Array, next: Int32Array) => {
      const via = new Int32Array(n).fill(-2); // -2 unreached, -1 a start
      const queue = new Int32Array(n);
      let head = 0;
      let tail = 0;
      for (let v = 0; v < n; v++) if (g.component[v] && isStart(v)) (via[v] = -1), (queue[tail++] = v);
      while (head < tail) {
        const v = queue[head++]!;
        for (let j = starts[v]!; j < starts[v + 1]!; j++) {
          const e = list[j]!;
          const w = next[e]!;
          if (via[w] === -2) (via[w] = e), (queue[tail++] = w);
        }
      }
      return via;
    };
    const kindIs = (kinds: readonly KindId[]) => (v: number) => kinds.includes(g.nodes[v]!.kind);
    const fwd = search(kindIs(STARTS), outStart, outList, to);
    const bwd = search(kindIs(ENDS), inStart, inList, from);
    for (let i = 0; i < m; i++) {
      const e = g.edges[i]!;
      const why = slowBecause(e);
      if (!why || fwd[from[i]!] === -2 || bwd[to[i]!] === -2) continue;
      const before: number[] = [];
      for (let v = from[i]!, k = 0; fwd[v]! >= 0 && k < n; v = from[fwd[v]!]!, k++) before.unshift(from[fwd[v]!]!);
      const after: number[] = [];
      for (let v = to[i]!, k = 0; bwd[v]! >= 0 && k < n; v = to[bwd[v]!]!, k++) after.push(to[bwd[v]!]!);
      const path = [...before, from[i]!, to[i]!, ...after].map((v) => g.nodes[v]!.id);
      emit({
        anchor: edgeAnchor(e.id),
        mentions: path,
        nodes: [e.source, e.target],
        edges: [e.id],
        message:
          `Sub-second latency is required, but the data path ${chain(ctx, path)} contains ${why} between ${ctx.name(from[i]! === g.src[i] ? e.source : e.target)} and ${ctx.name(from[i]! === g.src[i] ? e.target : e.source)}. ` +
          'For sub-second latency the decision framework recommends Event-driven + Streaming + Push.',
        hint: 'Make this edge a stream (and a push, or a poll under a second), or move it off the request path.',
      });
    }
  },
});
