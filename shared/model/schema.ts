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

/**
 * How a node or edge was drawn in a foreign Mermaid flowchart, kept so that exporting an
 * imported diagram gives back the user's picture (issue 17). Inert data: never markup that
 * runs, never a live link (SAFETY.md). Absent on what Archway drew itself.
 */
const Css = z.array(z.string().max(500)).max(100);
const MermaidName = z.string().max(200);
export const DrawnNodeSchema = z.object({
  /** mermaid's shape name (square, round, cylinder, diamond, …); absent: a bare id. */
  shape: z.string().max(40).optional(),
  /** The label as written (markup and entities), used while the label is unchanged. */
  text: Label.optional(),
  /** The label this text shows, when it is not simply the text without its markup. */
  label: Label.optional(),
  markdown: z.boolean().optional(),
  classes: z.array(MermaidName).max(50).optional(),
  style: Css.optional(),
  /** A `click` link: kept as text, never followed by Archway. */
  link: z.object({ href: z.string().max(2000), target: z.string().max(20).optional() }).optional(),
  tooltip: z.string().max(2000).optional(),
  /** A subgraph's own `direction`. */
  direction: z.string().max(4).optional(),
  /** A layer split out of a label ("Presentation Layer<br/>Web UI"): not drawn on its own. */
  split: z.boolean().optional(),
  /** Drawn as a subgraph (a container kind may also be drawn as a plain node). */
  subgraph: z.boolean().optional(),
});
export type DrawnNode = z.infer<typeof DrawnNodeSchema>;

export const DrawnEdgeSchema = z.object({
  /** mermaid's arrow type: arrow_point, arrow_open, arrow_cross, arrow_circle, double_… */
  type: z.string().max(40),
  stroke: z.enum(['normal', 'thick', 'dotted', 'invisible']),
  length: z.number().int().min(1).max(20).optional(),
  text: Label.optional(),
  label: Label.optional(),
  markdown: z.boolean().optional(),
  style: Css.optional(),
  interpolate: z.string().max(40).optional(),
  /** The author's own edge id (`e1@-->`). */
  named: z.boolean().optional(),
  /** The ends as drawn, when they differ from source and target (a pull read backwards, a link to a subgraph). */
  ends: z.tuple([z.string().min(1).max(LIMITS.id), z.string().min(1).max(LIMITS.id)]).optional(),
});
export type DrawnEdge = z.infer<typeof DrawnEdgeSchema>;

export const DrawnDesignSchema = z.object({
  classDefs: z.array(z.object({ id: MermaidName, styles: Css })).max(500).optional(),
  linkDefaultStyle: Css.optional(),
  linkDefaultInterpolate: z.string().max(40).optional(),
  /** Links that are not edges of the design (`~~~`, links to empty subgraphs), by design ids. */
  links: z.array(z.object({ from: z.string().min(1).max(LIMITS.id), to: z.string().min(1).max(LIMITS.id), edge: DrawnEdgeSchema })).max(LIMITS.edges).optional(),
});
export type DrawnDesign = z.infer<typeof DrawnDesignSchema>;

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
  /** How a foreign Mermaid flowchart drew it. */
  drawn: DrawnNodeSchema.optional(),
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
  /** How a foreign Mermaid flowchart drew it. */
  drawn: DrawnEdgeSchema.optional(),
});
export type DesignEdge = z.infer<typeof EdgeSchema>;

export const LATENCY_CLASSES = ['sub-second', 'seconds-minutes', 'hours-days'] as const;
export const TEAMS = ['small', 'multiple', 'devops-mature'] as const;
export const PATTERNS = ['layered', 'soa', 'microservices', 'event-driven', 'lambda'] as const;
export type PatternId = (typeof PATTERNS)[number];

/** Service-level targets (requirements/slo, `archway size`): for the whole design or one source. */
export const SloTargetsSchema = z.object({
  /** The 99th-percentile end-to-end latency a source's messages must stay under, ms. */
  p99LatencyMs: z.number().finite().positive().max(1e9).optional(),
  /** The peak rate the design must carry, messages per second: a source's own, or (design-wide) all sources together. */
  peakRate: z.number().finite().min(0).max(1e9).optional(),
});
export type SloTargets = z.infer<typeof SloTargetsSchema>;

export const RequirementsSchema = z.object({
  latency: z.enum(LATENCY_CLASSES).optional(),
  /** Messages per second. */
  throughput: z.number().finite().min(0).max(1e12).optional(),
  team: z.enum(TEAMS).optional(),
  /** Design-wide targets: p99 applies to every source, peakRate scales all sources together to that total. */
  p99LatencyMs: SloTargetsSchema.shape.p99LatencyMs,
  peakRate: SloTargetsSchema.shape.peakRate,
  /** Targets for one source (a client, event source or scheduler), by node id; they win over the design-wide ones. */
  sources: z.record(z.string().min(1).max(LIMITS.id), SloTargetsSchema).optional(),
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
  /** Present when the design came from a foreign Mermaid flowchart: its styles and extra links. */
  drawn: DrawnDesignSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A fault of a saved scenario (the simulator's Fault, DESIGN §4). */
export const ScenarioFaultSchema = z.object({
  atMs: z.number().finite().min(0).max(1e9),
  kind: z.enum(['fail', 'slow', 'cut']),
  target: Id,
  factor: z.number().finite().min(0).max(1e6).optional(),
});

/** A saved load level and set of faults, to run side by side with others. */
export const ScenarioSchema = z.object({
  name: z.string().min(1).max(200),
  /** Multiplies every source's rate. */
  rateScale: z.number().finite().min(0).max(1000).default(1),
  faults: z.array(ScenarioFaultSchema).max(1000).default([]),
  /** Simulated seconds (the simulator's default when absent). */
  seconds: z.number().finite().positive().max(86_400).optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const DesignSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  metadata: z.object({ title: z.string().max(LIMITS.label), description: z.string().max(LIMITS.description).default('') }),
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  edges: z.array(EdgeSchema).max(LIMITS.edges),
  requirements: RequirementsSchema.default({}),
  settings: SettingsSchema.default({}),
  /** Saved scenarios (optional: files without them need no migration). */
  scenarios: z.array(ScenarioSchema).max(100).optional(),
});
export type Design = z.infer<typeof DesignSchema>;
