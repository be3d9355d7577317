/** A sticky note for workshops: free text, resizable, ignored by rules and simulation. */
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../../state/flowModel';
import { sameView } from './sameView';
import { useDesignStore } from '../../state/StoreContext';
import { InlineLabel } from './InlineLabel';

export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<FlowNode>) {
  const store = useDesignStore();
  return (
    <div className={`aw-note${selected ? ' selected' : ''}`} data-testid={`node-${id}`} data-kind="note">
      <NodeResizer
        isVisible={selected}
        minWidth={100}
        minHeight={60}
        onResizeEnd={(_, p) =>
          store.getState().apply({
            type: 'batch',
            edits: [
              { type: 'updateNode', id, patch: { size: { width: Math.round(p.width), height: Math.round(p.height) } } },
              { type: 'moveNodes', moves: [{ id, position: { x: Math.round(p.x), y: Math.round(p.y) } }] },
            ],
          })
        }
      />
      <InlineLabel id={id} label={data.node.label} className="aw-note-text" />
    </div>
  );
}, sameView);
