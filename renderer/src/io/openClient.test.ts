import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../../../shared/model/document';
import { createChecker } from '../../../shared/rules/index';
import { gridDesign } from '../../../shared/testing/generate';
import { toFlowEdges, toFlowNodes } from '../state/flowModel';
import { readDesign, WORKER_THRESHOLD, type OpenWorkerLike } from './openClient';
import { CHUNK, type OpenReply, type OpenRequest } from './openProtocol';

/** A worker that does what open.worker.ts does, on this thread, answering asynchronously. */
function fakeWorker(opts: { fail?: string; hang?: boolean } = {}) {
  const state = { terminated: false, posted: 0 };
  const w: OpenWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => void (state.terminated = true),
    postMessage({ id, text, lowDetail }: OpenRequest) {
      const send = (m: OpenReply) => queueMicrotask(() => !state.terminated && w.onmessage?.({ data: m } as MessageEvent<OpenReply>));
      if (opts.hang) return send({ id, type: 'phase', phase: 'parse' });
      if (opts.fail) return send({ id, type: 'error', message: opts.fail });
      const parsed = parseDesign(text);
      if (!parsed.ok) return send({ id, type: 'error', message: parsed.error });
      const { nodes, edges, ...head } = parsed.design;
      const check = createChecker().check(parsed.design);
      const fn = toFlowNodes(parsed.design, []);
      const fe = toFlowEdges(parsed.design, [], undefined, lowDetail);
      // Each chunk is a structured clone: the client must rebuild shared identity itself.
      for (let i = 0; i < fn.length; i += CHUNK) send({ id, type: 'nodes', nodes: structuredClone(fn.slice(i, i + CHUNK)) });
      for (let i = 0; i < fe.length; i += CHUNK) send({ id, type: 'edges', edges: structuredClone(fe.slice(i, i + CHUNK)) });
      send({ id, type: 'done', head: structuredClone(head), check: structuredClone(check) });
      state.posted = nodes.length + edges.length;
    },
  };
  return { w, state };
}

describe('readDesign', () => {
  const big = gridDesign(3000);
  const text = serializeDesign(big);

  it('reads a small file right here, with no worker', async () => {
    const small = serializeDesign(gridDesign(3));
    expect(small.length).toBeLessThan(WORKER_THRESHOLD);
    const out = await readDesign(small, {}, () => {
      throw new Error('no worker expected');
    });
    expect(out.ok && out.design.nodes.length).toBe(3);
  });

  it('reassembles a big design from the worker\'s chunks; the canvas elements hold the design\'s own elements', async () => {
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
    globalThis.Worker ??= class {} as unknown as typeof Worker;
    const { w, state } = fakeWorker();
    const phases: string[] = [];
    const out = await readDesign(text, { onProgress: (p) => phases.push(p) }, () => w);
    if (!out.ok) throw new Error(out.error);
    expect(out.design).toEqual(parseDesign(text).ok && (parseDesign(text) as { design: unknown }).design);
    expect(out.prepared!.nodes.length).toBe(3000);
    expect(out.prepared!.nodes[17]!.data.node).toBe(out.design.nodes[17]);
    expect(out.prepared!.edges[5]!.data!.edge).toBe(out.design.edges[5]);
    expect(out.prepared!.lowDetail).toBe(true);
    expect(phases).toContain('transfer');
    expect(state.terminated).toBe(true);
  });

  it('reports the worker\'s error, and cancel stops the worker', async () => {
    const failing = fakeWorker({ fail: 'Not a design: nodes[0] has no kind' });
    expect(await readDesign(text, {}, () => failing.w)).toEqual({ ok: false, error: 'Not a design: nodes[0] has no kind' });
    const hanging = fakeWorker({ hang: true });
    const ctrl = new AbortController();
    const pending = readDesign(text, { signal: ctrl.signal }, () => hanging.w);
    ctrl.abort();
    expect(await pending).toMatchObject({ ok: false, canceled: true });
    expect(hanging.state.terminated).toBe(true);
  });
});
