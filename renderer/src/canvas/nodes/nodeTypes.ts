/**
 * The view of each kind. Typed as Record<KindId, …> so a new kind without a view fails to
 * compile (STYLE.md).
 */
import type { ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { KindId } from '../../../../shared/catalog/kinds';
import type { FlowNode } from '../../state/flowModel';
import { ComponentNode } from './ComponentNode';
import { ContainerNode } from './ContainerNode';
import { NoteNode } from './NoteNode';

type View = ComponentType<NodeProps<FlowNode>>;

export const NODE_TYPES: Record<KindId, View> = {
  layer: ContainerNode,
  cluster: ContainerNode,
  'batch-layer': ContainerNode,
  'speed-layer': ContainerNode,
  'serving-layer': ContainerNode,
  group: ContainerNode,
  note: NoteNode,
  client: ComponentNode,
  'service-bus': ComponentNode,
  service: ComponentNode,
  'api-gateway': ComponentNode,
  microservice: ComponentNode,
  database: ComponentNode,
  'message-queue': ComponentNode,
  'service-registry': ComponentNode,
  'event-source': ComponentNode,
  'event-broker': ComponentNode,
  'event-processor': ComponentNode,
  'event-store': ComponentNode,
  'notification-service': ComponentNode,
  'feature-store': ComponentNode,
  'model-registry': ComponentNode,
  'model-server': ComponentNode,
  'training-job': ComponentNode,
  'stream-processor': ComponentNode,
  'batch-processor': ComponentNode,
  scheduler: ComponentNode,
  'data-warehouse': ComponentNode,
  monitoring: ComponentNode,
  component: ComponentNode,
};
