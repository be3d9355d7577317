/** The view of every component kind: icon, kind, label, and connection handles on all sides. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindDef } from '../../../../shared/catalog/kinds';
import { ICONS } from '../../icons';
import type { FlowNode } from '../../state/flowModel';
import { InlineLabel } from './InlineLabel';

export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<FlowNode>) {
  const n = data.node;
  const def = kindDef(n.kind);
  const Icon = ICONS[def.icon];
  return (
    <div className={`aw-node kind-${n.kind} group-${def.group}${selected ? ' selected' : ''}`} data-testid={`node-${id}`} data-kind={n.kind}>
      <Handle type="target" position={Position.Top} id="t" />
      <Handle type="target" position={Position.Left} id="l" />
      <Icon className="aw-node-icon" size={20} aria-hidden />
      <div className="aw-node-text">
        <InlineLabel id={id} label={n.label} className="aw-node-label" />
        <span className="aw-node-kind">{def.label}</span>
      </div>
      <Handle type="source" position={Position.Right} id="r" />
      <Handle type="source" position={Position.Bottom} id="b" />
    </div>
  );
});
