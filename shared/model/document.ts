/**
 * Reading and writing `*.archway.json`: caps, prototype-pollution-safe parsing, migration,
 * schema validation, reference checks, and a diff-friendly serialization.
 */
import type { z } from 'zod';
import { isContainerKind } from '../catalog/kinds';
import { migrate, FormatVersionError, type RawDocument } from './migrations';
import { nesting, nestingProblems } from './nesting';
import { DesignSchema, FORMAT_VERSION, LIMITS, type Design, type DesignEdge, type DesignNode } from './schema';

export type ParseResult = { ok: true; design: Design } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse that drops keys able to pollute prototypes once spread or merged. JSON.parse
 * makes `__proto__` an own data key (it never sets a prototype), so deleting those keys
 * afterwards is enough; one iterative walk is much faster than a reviver, which V8 calls
 * back for every value (a 7 MB file of 50,000 nodes on a busy machine: 0.6–1.0 s with the
 * reviver, 0.2–0.4 s like this).
 */
export function safeJsonParse(text: string): unknown {
  const root: unknown = JSON.parse(text);
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const obj = value as Record<string, unknown>;
    for (const key of FORBIDDEN_KEYS) if (Object.hasOwn(obj, key)) delete obj[key];
    for (const key in obj) {
      const item = obj[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return root;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = issue.path;
  let where = path.length ? path.join('.') : 'the document';
  // Name the element, not just its index: "nodes.3 (id "db")".
  if ((path[0] === 'nodes' || path[0] === 'edges') && typeof path[1] === 'number') {
    const list = (raw as Record<string, unknown>)[path[0]];
    const el = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
    const id = el && typeof el.id === 'string' ? ` (id "${el.id.slice(0, 60)}")` : '';
    where = `${path[0] === 'nodes' ? 'node' : 'edge'} ${path[1]}${id}${path.length > 2 ? `, field ${path.slice(2).join('.')}` : ''}`;
  }
  return `${where}: ${issue.message}`;
}

/** Checks the schema cannot express: unique ids, edge endpoints, container parents. */
export function checkReferences(design: Design): string[] {
  const problems: string[] = [];
  const nodes = new Map<string, DesignNode>();
  for (const n of design.nodes) {
    if (nodes.has(n.id)) problems.push(`Two nodes have the id "${n.id}".`);
    nodes.set(n.id, n);
  }
  for (const n of design.nodes) {
    if (n.parent === undefined) continue;
    const parent = nodes.get(n.parent);
    if (!parent) problems.push(`Node "${n.id}" is inside "${n.parent}", which does not exist.`);
    else if (!isContainerKind(parent.kind)) problems.push(`Node "${n.id}" is inside "${n.parent}", which is a ${parent.kind}, not a container.`);
  }
  // Parent chains must end (no container inside itself) within LIMITS.depth.
  problems.push(...nestingProblems(design.nodes));
  const edgeIds = new Set<string>();
  for (const e of design.edges) {
    if (edgeIds.has(e.id)) problems.push(`Two edges have the id "${e.id}".`);
    edgeIds.add(e.id);
    if (!nodes.has(e.source)) problems.push(`Edge "${e.id}" starts at "${e.source}", which does not exist.`);
    if (!nodes.has(e.target)) problems.push(`Edge "${e.id}" ends at "${e.target}", which does not exist.`);
  }
  return problems;
}

/** The id and parent of each raw node that has them as strings (the schema judges the rest). */
function nestables(raw: unknown[]): { id: string; parent?: string }[] {
  const out: { id: string; parent?: string }[] = [];
  for (const n of raw) {
    if (typeof n !== 'object' || n === null) continue;
    const { id, parent } = n as Record<string, unknown>;
    if (typeof id === 'string') out.push(typeof parent === 'string' ? { id, parent } : { id });
  }
  return out;
}

/** Validates an already-parsed value (an IPC payload, a template, a draft) as a design; never throws. */
export function validateDesign(raw: unknown): ParseResult {
  try {
    return validateValue(raw);
  } catch (err) {
    return { ok: false, error: `${UNEXPECTED_LOAD_ERROR}: ${String((err as Error)?.message ?? err).slice(0, 200)}).` };
  }
}

function validateValue(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'The file is JSON but not an Archway design (expected an object).' };
  }
  let migrated: RawDocument;
  try {
    migrated = migrate(raw as RawDocument);
  } catch (err) {
    if (err instanceof FormatVersionError) return { ok: false, error: err.message };
    return { ok: false, error: `The file could not be brought up to the current format: ${String((err as Error)?.message ?? err).slice(0, 200)}` };
  }
  for (const [key, cap] of [['nodes', LIMITS.nodes], ['edges', LIMITS.edges]] as const) {
    const list = migrated[key];
    if (Array.isArray(list) && list.length > cap) {
      return { ok: false, error: `The design has ${list.length.toLocaleString('en')} ${key}; Archway opens at most ${cap.toLocaleString('en')}.` };
    }
  }
  // Nesting first: a hostile chain or cycle is refused by one linear pass, before the schema
  // spends seconds on tens of thousands of nodes only to refuse them anyway.
  const nestProblems = Array.isArray(migrated.nodes) ? nestingProblems(nestables(migrated.nodes)) : [];
  if (nestProblems.length) return { ok: false, error: `The design is inconsistent: ${nestProblems.join(' ')}` };
  const parsed = DesignSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const shown = issues.slice(0, 5).map((i) => describeIssue(i, migrated));
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    return { ok: false, error: `The design does not match the Archway format: ${shown.join('; ')}${more}.` };
  }
  const design = orderParentsFirst(parsed.data);
  const refs = checkReferences(design);
  if (refs.length) return { ok: false, error: `The design is inconsistent: ${refs.slice(0, 5).join(' ')}` };
  return { ok: true, design };
}

