/**
 * The `*.archway.json` format (DESIGN §2), formatVersion 1. The zod schema is the source of
 * truth; `npm run schema` writes its JSON Schema to assets/archway.schema.json.
 */
import { z } from 'zod';
import { KIND_IDS } from '../catalog/kinds';
import { DELIVERIES, PROCESSINGS, TIMINGS } from '../catalog/edges';
import { EdgePropertiesSchema, NodePropertiesSchema } from './properties';

export const FORMAT_VERSION = 1;

/** Caps that keep a hostile or runaway file from freezing the app (SAFETY.md). */
export const LIMITS = {
  bytes: 32 * 1024 * 1024,
  nodes: 50_000,
  edges: 100_000,
  label: 20_000,
  description: 100_000,
  id: 200,
  coordinate: 10_000_000,
  /**
   * Containers a node may sit inside, counted up its parent chain (and subgraphs inside a
   * Mermaid subgraph): deeper nesting is refused with a message, so no loader, layout or
   * importer ever walks an unbounded chain.
   */
  depth: 64,
} as const;

const Id = z.string().min(1).max(LIMITS.id);
const Coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const Label = z.string().max(LIMITS.label);

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SuppressionSchema = z.object({
  rule: z.string().min(1).max(200),
  reason: z.string().max(2000),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

export const NodeSchema = z.object({
  id: Id,
  // The message must not throw on any input: JSON.stringify(undefined) is undefined (issue 13).
  kind: z.enum(KIND_IDS, { error: (issue) => (issue.input === undefined ? 'the component kind is missing' : `unknown component kind ${String(JSON.stringify(issue.input)).slice(0, 80)}`) }),
  label: Label,
  /** Relative to the parent container, as React Flow does. */
  position: z.object({ x: Coordinate, y: Coordinate }),
  /** Containers and notes. */
  size: z.object({ width: z.number().finite().min(1).max(LIMITS.coordinate), height: z.number().finite().min(1).max(LIMITS.coordinate) }).optional(),
  /** The id of the container holding this node. */
  parent: Id.optional(),
  /** A well-known product (Kafka, Postgres, MinIO, …) from shared/catalog's technology list, or free text. */
  technology: z.string().max(200).optional(),
  properties: NodePropertiesSchema.default({}),
  suppress: z.array(SuppressionSchema).max(200).optional(),
});
export type DesignNode = z.infer<typeof NodeSchema>;

export const EdgeSchema = z.object({
  id: Id,
  source: Id,
  target: Id,
  label: Label.default(''),
  timing: z.enum(TIMINGS),
  delivery: z.enum(DELIVERIES),
  processing: z.enum(PROCESSINGS),
  protocol: z.string().max(200).default(''),
  properties: EdgePropertiesSchema.default({}),
  suppress: z.array(SuppressionSchema).max(200).optional(),
});
export type DesignEdge = z.infer<typeof EdgeSchema>;

export const LATENCY_CLASSES = ['sub-second', 'seconds-minutes', 'hours-days'] as const;
export const TEAMS = ['small', 'multiple', 'devops-mature'] as const;
export const PATTERNS = ['layered', 'soa', 'microservices', 'event-driven', 'lambda'] as const;
export type PatternId = (typeof PATTERNS)[number];

export const RequirementsSchema = z.object({
  latency: z.enum(LATENCY_CLASSES).optional(),
  /** Messages per second. */
  throughput: z.number().finite().min(0).max(1e12).optional(),
  team: z.enum(TEAMS).optional(),
});
export type Requirements = z.infer<typeof RequirementsSchema>;

export const DIRECTIONS = ['TB', 'BT', 'LR', 'RL'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SettingsSchema = z.object({
  relaxedLayering: z.boolean().optional(),
  /** microservices/sync-chain: longest allowed chain of sync edges. */
  syncChainMax: z.number().int().min(1).max(1000).optional(),
  /** soa/bus-bottleneck: most service neighbours of a single-replica bus. */
  busFanOutMax: z.number().int().min(1).max(100_000).optional(),
  /** Per rule id: a severity, or "off". */
  severity: z.record(z.string().max(200), z.enum([...SEVERITIES, 'off'])).optional(),
  /** Patterns the design declares, so their rules apply before their components exist. */
  patterns: z.array(z.enum(PATTERNS)).optional(),
  /**
   * Which way the drawing flows (Mermaid's flowchart directions). Set by the user or by an
   * imported diagram (`flowchart LR`); automatic layout honours it, and picks the direction
   * that fits a 16:9 screen best when it is absent.
   */
  direction: z.enum(DIRECTIONS).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DesignSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  metadata: z.object({ title: z.string().max(LIMITS.label), description: z.string().max(LIMITS.description).default('') }),
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  edges: z.array(EdgeSchema).max(LIMITS.edges),
  requirements: RequirementsSchema.default({}),
  settings: SettingsSchema.default({}),
});
export type Design = z.infer<typeof DesignSchema>;
