/** A communication edge: its three attributes drawn distinctly, its label and protocol as text. */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from '../../state/flowModel';
import { useLowDetail } from '../zoom';
import { DELIVERY_BADGE, DELIVERY_MARKER, PROCESSING_BADGE, PROCESSING_WIDTH, TIMING_DASH } from './edgeStyle';

export const ArchwayEdge = memo(function ArchwayEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const simple = useLowDetail();
  // Zoomed out, edges join node centres (one handle per node, see zoom.ts): a straight line.
  const [path, labelX, labelY] = simple ? getStraightPath({ sourceX, sourceY, targetX, targetY }) : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const e = data!.edge;
  const batch = e.processing === 'batch';
  const badges = [DELIVERY_BADGE[e.delivery], PROCESSING_BADGE[e.processing]].filter(Boolean) as string[];
  const text = [e.protocol, e.label].filter(Boolean).join(' · ');
  return (
    <>
      {batch && <path d={path} className="aw-edge-batch-halo" fill="none" />}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={simple ? undefined : DELIVERY_MARKER[e.delivery]}
        className={`aw-edge timing-${e.timing} delivery-${e.delivery} processing-${e.processing}${selected ? ' selected' : ''}${data!.problem ? ` problem-${data!.problem}` : ''}`}
        style={{ strokeDasharray: TIMING_DASH[e.timing], strokeWidth: PROCESSING_WIDTH[e.processing] }}
        interactionWidth={16}
      />
      {!simple && (text || badges.length > 0) && (
        <EdgeLabelRenderer>
          <div
            className={`aw-edge-label nodrag nopan${selected ? ' selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${id}`}
          >
            {text && <span className="aw-edge-text">{text}</span>}
            {badges.map((b) => (
              <span key={b} className={`aw-badge badge-${b}`}>
                {b}
              </span>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const EDGE_TYPES = { archway: ArchwayEdge };
