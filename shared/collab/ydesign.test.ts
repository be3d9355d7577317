import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEdit, type DesignEdit } from '../model/edits';
import { serializeDesign, validateDesign } from '../model/document';
import { createEdge, createNode } from '../model/factory';
import type { Design } from '../model/schema';
import { editFor, seed } from '../rules/engine/random-edits';
import { design } from '../testing/builder';
import { LIMITS } from '../model/schema';
import { checkTransaction } from './validate';
import { describeTransaction, readDesign, writeChanges, type SharedChange } from './ydesign';

/** A client: its Y.Doc and the design it last read from it. */
class Client {
  doc = new Y.Doc();
  design: Design;
  constructor(initial?: Uint8Array) {
    if (initial) Y.applyUpdate(this.doc, initial, 'load');
    this.design = readDesign(this.doc);
  }
  edit(edit: DesignEdit): void {
    const next = applyEdit(this.design, edit);
    writeChanges(this.doc, this.design, next, 'local');
    this.design = readDesign(this.doc);
  }
  /** Sends what `other` lacks. */
  syncTo(other: Client): void {
    const update = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(other.doc));
    Y.applyUpdate(other.doc, update, 'remote');
    other.design = readDesign(other.doc);
  }
}

const valid = (d: Design): Design => {
  const r = validateDesign(JSON.parse(JSON.stringify(d)));
  if (!r.ok) throw new Error(r.error);
  return r.design;
};

function room(start: Design, count: number): Client[] {
  const first = new Client();
  writeChanges(first.doc, undefined, start, 'load');
  first.design = readDesign(first.doc);
  const state = Y.encodeStateAsUpdate(first.doc);
  return [first, ...Array.from({ length: count - 1 }, () => new Client(state))];
}

const syncAll = (clients: Client[]) => {
  for (const a of clients) for (const b of clients) if (a !== b) a.syncTo(b);
};