/** Said when a loader step throws anyway; the fuzz tests fail on it, so it marks a bug, never a normal refusal. */
export const UNEXPECTED_LOAD_ERROR = 'Archway could not read the design (an internal error';

/**
 * Parses file text (from a file, a drop, a draft, the CLI); never throws. A UTF-8 byte-order
 * mark at the start is accepted, as editors on Windows write one.
 */
export function parseDesign(text: string): ParseResult {
  try {
    return parseText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, error: `${UNEXPECTED_LOAD_ERROR}: ${String((err as Error)?.message ?? err).slice(0, 200)}).` };
  }
}

function parseText(text: string): ParseResult {
  if (text.length > LIMITS.bytes) {
    return { ok: false, error: `The file is ${(text.length / 1048576).toFixed(1)} MB; Archway opens designs up to ${LIMITS.bytes / 1048576} MB.` };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.includes('\u0000')) return { ok: false, error: 'The file holds binary data (NUL bytes), not JSON.' };
  let raw: unknown;
  try {
    raw = safeJsonParse(text);
  } catch (err) {
    return { ok: false, error: `The file is not valid JSON (${(err as Error).message}). It may be truncated.` };
  }
  return validateDesign(raw);
}

/** Containers before their children, otherwise the order of the file (React Flow needs it). Linear in the nodes plus a sort. */
export function orderParentsFirst(design: Design): Design {
  const { depth } = nesting(design.nodes);
  // Nodes on or below a cycle (depth -1) go last; validation refuses such a file anyway.
  const depthAt = (i: number): number => (depth[i]! < 0 ? Number.MAX_SAFE_INTEGER : depth[i]!);
  let sorted = true;
  for (let i = 1; i < design.nodes.length && sorted; i++) {
    if (depthAt(i - 1) > depthAt(i)) sorted = false;
  }
  if (sorted) return design;
  const nodes = design.nodes
    .map((n, i) => ({ n, i, d: depthAt(i) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.n);
  return { ...design, nodes };
}

// ---- serialization --------------------------------------------------------------------

const round = (v: number): number => Math.round(v);

/** Rebuilds an object with keys in a fixed order and undefined values dropped. */
function ordered<T extends object>(obj: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  // Keys the fixed list does not name keep a stable (sorted) order after it.
  for (const k of (Object.keys(obj) as (keyof T)[]).filter((k) => !keys.includes(k)).sort()) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
const sortedKeys = <T extends object>(obj: T): T => ordered(obj, (Object.keys(obj) as (keyof T)[]).sort()) as T;

function serializeNode(n: DesignNode): unknown {
  return ordered(
    {
      ...n,
      position: { x: round(n.position.x), y: round(n.position.y) },
      size: n.size && { width: round(n.size.width), height: round(n.size.height) },
      properties: sortedKeys(n.properties),
    },
    ['id', 'kind', 'label', 'technology', 'parent', 'position', 'size', 'properties', 'suppress'],
  );
}

function serializeEdge(e: DesignEdge): unknown {
  return ordered({ ...e, properties: sortedKeys(e.properties) }, ['id', 'source', 'target', 'label', 'timing', 'delivery', 'processing', 'protocol', 'properties', 'suppress']);
}

/** Diff-friendly JSON: stable key order, two-space indentation, whole-pixel positions. */
export function serializeDesign(design: Design): string {
  const doc = {
    formatVersion: FORMAT_VERSION,
    metadata: ordered(design.metadata, ['title', 'description']),
    nodes: orderParentsFirst(design).nodes.map(serializeNode),
    edges: design.edges.map(serializeEdge),
    requirements: ordered(design.requirements, ['latency', 'throughput', 'team']),
    settings: ordered(design.settings, ['relaxedLayering', 'syncChainMax', 'busFanOutMax', 'severity', 'patterns']),
    ...(design.scenarios ? { scenarios: design.scenarios.map((s) => ordered(s, ['name', 'rateScale', 'seconds', 'faults'])) } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function emptyDesign(title = 'Untitled design'): Design {
  return { formatVersion: FORMAT_VERSION, metadata: { title, description: '' }, nodes: [], edges: [], requirements: {}, settings: {} };
}
