/**
 * Keeps the routing worker in step with the canvas: mounted once inside <ReactFlow>, it
 * listens to the design (edits, undo, load) and to React Flow's nodes (drag steps), and sends
 * the router only what changed. No React state: the replies go to routeStore, where each edge
 * view picks its own route.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { FlowNode } from '../state/flowModel';
import { useDesignStore } from '../state/StoreContext';
import { RouteClient } from './RouteClient';
import { designParts, sceneInput, type DesignParts } from './scene';

export function useEdgeRouting(): void {
  const designStore = useDesignStore();
  const flowStore = useStoreApi<FlowNode>();
  useEffect(() => {
    const client = new RouteClient((message) =>
      designStore.getState().setNotice({ kind: 'error', text: `Edge routing failed (${message}); edges are drawn straight.` }),
    );

    let partsOf = designStore.getState().design;
    let parts: DesignParts = designParts(partsOf);
    let queued = false;
    const send = () => {
      queued = false;
      const { design } = designStore.getState();
      if (design !== partsOf) [partsOf, parts] = [design, designParts(design)];
      const lookup = flowStore.getState().nodeLookup;
      client.update(sceneInput(design, parts, (id) => lookup.get(id)?.internals.positionAbsolute));
    };
    // Several store updates in one task (a drag step, an edit and its re-check) make one message.
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(send);
    };
    const offDesign = designStore.subscribe((s, prev) => {
      if (s.loadCount !== prev.loadCount) client.reset();
      if (s.design !== prev.design || s.loadCount !== prev.loadCount) schedule();
    });
    // Between drags React Flow's positions are the design's, so only drag steps (and resizes,
    // which end in an edit) need a look; selection changes cost nothing here.
    const offFlow = flowStore.subscribe((s, prev) => {
      if (s.nodes !== prev.nodes && designStore.getState().dragging) schedule();
    });
    // The first scene waits for an idle moment: opening a big design draws its nodes first
    // (edges have their fallback line meanwhile), then the worker's WebAssembly loads.
    const idle = requestIdleCallback(schedule, { timeout: 1000 });
    return () => {
      cancelIdleCallback(idle);
      offDesign();
      offFlow();
      client.dispose();
    };
  }, [designStore, flowStore]);
}
