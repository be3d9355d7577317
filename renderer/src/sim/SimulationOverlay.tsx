/**
 * The simulation on the canvas: tokens moving along edges, and per component its
 * utilization and queue depth, failed and overloaded ones marked. Mounted once inside
 * <ReactFlow>; renders nothing until a run exists. See painter.ts for why it paints
 * imperatively.
 */
import { useStoreApi, ViewportPortal } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { DETAIL_ZOOM } from '../canvas/zoom';
import type { FlowEdge, FlowNode } from '../state/flowModel';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { noteDesign, runningDesign } from './controller';
import { OverlayPainter } from './painter';
import { useSim } from './simStore';
import { routeStore } from '../routing/routeStore';

export function SimulationOverlay() {
  const active = useSim((s) => s.status !== 'idle');
  const design = useDesign((s) => s.design);
  useEffect(() => noteDesign(design), [design]);
  if (!active) return null;
  return (
    <ViewportPortal>
      <OverlayLayer />
    </ViewportPortal>
  );
}

function OverlayLayer() {
  const marksRef = useRef<SVGGElement>(null);
  const tokensRef = useRef<SVGGElement>(null);
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const designStore = useDesignStore();

  useEffect(() => {
    const painter = new OverlayPainter(marksRef.current!, tokensRef.current!);
    let last = performance.now();
    let raf = 0;
    const frame = (t: number) => {
      const dt = Math.min(t - last, 100);
      last = t;
      const sim = useSim.getState();
      if (sim.status === 'done') painter.clearTokens();
      const rf = flowStore.getState();
      const [tx, ty, zoom] = rf.transform;
      painter.frame(dt, {
        snapshot: sim.snapshot,
        playing: sim.status === 'running',
        speed: sim.achievedSpeed > 0 ? sim.achievedSpeed : sim.settings.speed || 1,
        faults: sim.faults,
        design: runningDesign() ?? designStore.getState().design,
        nodeLookup: rf.nodeLookup,
        edgeLookup: rf.edgeLookup,
        routes: routeStore.getState().routes,
        view: { x: -tx / zoom, y: -ty / zoom, width: rf.width / zoom, height: rf.height / zoom },
        simple: zoom < DETAIL_ZOOM,
        zoom,
      });
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [flowStore, designStore]);

  return (
    <svg className="aw-sim-overlay" data-testid="sim-overlay" aria-hidden>
      <g ref={marksRef} />
      <g ref={tokensRef} />
    </svg>
  );
}
