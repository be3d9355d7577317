/**
 * The drag benchmark page (bench.html): `?mode=archway` renders the editor's canvas with a
 * generated design, `?mode=bare` a bare React Flow canvas holding the same graph with
 * default nodes. bench/sections/drag.ts drives both in headless Chromium.
 */
import { ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../styles.css';
import { gridDesign } from '../../../shared/testing/generate';
import { Canvas } from '../canvas/Canvas';
import { createDesignStore } from '../state/designStore';
import { DesignStoreProvider } from '../state/StoreContext';

const params = new URLSearchParams(location.search);
const count = Number(params.get('nodes') ?? 1000);
const design = gridDesign(count);
const root = createRoot(document.getElementById('root')!);

if (params.get('mode') === 'bare') {
  const nodes: Node[] = design.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } }));
  const edges: Edge[] = design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  root.render(
    <ReactFlowProvider>
      <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} />
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
      </ReactFlowProvider>
    </DesignStoreProvider>,
  );
}
