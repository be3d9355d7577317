/**
 * The view of every component kind: icon, label, and under it the technology and the kind
 * (the kind only when the label does not say it, see kindLine.ts), and a handle on each side.
 * Zoomed out (zoom.ts), the label alone, large: its font grows as the zoom shrinks (the
 * canvas sets --aw-zoom), so it stays readable on screen. All handles
 * are sources and the canvas connects in loose mode, so an edge may leave or enter any side;
 * the side an edge uses is chosen from the nodes' positions (state/flowModel.ts).
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindDef } from '../../../../shared/catalog/kinds';
import { ICONS } from '../../icons';
import type { FlowNode } from '../../state/flowModel';
import { sameView } from './sameView';
import { useLowDetail } from '../zoom';
import { InlineLabel } from './InlineLabel';
import { kindLine } from './kindLine';

export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<FlowNode>) {
  const n = data.node;
  const def = kindDef(n.kind);
  const Icon = ICONS[def.icon];
  const simple = useLowDetail();
  const sub = kindLine(n.label, n.kind, n.technology);
  return (
    <div className={`aw-node kind-${n.kind} group-${def.group}${selected ? ' selected' : ''}${simple ? ' simple' : ''}${data.problem ? ` problem-${data.problem}` : ''}`} data-testid={`node-${id}`} data-kind={n.kind}>
      {simple ? (
        // Zoomed out: one hidden handle in the middle, and edges drawn centre to centre. Every
        // handle subscribes to React Flow's store, so four per node would cost on each drag step.
        <Handle type="source" position={Position.Top} id="c" className="aw-handle-centre" isConnectable={false} />
      ) : (
        <>
          <Handle type="source" position={Position.Top} id="t" />
          <Handle type="source" position={Position.Left} id="l" />
        </>
      )}
      {!simple && <Icon className="aw-node-icon" size={18} aria-hidden />}
      <div className="aw-node-text">
        <InlineLabel id={id} label={n.label} className="aw-node-label" />
        {!simple && sub && <span className="aw-node-kind">{sub}</span>}
      </div>
      {data.problem && <span className={`aw-problem-dot ${data.problem}`} role="img" aria-label={`has ${data.problem}`} />}
      {!simple && (
        <>
          <Handle type="source" position={Position.Right} id="r" />
          <Handle type="source" position={Position.Bottom} id="b" />
        </>
      )}
    </div>
  );
}, sameView);
