/**
 * The shared design (DESIGN §8): a Yjs document keyed by id, converted to and from the
 * `Design` of shared/model here and nowhere else.
 *
 * Layout of the Y.Doc: five root maps — `nodes` and `edges` (id → Y.Map of the element's
 * fields), `metadata`, `requirements` and `settings` (key → value). Fields whose keys people
 * edit one at a time (`properties`, `settings.severity`) are nested Y.Maps, so two people
 * changing different properties of one node both keep their change; every other field is one
 * last-writer-wins value.
 *
 * Writing is by difference: `writeChanges(doc, prev, next, origin)` turns one edit's before
 * and after designs into the fewest key writes (untouched elements are skipped by reference,
 * as `applyEdit` keeps them identical). Reading repairs what concurrent edits can leave
 * (an edge whose end someone deleted, a parent cycle from two simultaneous moves) the same
 * way on every client, so all clients converge on one valid design.
 */
import * as Y from 'yjs';
import { isContainerKind, KIND_IDS, type KindId } from '../catalog/kinds';
import type { Design, DesignEdge, DesignNode } from '../model/schema';
import { FORMAT_VERSION } from '../model/schema';

/**
 * Where a change came from (STYLE.md "every change has an origin"). Passed as the Yjs
 * transaction origin, so an undo manager can track `local` only and remote updates and loads
 * never enter anyone's history.
 */
export type ChangeOrigin = 'local' | 'remote' | 'load' | 'layout';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Fields = Record<string, unknown>;

/** Element fields stored as nested maps, edited key by key. */
const KEYED_ELEMENT_FIELDS = new Set(['properties']);
const KEYED_SETTINGS = new Set(['severity']);

export const roots = (doc: Y.Doc) => ({
  nodes: doc.getMap<Y.Map<unknown>>('nodes'),
  edges: doc.getMap<Y.Map<unknown>>('edges'),
  metadata: doc.getMap<unknown>('metadata'),
  requirements: doc.getMap<unknown>('requirements'),
  settings: doc.getMap<unknown>('settings'),
});

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Plain JSON copy (drops undefined; Yjs stores JSON values). */
const json = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;

/** Writes the keys of `next` that differ from `prev` into `map`, deleting keys that went away. */
function writeKeys(map: Y.Map<unknown>, prev: Fields | undefined, next: Fields, keyed: ReadonlySet<string>): void {
  for (const key of Object.keys(prev ?? {})) if (!(key in next) || next[key] === undefined) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const before = prev?.[key];
    if (keyed.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      let inner = map.get(key);
      if (!(inner instanceof Y.Map)) {
        inner = new Y.Map<unknown>();
        map.set(key, inner);
        writeKeys(inner as Y.Map<unknown>, undefined, value as Fields, new Set());
      } else if (before !== value) {
        writeKeys(inner as Y.Map<unknown>, before as Fields | undefined, value as Fields, new Set());
      }
      continue;
    }
    if (before !== undefined && same(before, value) && map.has(key)) continue;
    map.set(key, json(value));
  }
}

function elementMap(fields: Fields): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (KEYED_ELEMENT_FIELDS.has(key) && value !== null && typeof value === 'object') {
      const inner = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(value as Fields)) if (v !== undefined) inner.set(k, json(v));
      map.set(key, inner);
    } else {
      map.set(key, json(value));
    }
  }
  return map;
}

function writeElements<T extends DesignNode | DesignEdge>(root: Y.Map<Y.Map<unknown>>, prev: readonly T[] | undefined, next: readonly T[]): void {
  const before = new Map((prev ?? []).map((x) => [x.id, x]));
  const after = new Set<string>();
  for (const item of next) {
    after.add(item.id);
    const old = before.get(item.id);
    if (old === item) continue;
    const map = root.get(item.id);
    if (!old || !(map instanceof Y.Map)) root.set(item.id, elementMap(item as unknown as Fields));
    else writeKeys(map, old as unknown as Fields, item as unknown as Fields, KEYED_ELEMENT_FIELDS);
  }
  for (const id of before.keys()) if (!after.has(id)) root.delete(id);
}

