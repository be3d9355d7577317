import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../../state/flowModel';

/**
 * Node views draw their data and selection only, never their position, so a drag step (new
 * positionAbsoluteX/Y, dragging) or React Flow's other per-node props do not re-render them.
 */
export const sameView = (a: NodeProps<FlowNode>, b: NodeProps<FlowNode>): boolean => a.id === b.id && a.data === b.data && a.selected === b.selected;
