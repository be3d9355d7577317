/**
 * A communication edge: its three attributes drawn distinctly, its caption (label, and the
 * protocol only where it is not the design's default) with PULL/BATCH badges. It follows the
 * route the routing worker gave it (orthogonal, around components; renderer/src/routing), and
 * until one arrives, a Bézier between its handles (zoomed out, a straight centre line).
 */
import { BaseEdge, getBezierPath, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { captionSize, edgeCaption, routePath, type Route } from '../../../../shared/routing';
import { shortCaption } from '../../../../shared/io/svg/edges';
import { useLabelBox, useRoute } from '../../routing/routeStore';
import type { FlowEdge } from '../../state/flowModel';
import { useLowDetail } from '../zoom';
import { useCaptionDefaults } from './captionDefaults';
import { DELIVERY_MARKER, PROCESSING_WIDTH, TIMING_DASH } from './edgeStyle';

/** The middle of a route by length: where a caption goes until the worker has placed it. */
function midpoint(route: Route): [number, number] {
  let total = 0;
  for (let i = 1; i < route.length; i++) total += Math.hypot(route[i]!.x - route[i - 1]!.x, route[i]!.y - route[i - 1]!.y);
  let left = total / 2;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len >= left && len > 0) return [a.x + ((b.x - a.x) * left) / len, a.y + ((b.y - a.y) * left) / len];
    left -= len;
  }
  return [route[0]!.x, route[0]!.y];
}

const badgeWidth = (b: string): number => b.length * 6.6 + 12;

/**
 * The caption as SVG inside the edge's own group, sized as the router's label placement
 * assumed (captionSize). Not React Flow's EdgeLabelRenderer: each of those portals looks its
 * container up with querySelector on every store update, which on a 1,000-edge design cost
 * more than everything else a box selection does.
 */
const EdgeCaption = memo(function EdgeCaption({ id, x, y, text, badges, full, selected }: { id: string; x: number; y: number; text: string; badges: string[]; full: string; selected: boolean }) {
  const shown = text ? shortCaption(text) : '';
  const rows = [shown, badges.join(' · ')].filter(Boolean);
  const { width, height } = captionSize(rows);
  const badgesWidth = badges.reduce((w, b) => w + badgeWidth(b), 0) + 4 * (badges.length - 1);
  let bx = -badgesWidth / 2;
  const badgeY = shown ? 8 : 0;
  return (
    <g className={`aw-edge-label${selected ? ' selected' : ''}`} transform={`translate(${x} ${y})`} data-testid={`edge-label-${id}`}>
      <rect x={-width / 2} y={-height / 2} width={width} height={height} rx={8} className="aw-edge-label-bg" />
      {shown && (
        <text y={badges.length ? -4 : 4} textAnchor="middle" className="aw-edge-text">
          {shown}
          <title>{full}</title>
        </text>
      )}
      {badges.map((b) => {
        const w = badgeWidth(b);
        const at = bx;
        bx += w + 4;
        return (
          <g key={b} className={`aw-badge badge-${b}`} transform={`translate(${at} ${badgeY - 7})`}>
            <rect width={w} height={14} rx={7} />
            <text x={w / 2} y={10.5} textAnchor="middle">
              {b.toUpperCase()}
            </text>
          </g>
        );
      })}
    </g>
  );
});

export const ArchwayEdge = memo(function ArchwayEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const simple = useLowDetail();
  const route = useRoute(id);
  const placed = useLabelBox(id);
  const defaults = useCaptionDefaults();
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route) {
    path = routePath(route);
    [labelX, labelY] = placed ? [placed.cx, placed.cy] : midpoint(route);
  } else {
    // Zoomed out, edges join node centres (one handle per node, see zoom.ts): a straight line.
    [path, labelX, labelY] = simple ? getStraightPath({ sourceX, sourceY, targetX, targetY }) : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  }
  const e = data!.edge;
  const batch = e.processing === 'batch';
  const { text, badges } = edgeCaption(e, defaults);
  return (
    <>
      {batch && <path d={path} className="aw-edge-batch-halo" fill="none" />}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={simple ? undefined : DELIVERY_MARKER[e.delivery]}
        className={`aw-edge timing-${e.timing} delivery-${e.delivery} processing-${e.processing}${selected ? ' selected' : ''}${data!.problem ? ` problem-${data!.problem}` : ''}${route ? ' routed' : ''}`}
        style={{ strokeDasharray: TIMING_DASH[e.timing], strokeWidth: PROCESSING_WIDTH[e.processing] }}
        interactionWidth={16}
      />
      {!simple && (text || badges.length > 0) && <EdgeCaption id={id} x={labelX} y={labelY} text={text} badges={badges} full={[e.label, e.protocol].filter(Boolean).join(' · ')} selected={!!selected} />}
    </>
  );
});

export const EDGE_TYPES = { archway: ArchwayEdge };