/**
 * Writes the difference between two designs into the document as one transaction tagged with
 * `origin`. `prev` undefined replaces the document's content with `next` (a load).
 */
export function writeChanges(doc: Y.Doc, prev: Design | undefined, next: Design, origin: ChangeOrigin): void {
  const r = roots(doc);
  doc.transact(() => {
    if (!prev) {
      for (const root of Object.values(r)) root.clear();
    }
    if (!prev || prev.nodes !== next.nodes) writeElements(r.nodes, prev ? prev.nodes : undefined, next.nodes);
    if (!prev || prev.edges !== next.edges) writeElements(r.edges, prev ? prev.edges : undefined, next.edges);
    if (!prev || prev.metadata !== next.metadata) writeKeys(r.metadata, prev?.metadata as Fields | undefined, next.metadata as Fields, new Set());
    if (!prev || prev.requirements !== next.requirements) writeKeys(r.requirements, prev?.requirements as Fields | undefined, next.requirements as Fields, new Set());
    if (!prev || prev.settings !== next.settings) writeKeys(r.settings, prev?.settings as Fields | undefined, next.settings as Fields, KEYED_SETTINGS);
  }, origin);
}

/** A Y.Map (or plain value) as plain data. */
const plain = (v: unknown): unknown => (v instanceof Y.AbstractType ? (v.toJSON() as unknown) : v);

/** Keys that would reach an object's prototype: never read from a shared document. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function readFields(map: Y.Map<unknown>): Fields {
  const out: Fields = {};
  for (const [key, value] of map.entries()) if (!UNSAFE_KEYS.has(key)) out[key] = plain(value);
  return out;
}

/** One node or edge as plain data (its id is its key in the root map). */
export const readElement = (id: string, map: Y.Map<unknown>): Fields => ({ ...readFields(map), id });

/** A root map of the document (metadata, requirements, settings) as plain data. */
export const readRoot = (map: Y.Map<unknown>): Fields => readFields(map);

const KINDS = new Set<string>(KIND_IDS);
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The document as a design, repaired the same way on every client: elements are in id order,
 * a parent that is gone or not a container is dropped, a parent cycle is broken at its
 * smallest id, and an edge whose end is gone is left out. Field values are not validated
 * here: pass the result through `parseDesign`/`validateDesign` (the server and the binding do).
 */
export function readDesign(doc: Y.Doc): Design {
  const r = roots(doc);
  const nodes: DesignNode[] = [];
  for (const [id, map] of r.nodes.entries()) if (map instanceof Y.Map) nodes.push(readElement(id, map) as DesignNode);
  nodes.sort(byId);
  const index = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.parent === undefined) continue;
    const p = index.get(n.parent);
    if (!p || p === n || !KINDS.has(p.kind) || !isContainerKind(p.kind as KindId)) delete n.parent;
  }
  breakParentCycles(nodes, index);
  const edges: DesignEdge[] = [];
  for (const [id, map] of r.edges.entries()) {
    if (!(map instanceof Y.Map)) continue;
    const e = readElement(id, map) as DesignEdge;
    if (index.has(e.source) && index.has(e.target)) edges.push(e);
  }
  edges.sort(byId);
  const metadata = readFields(r.metadata) as Design['metadata'];
  return {
    formatVersion: FORMAT_VERSION,
    metadata: { ...metadata, title: typeof metadata.title === 'string' ? metadata.title : '', description: typeof metadata.description === 'string' ? metadata.description : '' },
    nodes: parentsFirst(nodes, index),
    edges,
    requirements: readFields(r.requirements) as Design['requirements'],
    settings: readFields(r.settings) as Design['settings'],
  };
}