describe('the shared design (Yjs)', () => {
  it('reads back the design it was given, valid and in a stable order', () => {
    const d = seed();
    const doc = new Y.Doc();
    writeChanges(doc, undefined, d, 'load');
    const back = valid(readDesign(doc));
    expect(serializeDesign(back)).toBe(serializeDesign(valid({ ...d, nodes: back.nodes.map((n) => d.nodes.find((m) => m.id === n.id)!), edges: back.edges.map((e) => d.edges.find((f) => f.id === e.id)!) })));
    expect(back.nodes.map((n) => n.id)).toEqual(readDesign(doc).nodes.map((n) => n.id));
  });

  it('keeps both of two concurrent changes to different properties of one node, and to different fields', () => {
    const [a, b] = room(design().node('m', 'model-server').node('c', 'client').edge('c', 'm').build(), 2);
    const node = a!.design.nodes.find((n) => n.id === 'm')!;
    a!.edit({ type: 'updateNode', id: 'm', patch: { properties: { ...node.properties, replicas: 3 } } });
    b!.edit({ type: 'updateNode', id: 'm', patch: { properties: { ...node.properties, serviceTimeMs: 40 } } });
    a!.edit({ type: 'updateNode', id: 'c', patch: { label: 'Mobile app' } });
    b!.edit({ type: 'updateDocument', settings: { ...b!.design.settings, syncChainMax: 5 } });
    syncAll([a!, b!]);
    for (const c of [a!, b!]) {
      const m = c.design.nodes.find((n) => n.id === 'm')!;
      expect(m.properties).toMatchObject({ replicas: 3, serviceTimeMs: 40 });
      expect(c.design.nodes.find((n) => n.id === 'c')!.label).toBe('Mobile app');
      expect(c.design.settings.syncChainMax).toBe(5);
    }
  });

  it('repairs what concurrent edits leave: an edge to a deleted node, a move into a deleted container, a parent cycle', () => {
    const [a, b] = room(design().node('g1', 'group').node('g2', 'group').node('x', 'service').node('y', 'service').build(), 2);
    a!.edit({ type: 'remove', nodeIds: ['y'], edgeIds: [] });
    b!.edit({ type: 'addEdges', edges: [createEdge({ id: 'e1', source: 'x', target: 'y' })] });
    a!.edit({ type: 'remove', nodeIds: ['g2'], edgeIds: [] });
    b!.edit({ type: 'moveNodes', moves: [{ id: 'x', position: { x: 5, y: 5 }, parent: 'g2' }] });
    syncAll([a!, b!]);
    expect(a!.design).toEqual(b!.design);
    expect(a!.design.edges).toEqual([]);
    expect(a!.design.nodes.find((n) => n.id === 'x')?.parent).toBeUndefined();
    valid(a!.design);

    const [c, d] = room(design().node('p', 'group').node('q', 'group').build(), 2);
    c!.edit({ type: 'moveNodes', moves: [{ id: 'p', position: { x: 0, y: 0 }, parent: 'q' }] });
    d!.edit({ type: 'moveNodes', moves: [{ id: 'q', position: { x: 0, y: 0 }, parent: 'p' }] });
    syncAll([c!, d!]);
    expect(c!.design).toEqual(d!.design);
    // The cycle is cut at its smallest id: p loses its parent, q stays inside p.
    expect(c!.design.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['p', undefined],
      ['q', 'p'],
    ]);
    valid(c!.design);
  });

  it('describes each transaction by id, with its origin', () => {
    const [a, b] = room(design().node('m', 'model-server').node('c', 'client').edge('c', 'm', 'request-response', { id: 'e' }).build(), 2);
    const seen: SharedChange[] = [];
    b!.doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(describeTransaction(b!.doc, tr)));
    a!.edit({
      type: 'batch',
      edits: [
        { type: 'addNodes', nodes: [createNode({ id: 'n', kind: 'database', position: { x: 1, y: 2 } })] },
        { type: 'updateNode', id: 'm', patch: { label: 'Triton' } },
        { type: 'remove', nodeIds: [], edgeIds: ['e'] },
      ],
    });
    a!.syncTo(b!);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ origin: 'remote', nodes: { added: ['n'], updated: ['m'], removed: [] }, edges: { added: [], updated: [], removed: ['e'] }, document: false });
  });

  it("undo with Y.UndoManager tracking the local origin undoes only the user's own edit", () => {
    const [a, b] = room(design().node('m', 'model-server').node('c', 'client').build(), 2);
    const undo = new Y.UndoManager([a!.doc.getMap('nodes'), a!.doc.getMap('edges')], { trackedOrigins: new Set(['local']), captureTimeout: 0 });
    a!.edit({ type: 'updateNode', id: 'm', patch: { label: 'Mine' } });
    b!.edit({ type: 'updateNode', id: 'c', patch: { label: 'Theirs' } });
    syncAll([a!, b!]);
    undo.undo();
    a!.design = readDesign(a!.doc);
    syncAll([a!, b!]);
    for (const c of [a!, b!]) expect(c.design.nodes.map((n) => n.label).sort()).toEqual(['Theirs', 'm']);
  });

  it('random concurrent edit sequences on three clients converge to one valid design', () => {
    const step = fc.record({ client: fc.nat(2), op: fc.nat(11).filter((op) => op !== 10), a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000), sync: fc.nat(5) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 40 }), (steps) => {
        const clients = room(seed(), 3);
        steps.forEach((s, n) => {
          const c = clients[s.client]!;
          // Ids unique across clients (n is global), as the app's ids are. (Op 10, a suppression,
          // runs the whole checker and adds nothing here: a suppress list is one value.)
          c.edit(editFor(c.design, s, n));
          if (s.sync < 2) c.syncTo(clients[(s.client + 1 + s.sync) % 3]!);
        });
        syncAll(clients);
        const [first, ...rest] = clients.map((c) => c.design);
        for (const d of rest) expect(d).toEqual(first);
        valid(first!);
      }),
      { numRuns: 60 },
    );
  });

  it('checks only what a transaction touched, against the schema, the caps and the nesting limit', () => {
    const doc = new Y.Doc();
    const verdicts: (string | undefined)[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => verdicts.push(checkTransaction(doc, tr)));
    const chain = design();
    for (let i = 0; i <= LIMITS.depth; i++) chain.node(`g${i}`, 'group', i ? { parent: `g${i - 1}` } : {});
    const deep = chain.build();
    // 65 containers nest 64 deep: allowed.
    writeChanges(doc, undefined, deep, 'load');
    expect(verdicts.pop()).toBeUndefined();
    const deeper = applyEdit(deep, { type: 'addNodes', nodes: [createNode({ id: 'x', kind: 'service', position: { x: 0, y: 0 }, parent: `g${LIMITS.depth}` })] });
    writeChanges(doc, deep, deeper, 'local');
    expect(verdicts.pop()).toMatch(/nested more than 64/);
    writeChanges(doc, deeper, applyEdit(deeper, { type: 'updateNode', id: 'g0', patch: { label: 'x'.repeat(LIMITS.label + 1) } }), 'local');
    expect(verdicts.pop()).toMatch(/node "g0": label/);
  });
});
