/**
 * Hostile design files for tests (SAFETY.md "Hostile inputs", issue 13): each generator
 * returns file text that once froze or crashed a loader. Deterministic, so a failure repeats.
 */
import { serializeDesign } from '../model/document';
import type { Design } from '../model/schema';
import { design } from './builder';
import { gridDesign } from './generate';

const head = (title: string) => ({ formatVersion: 1, metadata: { title, description: '' }, requirements: {}, settings: {} });

const group = (id: string, parent?: string) => ({ id, kind: 'group', label: id, position: { x: 10, y: 10 }, size: { width: 400, height: 200 }, ...(parent ? { parent } : {}), properties: {} });

/** `depth` groups, each inside the one before, written innermost first (so ordering has work to do). */
export function deepChainText(depth: number): string {
  const nodes = Array.from({ length: depth }, (_, i) => group(`g${i}`, i ? `g${i - 1}` : undefined)).reverse();
  return JSON.stringify({ ...head(`Chain of ${depth}`), nodes, edges: [] });
}

/** `size` groups, each inside the next, the last inside the first. */
export function parentCycleText(size: number): string {
  const nodes = Array.from({ length: size }, (_, i) => group(`g${i}`, `g${(i + 1) % size}`));
  return JSON.stringify({ ...head(`Cycle of ${size}`), nodes, edges: [] });
}

/** A small valid design used as the base of mutations. */
export function smallDesign(): Design {
  return design()
    .layer('top', 1)
    .node('ui', 'client', { parent: 'top' })
    .node('api', 'microservice', { label: 'Orders API' })
    .node('db', 'database')
    .edge('ui', 'api', 'request-response', { label: 'orders' })
    .edge('api', 'db', 'request-response')
    .build();
}

export function noKindText(): string {
  const raw = JSON.parse(serializeDesign(smallDesign())) as { nodes: Record<string, unknown>[] };
  delete raw.nodes[1]!.kind;
  return JSON.stringify(raw);
}

export const bomText = (): string => `\uFEFF${serializeDesign(smallDesign())}`;

/** 50,000 components and 100,000 edges, the caps: about 19 MB written compactly (31 MB indented). */
export const capsDesignText = (): string => JSON.stringify(gridDesign(50_000, 2));

/** `depth` Mermaid subgraphs, each inside the one before, with a node in the innermost. */
export function nestedSubgraphsMermaid(depth: number): string {
  const lines = ['flowchart TB'];
  for (let i = 0; i < depth; i++) lines.push(`subgraph s${i}[Level ${i}]`);
  lines.push('a --> b');
  for (let i = 0; i < depth; i++) lines.push('end');
  return `${lines.join('\n')}\n`;
}

export const protoText = (): string =>
  serializeDesign(smallDesign()).replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}},');

export const hugeCoordinateText = (): string => serializeDesign(smallDesign()).replace(/"x": -?\d+/, '"x": 1e308');

export const truncatedText = (): string => {
  const text = serializeDesign(smallDesign());
  return text.slice(0, Math.floor(text.length / 2));
};