/** Iterative: colours each parent chain once, so depth costs nothing extra (no recursion). */
function breakParentCycles(nodes: DesignNode[], index: Map<string, DesignNode>): void {
  const state = new Map<string, 1 | 2>(); // 1 on the current walk, 2 done
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const walk: DesignNode[] = [];
    let n: DesignNode | undefined = start;
    while (n && !state.has(n.id)) {
      state.set(n.id, 1);
      walk.push(n);
      n = n.parent === undefined ? undefined : index.get(n.parent);
    }
    if (n && state.get(n.id) === 1) {
      // A cycle: from n round to n along the walk. Cut it at its smallest id.
      const cycle = walk.slice(walk.indexOf(n));
      const cut = cycle.reduce((a, b) => (b.id < a.id ? b : a));
      delete cut.parent;
    }
    for (const w of walk) state.set(w.id, 2);
  }
}

/** Containers before their contents (React Flow needs it), otherwise id order. */
function parentsFirst(nodes: DesignNode[], index: Map<string, DesignNode>): DesignNode[] {
  const depth = new Map<string, number>();
  for (const n of nodes) {
    const chain: DesignNode[] = [];
    let p: DesignNode | undefined = n;
    while (p && !depth.has(p.id)) {
      chain.push(p);
      p = p.parent === undefined ? undefined : index.get(p.parent);
    }
    let d = p ? depth.get(p.id)! + 1 : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!.id, d++);
  }
  return nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => depth.get(a.n.id)! - depth.get(b.n.id)! || a.i - b.i)
    .map((x) => x.n);
}

/** What a transaction changed, by id (DESIGN §8: one stream of id-keyed changes). */
export interface SharedChange {
  origin: ChangeOrigin | 'unknown';
  nodes: { added: string[]; updated: string[]; removed: string[] };
  edges: { added: string[]; updated: string[]; removed: string[] };
  /** Metadata, requirements or settings changed. */
  document: boolean;
}

/** Collects the id-keyed change of one transaction from `observeDeep` events on the roots. */
export function describeTransaction(doc: Y.Doc, tr: Y.Transaction): SharedChange {
  const r = roots(doc);
  const change: SharedChange = {
    origin: typeof tr.origin === 'string' && ['local', 'remote', 'load', 'layout'].includes(tr.origin) ? (tr.origin as ChangeOrigin) : 'unknown',
    nodes: { added: [], updated: [], removed: [] },
    edges: { added: [], updated: [], removed: [] },
    document: false,
  };
  // Yjs types its change map loosely; compare types as plain AbstractTypes.
  type AnyType = Y.AbstractType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const collect = (root: AnyType, out: SharedChange['nodes']) => {
    const updated = new Set<string>();
    const has = (key: string) => (root as Y.Map<unknown>).has(key);
    for (const [type, keys] of tr.changed as Map<AnyType, Set<string | null>>) {
      if (type === root) {
        for (const key of keys) {
          if (key === null) continue;
          // A key set on the root is a new (or wholly replaced) element.
          if (has(key)) out.added.push(key);
          else out.removed.push(key);
        }
        continue;
      }
      // A field of an element, or a key of its nested `properties`.
      let t: AnyType | null = type;
      while (t && t._item && t._item.parent !== root) t = t._item.parent as AnyType;
      if (t && t._item && t._item.parent === root && typeof t._item.parentSub === 'string') updated.add(t._item.parentSub);
    }
    const added = new Set(out.added);
    out.updated = [...updated].filter((id) => !added.has(id) && has(id));
  };
  collect(r.nodes, change.nodes);
  collect(r.edges, change.edges);
  const changed = tr.changed as Map<AnyType, unknown>;
  change.document = ([r.metadata, r.requirements, r.settings] as AnyType[]).some((m) => changed.has(m) || [...changed.keys()].some((t) => t._item?.parent === m));
  return change;
}
