/** Layers, clusters, Lambda layers and groups: a titled, resizable frame that holds nodes. */
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { kindDef } from '../../../../shared/catalog/kinds';
import { ICONS } from '../../icons';
import type { FlowNode } from '../../state/flowModel';
import { sameView } from './sameView';
import { useDesignStore } from '../../state/StoreContext';
import { InlineLabel } from './InlineLabel';

export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<FlowNode>) {
  const n = data.node;
  const def = kindDef(n.kind);
  const Icon = ICONS[def.icon];
  const store = useDesignStore();
  const onResizeEnd = useCallback(
    (_: unknown, p: { x: number; y: number; width: number; height: number }) => {
      store.getState().apply({
        type: 'batch',
        edits: [
          { type: 'updateNode', id, patch: { size: { width: Math.round(p.width), height: Math.round(p.height) } } },
          { type: 'moveNodes', moves: [{ id, position: { x: Math.round(p.x), y: Math.round(p.y) } }] },
        ],
      });
    },
    [id, store],
  );
  return (
    <div className={`aw-container kind-${n.kind}${selected ? ' selected' : ''}${data.problem ? ` problem-${data.problem}` : ''}`} data-testid={`node-${id}`} data-kind={n.kind}>
      <NodeResizer isVisible={selected} minWidth={160} minHeight={80} onResizeEnd={onResizeEnd} />
      <div className="aw-container-title">
        <Icon size={14} aria-hidden />
        <InlineLabel id={id} label={n.label} />
        <span className="aw-container-kind">
          {def.label}
          {n.kind === 'layer' ? ` · rank ${n.properties.rank ?? 1}` : ''}
        </span>
      </div>
    </div>
  );
}, sameView);
