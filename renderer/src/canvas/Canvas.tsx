/** The React Flow canvas bound to the document store. */
import {
  Background, BackgroundVariant, ConnectionMode, Controls, ReactFlow, useReactFlow,
  applyEdgeChanges, applyNodeChanges, useStore, useStoreApi, useUpdateNodeInternals, type Connection, type EdgeChange, type NodeChange, type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import { isKindId, kindDef } from '../../../shared/catalog/kinds';
import { DesignIndex } from '../../../shared/graph/index';
import { createEdge, createNode, freshId, idPrefix } from '../../../shared/model/factory';
import type { FlowEdge, FlowNode } from '../state/flowModel';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { findDropContainer, relativeTo } from './containment';
import { EDGE_TYPES } from './edges/ArchwayEdge';
import { Legend } from './Legend';
import { CanvasMiniMap } from './CanvasMiniMap';
import { Markers } from './Markers';
import { NODE_TYPES } from './nodes/nodeTypes';
import { useTheme } from '../theme/theme';
import { useViewOptions } from './viewOptions';
import { lowDetail, LowDetailContext, useZoomVariable } from './zoom';
import { SimulationOverlay } from '../sim/SimulationOverlay';
import { EstimateOverlay } from '../sim/EstimateOverlay';
import { defaultProtocols } from '../../../shared/routing';
import { useEdgeRouting } from '../routing/useEdgeRouting';
import { CaptionDefaultsContext } from './edges/captionDefaults';

export const KIND_DRAG_TYPE = 'application/x-archway-kind';
const DEFAULT_NODE = { width: 180, height: 56 };

export function Canvas() {
  const store = useDesignStore();
  const nodes = useDesign((s) => s.nodes);
  const edges = useDesign((s) => s.edges);
  const snapToGrid = useDesign((s) => s.snapToGrid);
  const storeNodesChange = useDesign((s) => s.onNodesChange);
  const rf = useStoreApi<FlowNode>();
  // Drag steps go straight into React Flow's own store, as an uncontrolled flow would: one
  // store update per pointer move instead of a round trip through the document store and a
  // React render. The drag's end (dragging: false) and everything else take the usual path,
  // and onNodeDragStop commits the move to the design.
  // Box selection likewise: while the rectangle is drawn, selection changes stay in React
  // Flow's store, and the selection reaches the document store once, when the box ends.
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const flowState = rf.getState();
      if (changes.length && (changes.every((c) => c.type === 'position' && c.dragging) || (flowState.userSelectionActive && changes.every((c) => c.type === 'select')))) {
        flowState.setNodes(applyNodeChanges(changes, flowState.nodes));
        return;
      }
      storeNodesChange(changes);
    },
    [rf, storeNodesChange],
  );
  const storeEdgesChange = useDesign((s) => s.onEdgesChange);
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const flowState = rf.getState();
      if (changes.length && flowState.userSelectionActive && changes.every((c) => c.type === 'select')) {
        flowState.setEdges(applyEdgeChanges(changes, flowState.edges as FlowEdge[]));
        return;
      }
      storeEdgesChange(changes);
    },
    [rf, storeEdgesChange],
  );
  const onSelectionEnd = useCallback(() => {
    const { nodes: ns, edges: es } = rf.getState();
    store.getState().select(
      ns.filter((n) => n.selected).map((n) => n.id),
      es.filter((e) => e.selected).map((e) => e.id),
    );
  }, [rf, store]);
  const flow = useReactFlow<FlowNode>();
  const simple = useStore(lowDetail);
  const overlays = useViewOptions((s) => s.shown);
  const updateNodeInternals = useUpdateNodeInternals();
  useEdgeRouting();
  const canvasRef = useRef<HTMLDivElement>(null);
  useZoomVariable(canvasRef);
  // The protocol most edges of a timing share is said once, in the legend (shared/routing).
  const designEdges = useDesign((s) => s.design.edges);
  const defaultsKey = JSON.stringify(defaultProtocols(designEdges));
  const captionDefaults = useMemo(() => JSON.parse(defaultsKey) as ReturnType<typeof defaultProtocols>, [defaultsKey]);
  // The handles change with the level of detail: re-measure them, then re-point the edges.
  useEffect(() => {
    const s = store.getState();
    if (s.lowDetail === simple) return;
    updateNodeInternals(s.nodes.map((n) => n.id));
    store.setState({ lowDetail: simple });
  }, [simple, store, updateNodeInternals]);
  // Frame the whole design whenever a document is loaded (new, open), not on every edit.
  const loaded = useDesign((s) => s.loadCount);
  useEffect(() => {
    const t = requestAnimationFrame(() => void flow.fitView({ maxZoom: 1.2, padding: 0.15 }));
    return () => cancelAnimationFrame(t);
  }, [loaded, flow]);

  const onConnect = useCallback(
    (c: Connection) => {
      const s = store.getState();
      if (!c.source || !c.target) return;
      const edge = createEdge({ id: freshId(s.design, 'e'), source: c.source, target: c.target, preset: s.preset });
      s.apply({ type: 'addEdges', edges: [edge] });
      s.select([], [edge.id]);
    },
    [store],
  );

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, _node, dragged) => {
      const s = store.getState();
      const index = new DesignIndex(s.design);
      const ids = new Set(dragged.map((n) => n.id));
      const moves = dragged
        // A node moving with its container keeps its place inside it.
        .filter((n) => !(n.parentId && ids.has(n.parentId)))
        .map((n) => {
          const internal = flow.getInternalNode(n.id);
          const abs = internal?.internals.positionAbsolute ?? n.position;
          const w = n.measured?.width ?? n.width ?? DEFAULT_NODE.width;
          const h = n.measured?.height ?? n.height ?? DEFAULT_NODE.height;
          const parent = findDropContainer(s.design, index, [n.id], { x: abs.x + w / 2, y: abs.y + h / 2 });
          const current = index.nodes.get(n.id)?.parent;
          if (parent === current) return { id: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } };
          return { id: n.id, position: relativeTo(index, parent, abs), parent: parent ?? null };
        });
      s.apply({ type: 'moveNodes', moves });
      store.setState({ dragging: false });
    },
    [store, flow],
  );
  const onNodeDragStart = useCallback(() => store.setState({ dragging: true }), [store]);
  const colorMode = useTheme((t) => t.theme);

  const onDelete = useCallback(
    ({ nodes: ns, edges: es }: { nodes: FlowNode[]; edges: { id: string }[] }) => {
      store.getState().apply({ type: 'remove', nodeIds: ns.map((n) => n.id), edgeIds: es.map((e) => e.id) });
    },
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(KIND_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
      if (!isKindId(kind)) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addNodeAt(store, kind, point);
    },
    [store, flow],
  );

  return (
    <LowDetailContext.Provider value={simple}>
      <CaptionDefaultsContext.Provider value={captionDefaults}>
      <div className="aw-canvas" ref={canvasRef} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
        <Markers />
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onSelectionEnd={onSelectionEnd}
          colorMode={colorMode}
          onDelete={onDelete}
          connectionMode={ConnectionMode.Loose}
          snapToGrid={snapToGrid}
          snapGrid={[16, 16]}
          deleteKeyCode={['Delete', 'Backspace']}
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          minZoom={0.05}
          maxZoom={4}
          proOptions={{ hideAttribution: true }}
        >
          {!simple && <Background variant={BackgroundVariant.Dots} gap={16} size={1} />}
          {overlays.minimap && <CanvasMiniMap />}
          <Controls />
          <SimulationOverlay />
          <EstimateOverlay />
        </ReactFlow>
        {overlays.legend && <Legend defaults={captionDefaults} />}
      </div>
      </CaptionDefaultsContext.Provider>
    </LowDetailContext.Provider>
  );
}

/** Creates a node of `kind` centred on `point` (flow coordinates), inside the container under it. */
export function addNodeAt(store: ReturnType<typeof useDesignStore>, kind: Parameters<typeof kindDef>[0], point: { x: number; y: number }): string {
  const s = store.getState();
  const def = kindDef(kind);
  const size = def.size ?? DEFAULT_NODE;
  const index = new DesignIndex(s.design);
  const parent = findDropContainer(s.design, index, [], point);
  const abs = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
  const properties = kind === 'layer' ? { rank: nextRank(s.design.nodes) } : {};
  const node = createNode({ id: freshId(s.design, idPrefix(kind)), kind, position: relativeTo(index, parent, abs), parent, properties });
  s.apply({ type: 'addNodes', nodes: [node] });
  s.select([node.id], []);
  return node.id;
}

function nextRank(nodes: { kind: string; properties: { rank?: number } }[]): number {
  return nodes.filter((n) => n.kind === 'layer').reduce((max, n) => Math.max(max, n.properties.rank ?? 1), 0) + 1;
}
