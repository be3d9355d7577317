/**
 * Validating a shared design change by change (SAFETY.md: the server validates every change
 * against the schema and caps). Re-reading and re-parsing the whole design after every update
 * costs milliseconds per update on a 500-node design, which thirty people typing at once turn
 * into seconds of lag; so only the elements a transaction touched are checked, against the
 * same zod schemas a file is. Reference problems (an edge whose end is gone, a parent cycle)
 * are not errors here: `readDesign` repairs them the same way on every client.
 */
import * as Y from 'yjs';
import { DesignSchema, EdgeSchema, LIMITS, NodeSchema, RequirementsSchema, SettingsSchema } from '../model/schema';
import { describeTransaction, readElement, readRoot, roots } from './ydesign';

const MetadataSchema = DesignSchema.shape.metadata;

/** Why the transaction breaks the design, or undefined when it keeps it valid. */
export function checkTransaction(doc: Y.Doc, tr: Y.Transaction): string | undefined {
  const r = roots(doc);
  if (r.nodes.size > LIMITS.nodes) return `the design would have ${r.nodes.size} nodes (the limit is ${LIMITS.nodes})`;
  if (r.edges.size > LIMITS.edges) return `the design would have ${r.edges.size} edges (the limit is ${LIMITS.edges})`;
  const change = describeTransaction(doc, tr);
  for (const id of [...change.nodes.added, ...change.nodes.updated]) {
    const map = r.nodes.get(id);
    if (!(map instanceof Y.Map)) return `node ${JSON.stringify(id.slice(0, 80))} is not a map of fields`;
    const parsed = NodeSchema.safeParse(readElement(id, map));
    if (!parsed.success) return `node ${JSON.stringify(id.slice(0, 80))}: ${issue(parsed.error)}`;
    if (nestedTooDeep(r.nodes, id)) return `node ${JSON.stringify(id.slice(0, 80))} would be nested more than ${LIMITS.depth} containers deep`;
  }
  for (const id of [...change.edges.added, ...change.edges.updated]) {
    const map = r.edges.get(id);
    if (!(map instanceof Y.Map)) return `edge ${JSON.stringify(id.slice(0, 80))} is not a map of fields`;
    const parsed = EdgeSchema.safeParse(readElement(id, map));
    if (!parsed.success) return `edge ${JSON.stringify(id.slice(0, 80))}: ${issue(parsed.error)}`;
  }
  if (change.document) {
    for (const [name, schema, map] of [
      ['metadata', MetadataSchema, r.metadata],
      ['requirements', RequirementsSchema, r.requirements],
      ['settings', SettingsSchema, r.settings],
    ] as const) {
      const parsed = schema.safeParse(readRoot(map));
      if (!parsed.success) return `${name}: ${issue(parsed.error)}`;
    }
  }
  // Anything else written at the top of the document is not part of a design.
  for (const name of doc.share.keys()) if (!['nodes', 'edges', 'metadata', 'requirements', 'settings'].includes(name)) return `unknown part ${JSON.stringify(name.slice(0, 40))}`;
  return undefined;
}

/** Walks at most LIMITS.depth + 1 parents up (a cycle ends the walk too: readDesign cuts it). */
function nestedTooDeep(nodes: Y.Map<Y.Map<unknown>>, id: string): boolean {
  const seen = new Set<string>();
  let parent = nodes.get(id)?.get('parent');
  for (let depth = 0; typeof parent === 'string' && !seen.has(parent); depth++) {
    if (depth >= LIMITS.depth) return true;
    seen.add(parent);
    const p = nodes.get(parent);
    parent = p instanceof Y.Map ? p.get('parent') : undefined;
  }
  return false;
}

function issue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0];
  if (!first) return 'invalid';
  const where = first.path.map(String).join('.');
  return `${where ? `${where}: ` : ''}${first.message}`.slice(0, 200);
}
