/**
 * The `%% archway: {json}` comment line of the dialect (DESIGN §5): what the visible
 * Mermaid cannot say (positions, sizes, properties, suppressions, requirements, settings,
 * metadata, and design ids that are not safe Mermaid ids), keyed by Mermaid id.
 */
import { z } from 'zod';
import { DELIVERIES, PROCESSINGS, TIMINGS } from '../../catalog/edges';
import { KIND_IDS } from '../../catalog/kinds';
import { safeJsonParse } from '../../model/document';
import { EdgePropertiesSchema, NodePropertiesSchema } from '../../model/properties';
import { LIMITS, RequirementsSchema, SettingsSchema, SuppressionSchema } from '../../model/schema';

const Id = z.string().min(1).max(LIMITS.id);
const Coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);

const BlockNodeSchema = z.object({
  /** The design id, when the Mermaid id differs from it. */
  id: Id.optional(),
  position: z.object({ x: Coordinate, y: Coordinate }).optional(),
  size: z.object({ width: z.number().finite().min(1).max(LIMITS.coordinate), height: z.number().finite().min(1).max(LIMITS.coordinate) }).optional(),
  properties: NodePropertiesSchema.optional(),
  suppress: z.array(SuppressionSchema).max(200).optional(),
  /** The kind, for a foreign flowchart's node (the dialect says it with a class). */
  kind: z.enum(KIND_IDS).optional(),
  /** The node's technology (Kafka, MinIO, …): Mermaid has no place for it. */
  technology: z.string().max(200).optional(),
});
export type BlockNode = z.infer<typeof BlockNodeSchema>;

const BlockEdgeSchema = z.object({
  id: Id.optional(),
  /** A foreign flowchart's edge, keyed `#n` by its place among the links: what Archway made of it. */
  source: Id.optional(),
  target: Id.optional(),
  label: z.string().max(LIMITS.label).optional(),
  timing: z.enum(TIMINGS).optional(),
  delivery: z.enum(DELIVERIES).optional(),
  processing: z.enum(PROCESSINGS).optional(),
  /** A protocol the visible label cannot carry (see isWritableProtocol). */
  protocol: z.string().max(200).optional(),
  properties: EdgePropertiesSchema.optional(),
  suppress: z.array(SuppressionSchema).max(200).optional(),
});
export type BlockEdge = z.infer<typeof BlockEdgeSchema>;

const MetadataSchema = z.object({ title: z.string().max(LIMITS.label), description: z.string().max(LIMITS.description).optional() });

export interface ArchwayBlock {
  metadata?: z.infer<typeof MetadataSchema>;
  requirements?: z.infer<typeof RequirementsSchema>;
  settings?: z.infer<typeof SettingsSchema>;
  nodes: Record<string, BlockNode>;
  edges: Record<string, BlockEdge>;
}

const PREFIX = '%% archway: ';

/**
 * One comment line. mermaid rewrites the whole text before it drops comments, so strings in
 * the block are written with `%` (a `%%{init}%%` directive) and `<` `>` (its markup rewrite,
 * which runs across lines) as `\u` escapes, and the Unicode line separators too.
 */
export function writeBlock(block: ArchwayBlock): string {
  const json = JSON.stringify(block)
    .replace(/[%<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    // mermaid runs `style.*:\S*#.*;` over every line, which backtracks for ages on a long line
    // holding "style" (escape.ts); the words only occur inside strings, where \u escapes work.
    // Existing escapes are matched first so a word is never cut out of one (`\u001classDef`).
    .replace(/\\u[0-9a-f]{4}|\\.|style|classDef/g, (w) => (w[0] === '\\' ? w : `\\u00${w.charCodeAt(0).toString(16)}${w.slice(1)}`));
  return PREFIX + json;
}

const LINE = /^[ \t]*%%[ \t]*archway:[ \t]*(\{.*)$/;

function entries<T>(raw: unknown, schema: z.ZodType<T>, what: string, warnings: string[]): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  if (raw === undefined) return out;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push(`The archway comment's ${what} are not an object; ignored.`);
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else warnings.push(`The archway comment's entry for ${what.slice(0, -1)} "${key.slice(0, 60)}" is invalid (${parsed.error.issues[0]?.message ?? 'bad value'}); ignored.`);
  }
  return out;
}

function field<T>(raw: unknown, schema: z.ZodType<T>, what: string, warnings: string[]): T | undefined {
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warnings.push(`The archway comment's ${what} are invalid; ignored.`);
  return undefined;
}

/** Finds and validates the block; bad parts are dropped with a warning, never fatal. */
export function readBlock(text: string): { block: ArchwayBlock | undefined; warnings: string[] } {
  const warnings: string[] = [];
  const line = text.split(/\r?\n|\r/).map((l) => LINE.exec(l)).find((m) => m !== null);
  if (!line) return { block: undefined, warnings };
  let raw: unknown;
  try {
    raw = safeJsonParse(line[1]!);
  } catch {
    warnings.push('The archway comment is not valid JSON; positions and properties were not restored.');
    return { block: undefined, warnings };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push('The archway comment is not a JSON object; ignored.');
    return { block: undefined, warnings };
  }
  const r = raw as Record<string, unknown>;
  const block: ArchwayBlock = {
    metadata: field(r.metadata, MetadataSchema, 'metadata', warnings),
    requirements: field(r.requirements, RequirementsSchema, 'requirements', warnings),
    settings: field(r.settings, SettingsSchema, 'settings', warnings),
    nodes: entries(r.nodes, BlockNodeSchema, 'nodes', warnings),
    edges: entries(r.edges, BlockEdgeSchema, 'edges', warnings),
  };
  return { block, warnings };
}
