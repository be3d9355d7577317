/**
 * Hostile collaboration traffic (SAFETY.md): malformed frames and updates sent over a raw
 * WebSocket, and schema-breaking, oversized and prototype-key document changes made through
 * a real provider. The room survives, stays a valid design, nothing is polluted, and an honest
 * participant keeps working.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readDesign, roots, writeChanges } from '../../collab/ydesign';
import { parseDesign } from '../../model/document';
import { applyEdit } from '../../model/edits';
import { createNode } from '../../model/factory';
import { design } from '../../testing/builder';
import { CollabServer } from './server';

const ROOM = 'fuzzed';
const TOKEN = 'fuzz-edit-token';
let dir = '';
let server: CollabServer;
let url = '';
let honest: { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket; doc: Y.Doc };

async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 15));
  }
  return true;
}

function join_(token: string) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  let closed = false;
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: ROOM, document: doc, token, onClose: () => (closed = true) });
  provider.attach();
  return { provider, socket, doc, isClosed: () => closed };
}

const roomDesign = () => readDesign(server.server.hocuspocus.documents.get(ROOM)!);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archway-fuzz-'));
  server = new CollabServer({ port: 0, dataDir: dir, editToken: TOKEN });
  url = (await server.listen()).url;
  honest = join_(TOKEN);
  await until(() => honest.provider.isSynced);
  writeChanges(honest.doc, undefined, design().node('ui', 'client', { label: 'Web UI' }).node('m', 'model-server', { label: 'Model' }).edge('ui', 'm').build(), 'load');
  await until(() => roomDesign().nodes.length === 2);
});

afterAll(async () => {
  honest.provider.destroy();
  honest.socket.destroy();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A Hocuspocus frame: room name, then the message. */
function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, ROOM);
  write(e);
  return encoding.toUint8Array(e);
}
const AUTH = 2;
const SYNC = 0;

async function rawSession(messages: Uint8Array[]): Promise<void> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(frame((e) => (encoding.writeVarUint(e, AUTH), encoding.writeVarUint(e, 0), encoding.writeVarString(e, TOKEN))));
  for (const m of messages) if (ws.readyState === WebSocket.OPEN) ws.send(m);
  await new Promise((r) => setTimeout(r, 60));
  ws.terminate();
}

const stillValid = () => {
  const text = JSON.stringify(roomDesign());
  const parsed = parseDesign(text);
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

describe('the collaboration server under hostile traffic', () => {
  it('survives malformed frames and garbage updates sent over a raw WebSocket', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 6 }), fc.nat(3), async (blobs, shape) => {
        const messages = blobs.map((b) =>
          shape === 0
            ? b // not even a frame
            : frame((e) => {
                encoding.writeVarUint(e, SYNC);
                encoding.writeVarUint(e, shape === 1 ? 2 : shape === 2 ? 1 : 0); // update, step 2, step 1
                encoding.writeVarUint8Array(e, b);
              }),
        );
        await rawSession(messages);
        stillValid();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('refuses schema-breaking, oversized and prototype-key changes made through a provider', async () => {
    const field = fc.constantFrom('kind', 'label', 'position', 'size', 'parent', 'properties', 'suppress', 'technology', '__proto__', 'constructor', 'id');
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ polluted: 1 }), fc.string({ minLength: 20_001, maxLength: 20_010 }), fc.constant(1e308), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('ui', 'm', 'new'), field, value), { minLength: 1, maxLength: 4 }), async (writes) => {
        const attacker = join_(TOKEN);
        await until(() => attacker.provider.isSynced);
        attacker.doc.transact(() => {
          for (const [id, key, v] of writes) {
            const nodes = roots(attacker.doc).nodes;
            let node = nodes.get(id);
            if (!node) nodes.set(id, (node = new Y.Map<unknown>()));
            node.set(key, v);
          }
        });
        // Either the server refuses (and closes) or the change was harmless and is acknowledged.
        await until(() => attacker.isClosed() || attacker.provider.unsyncedChanges === 0, 2000);
        attacker.provider.destroy();
        attacker.socket.destroy();
        stillValid();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('still serves an honest participant afterwards', async () => {
    const d = readDesign(honest.doc);
    writeChanges(honest.doc, d, applyEdit(d, { type: 'addNodes', nodes: [createNode({ id: 'after', kind: 'database', position: { x: 0, y: 300 }, label: 'Still here' })] }), 'local');
    expect(await until(() => roomDesign().nodes.some((n) => n.label === 'Still here'))).toBe(true);
    stillValid();
  });
});
