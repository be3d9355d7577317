/**
 * The canvas benchmark page (bench.html): `?mode=archway` renders the editor's canvas with a
 * generated design, `?mode=bare` a bare React Flow canvas holding the same graph with
 * default nodes. `?zoom=0.6` starts both at that zoom with the grid's corner near the top
 * left (as the issue measured); without it both fit the view. bench/sections/drag.ts drives
 * both in headless Chromium; `window.__bench` tells it when the view is set and how many
 * edges the routing worker has routed.
 */
import { ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow, type Edge, type Node } from '@xyflow/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../styles.css';
import { gridDesign } from '../../../shared/testing/generate';
import { Canvas } from '../canvas/Canvas';
import { routeStore } from '../routing/routeStore';
import { createDesignStore } from '../state/designStore';
import { DesignStoreProvider } from '../state/StoreContext';

const params = new URLSearchParams(location.search);
const count = Number(params.get('nodes') ?? 1000);
const zoom = params.has('zoom') ? Number(params.get('zoom')) : undefined;
const design = gridDesign(count);
const root = createRoot(document.getElementById('root')!);
const CORNER = { x: 40, y: 40 };

const bench = { viewSet: false, routed: () => routeStore.getState().routes.size, edges: design.edges.length };
(window as unknown as { __bench: typeof bench }).__bench = bench;

/** Sets the zoom once the nodes are measured and the canvas has done its own fit on load. */
function BenchView() {
  const flow = useReactFlow();
  const ready = useNodesInitialized();
  useEffect(() => {
    if (!ready) return;
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => {
        if (zoom !== undefined) void flow.setViewport({ ...CORNER, zoom });
        bench.viewSet = true;
      });
    });
    return () => cancelAnimationFrame(raf);
  }, [flow, ready]);
  return null;
}

if (params.get('mode') === 'bare') {
  const nodes: Node[] = design.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } }));
  const edges: Edge[] = design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  root.render(
    <ReactFlowProvider>
      <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView={zoom === undefined} minZoom={0.05} />
      <BenchView />
    </ReactFlowProvider>,
  );
} else {
  const store = createDesignStore();
  store.getState().load(design, null);
  root.render(
    <DesignStoreProvider store={store}>
      <ReactFlowProvider>
        <div style={{ position: 'relative', width: '100vw', height: '100vh' }}>
          <Canvas />
        </div>
        <BenchView />
      </ReactFlowProvider>
    </DesignStoreProvider>,
  );
}
