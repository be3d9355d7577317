/**
 * The Archway dialect's look (DESIGN §5): the Mermaid shape and colours of each kind. Typed
 * as a record over KindId so that a new kind does not compile until it has a look here.
 */
import type { KindId } from '../../catalog/kinds';

/** Opening and closing brackets around a quoted label: `A[("Orders DB")]` is a cylinder. */
export const SHAPES = {
  rect: ['[', ']'],
  round: ['(', ')'],
  stadium: ['([', '])'],
  cylinder: ['[(', ')]'],
  subroutine: ['[[', ']]'],
  hexagon: ['{{', '}}'],
  asymmetric: ['>', ']'],
  parallelogram: ['[/', '/]'],
  trapezoid: ['[/', '\\]'],
  circle: ['((', '))'],
} as const;
export type ShapeName = keyof typeof SHAPES;

interface KindLook {
  shape: ShapeName;
  /** Fill and stroke colours of the kind's classDef. */
  fill: string;
  stroke: string;
}

const look = (shape: ShapeName, fill: string, stroke: string): KindLook => ({ shape, fill, stroke });

// Colours follow the palette groups: blue layered, violet SOA, teal microservices,
// amber event-driven, green data and ML, grey generic.
export const KIND_LOOKS: Record<KindId, KindLook> = {
  layer: look('rect', '#eef2ff', '#6366f1'),
  client: look('stadium', '#dbeafe', '#2563eb'),
  'service-bus': look('parallelogram', '#ede9fe', '#7c3aed'),
  service: look('rect', '#f5f3ff', '#7c3aed'),
  'api-gateway': look('trapezoid', '#ccfbf1', '#0d9488'),
  microservice: look('rect', '#f0fdfa', '#0d9488'),
  database: look('cylinder', '#e0f2fe', '#0369a1'),
  'message-queue': look('asymmetric', '#fef3c7', '#b45309'),
  'service-registry': look('subroutine', '#f0fdfa', '#0f766e'),
  cluster: look('rect', '#f8fafc', '#64748b'),
  'event-source': look('stadium', '#fff7ed', '#ea580c'),
  'event-broker': look('hexagon', '#fef3c7', '#d97706'),
  'event-processor': look('round', '#fffbeb', '#d97706'),
  'event-store': look('cylinder', '#fff7ed', '#c2410c'),
  'feature-store': look('cylinder', '#dcfce7', '#15803d'),
  'model-registry': look('subroutine', '#dcfce7', '#15803d'),
  'model-server': look('round', '#f0fdf4', '#16a34a'),
  'training-job': look('rect', '#f0fdf4', '#166534'),
  'stream-processor': look('round', '#ecfdf5', '#059669'),
  'batch-processor': look('rect', '#ecfdf5', '#047857'),
  scheduler: look('circle', '#f7fee7', '#4d7c0f'),
  'data-warehouse': look('cylinder', '#ecfccb', '#4d7c0f'),
  'notification-service': look('asymmetric', '#fce7f3', '#be185d'),
  monitoring: look('hexagon', '#fdf2f8', '#db2777'),
  component: look('rect', '#f8fafc', '#475569'),
  'batch-layer': look('rect', '#f0fdf4', '#16a34a'),
  'speed-layer': look('rect', '#fff7ed', '#ea580c'),
  'serving-layer': look('rect', '#eff6ff', '#2563eb'),
  group: look('rect', '#f8fafc', '#94a3b8'),
  note: look('rect', '#fef9c3', '#ca8a04'),
};

/** The look of a kind (a kind added without one is drawn as a component). */
export function kindLook(kind: KindId): KindLook {
  return KIND_LOOKS[kind] ?? KIND_LOOKS.component!;
}

/** `classDef <kind> ...`: fixed colours only, never text from the design. */
export function classDef(kind: KindId): string {
  const { fill, stroke } = kindLook(kind);
  return `classDef ${kind} fill:${fill},stroke:${stroke},color:#0f172a`;
}
