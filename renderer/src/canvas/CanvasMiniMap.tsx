/**
 * The minimap, drawn on one <canvas> from React Flow's node lookup. React Flow's own MiniMap
 * gives every node a store subscription, so each drag step in a 1,000-node design ran 1,000
 * more selectors; this one listens once and redraws at most once per frame. Click or drag on
 * it to move the view; the wheel zooms.
 */
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { kindDef } from '../../../shared/catalog/kinds';
import type { FlowNode } from '../state/flowModel';
import { useTheme } from '../theme/theme';

const WIDTH = 200;
const HEIGHT = 140;
const PAD = 8;

export const GROUP_COLORS: Record<string, string> = {
  layered: '#6b7fd7', soa: '#b7791f', microservices: '#2f9e6e', 'event-driven': '#c2527a', 'data-ml': '#7a5bd0', lambda: '#2b8aa8', notes: '#e8d77a',
};

interface Frame {
  /** Flow coordinates shown at the canvas origin, and flow units per canvas pixel. */
  x: number;
  y: number;
  scale: number;
}

export function CanvasMiniMap() {
  const rf = useStoreApi<FlowNode>();
  const flow = useReactFlow<FlowNode>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<Frame>({ x: 0, y: 0, scale: 1 });
  const theme = useTheme((t) => t.theme);

  useEffect(() => {
    let raf = 0;
    const draw = () => {
      raf = 0;
      const c = canvas.current;
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return;
      const { nodeLookup, transform, width, height } = rf.getState();
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
      let minX = view.x;
      let minY = view.y;
      let maxX = view.x + view.w;
      let maxY = view.y + view.h;
      for (const n of nodeLookup.values()) {
        const p = n.internals.positionAbsolute;
        const w = n.measured.width ?? n.width ?? 0;
        const h = n.measured.height ?? n.height ?? 0;
        minX = Math.min(minX, p.x);
        minY = Math.min(minY, p.y);
        maxX = Math.max(maxX, p.x + w);
        maxY = Math.max(maxY, p.y + h);
      }
      const scale = Math.max((maxX - minX) / (WIDTH - 2 * PAD), (maxY - minY) / (HEIGHT - 2 * PAD), 1e-6);
      const f = { x: minX - PAD * scale, y: minY - PAD * scale, scale };
      frame.current = f;
      const dpr = window.devicePixelRatio || 1;
      if (c.width !== WIDTH * dpr) {
        c.width = WIDTH * dpr;
        c.height = HEIGHT * dpr;
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      for (const n of nodeLookup.values()) {
        const def = kindDef(n.data.node.kind);
        const p = n.internals.positionAbsolute;
        ctx.fillStyle = def.container ? (theme === 'dark' ? 'rgba(140,160,230,.18)' : 'rgba(107,127,215,.15)') : (GROUP_COLORS[def.group] ?? '#999');
        ctx.fillRect((p.x - f.x) / scale, (p.y - f.y) / scale, Math.max(1, (n.measured.width ?? n.width ?? 0) / scale), Math.max(1, (n.measured.height ?? n.height ?? 0) / scale));
      }
      // Everything outside the view is dimmed.
      ctx.fillStyle = theme === 'dark' ? 'rgba(0,0,0,.45)' : 'rgba(240,242,245,.6)';
      const vx = (view.x - f.x) / scale;
      const vy = (view.y - f.y) / scale;
      const vw = view.w / scale;
      const vh = view.h / scale;
      ctx.beginPath();
      ctx.rect(0, 0, WIDTH, HEIGHT);
      ctx.rect(vx, vy, vw, vh);
      ctx.fill('evenodd');
      ctx.strokeStyle = theme === 'dark' ? '#6b97ff' : '#2f6fec';
      ctx.lineWidth = 1;
      ctx.strokeRect(vx + 0.5, vy + 0.5, vw - 1, vh - 1);
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = rf.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
    };
  }, [rf, theme]);

  const toFlow = (e: { clientX: number; clientY: number }) => {
    const r = canvas.current!.getBoundingClientRect();
    const f = frame.current;
    return { x: f.x + (e.clientX - r.left) * f.scale, y: f.y + (e.clientY - r.top) * f.scale };
  };
  const centreOn = (e: PointerEvent<HTMLCanvasElement>) => {
    const p = toFlow(e);
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };
  return (
    <Panel position="bottom-right" className="aw-minimap">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Minimap: click or drag to move the view"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreOn(e);
        }}
        onPointerMove={(e) => e.buttons === 1 && centreOn(e)}
        onWheel={(e: WheelEvent<HTMLCanvasElement>) => void flow.zoomTo(flow.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2))}
      />
    </Panel>
  );
}
