/**
 * The collaboration server against real Hocuspocus providers over WebSocket on 127.0.0.1:
 * tokens, read-only participants, refused hostile updates, and persistence across a kill -9
 * of a real `archway serve` process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readDesign, roots, writeChanges } from '../../collab/ydesign';
import { applyEdit } from '../../model/edits';
import { createNode } from '../../model/factory';
import { design } from '../../testing/builder';
import { CollabServer, redisExtension } from './server';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'archway-collab-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What a test opened, closed in reverse order after it (clients, then servers, then Redis). */
const open: { destroy(): void | Promise<unknown> }[] = [];
afterEach(async () => {
  for (const p of open.splice(0).reverse()) await p.destroy();
});

interface Client {
  provider: HocuspocusProvider;
  /** Leaves for good (no reconnect attempts). */
  leave(): void;
  doc: Y.Doc;
  failed: Promise<string>;
  /** The reason the server gave for closing the room to this client. */
  closed: Promise<string>;
}

function connect(url: string, room: string, token: string | null): Client {
  const doc = new Y.Doc();
  let fail!: (reason: string) => void;
  let close!: (reason: string) => void;
  const failed = new Promise<string>((r) => (fail = r));
  const closed = new Promise<string>((r) => (close = r));
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: room,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => fail(reason),
    onClose: ({ event }) => close(event.reason),
  });
  provider.attach();
  open.push(provider, websocketProvider);
  return {
    provider,
    doc,
    failed,
    closed,
    leave: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails after `ms`. */
async function until(check: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const synced = (c: Client) => until(() => c.provider.isSynced && c.provider.unsyncedChanges === 0, 10_000, 'the client to be in sync');
const labels = (doc: Y.Doc) =>
  readDesign(doc)
    .nodes.map((n) => n.label)
    .sort();

const start = design().node('ui', 'client', { label: 'Web UI' }).node('m', 'model-server', { label: 'Model' }).edge('ui', 'm').build();

async function room() {
  const server = new CollabServer({ port: 0, dataDir: tempDir() });
  const { url } = await server.listen();
  open.push({ destroy: () => server.close() });
  return { server, url };
}

describe('the collaboration server', () => {
  it('shares edits between editors; a viewer sees them and cannot change anything', async () => {
    const { server, url } = await room();
    const a = connect(url, 'design-1', server.editToken);
    const b = connect(url, 'design-1', server.editToken);
    const viewer = connect(url, 'design-1', server.viewToken);
    await Promise.all([synced(a), synced(b)]);
    writeChanges(a.doc, undefined, start, 'load');
    await until(() => labels(b.doc).length === 2 && labels(viewer.doc).length === 2);
    const before = readDesign(b.doc);
    writeChanges(b.doc, before, applyEdit(before, { type: 'updateNode', id: 'm', patch: { label: 'Triton' } }), 'local');
    await until(() => labels(a.doc).includes('Triton') && labels(viewer.doc).includes('Triton'));

    // The viewer's change stays local: the server refuses it, nobody else sees it.
    const seen = readDesign(viewer.doc);
    writeChanges(viewer.doc, seen, applyEdit(seen, { type: 'updateNode', id: 'ui', patch: { label: 'Hacked' } }), 'local');
    await new Promise((r) => setTimeout(r, 300));
    expect(labels(a.doc)).toEqual(['Triton', 'Web UI']);
    expect(labels(server.server.hocuspocus.documents.get('design-1')!)).toEqual(['Triton', 'Web UI']);
  });

  it('admits nobody without the token: nothing is read or written', async () => {
    const { server, url } = await room();
    const a = connect(url, 'design-2', server.editToken);
    await synced(a);
    writeChanges(a.doc, undefined, start, 'load');
    await synced(a);
    const stranger = connect(url, 'design-2', 'guess');
    const none = connect(url, 'design-2', null);
    expect(await stranger.failed).toBeTruthy();
    expect(await none.failed).toBeTruthy();
    roots(stranger.doc).nodes.set('x', new Y.Map([['kind', 'client']]));
    await new Promise((r) => setTimeout(r, 200));
    expect(readDesign(stranger.doc).nodes.map((n) => n.id)).toEqual(['x']);
    expect(readDesign(server.server.hocuspocus.documents.get('design-2')!).nodes.map((n) => n.id).sort()).toEqual(['m', 'ui']);
  });

  it('refuses an update that would break the design, disconnects its sender, and the room carries on', async () => {
    const { server, url } = await room();
    const a = connect(url, 'design-3', server.editToken);
    const b = connect(url, 'design-3', server.editToken);
    await Promise.all([synced(a), synced(b)]);
    writeChanges(a.doc, undefined, start, 'load');
    await until(() => labels(b.doc).length === 2);

    const hostile = connect(url, 'design-3', server.editToken);
    await synced(hostile);
    roots(hostile.doc).nodes.set('bad', new Y.Map<unknown>([['kind', 'not-a-kind'], ['label', 'x'], ['position', { x: 0, y: 0 }], ['properties', new Y.Map()]]));
    expect(await hostile.closed).toMatch(/refused an update that would make the design invalid: .*unknown component kind/);

    const oversized = connect(url, 'design-3', server.editToken);
    await synced(oversized);
    const prev = readDesign(oversized.doc);
    writeChanges(oversized.doc, prev, applyEdit(prev, { type: 'updateNode', id: 'ui', patch: { label: 'x'.repeat(30_000) } }), 'local');
    expect(await oversized.closed).toMatch(/refused an update that would make the design invalid/);

    const polluter = connect(url, 'design-3', server.editToken);
    await synced(polluter);
    roots(polluter.doc).nodes.get('ui')!.set('__proto__', { polluted: 1 });
    await new Promise((r) => setTimeout(r, 200));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // The room is still valid and still works for everyone else.
    const shared = server.server.hocuspocus.documents.get('design-3')!;
    expect(readDesign(shared).nodes.map((n) => n.id).sort()).toEqual(['m', 'ui']);
    const d = readDesign(a.doc);
    writeChanges(a.doc, d, applyEdit(d, { type: 'addNodes', nodes: [createNode({ id: 'db', kind: 'database', position: { x: 0, y: 200 }, label: 'Features' })] }), 'local');
    await until(() => labels(b.doc).includes('Features'));
  });

  it('keeps every acknowledged edit across a kill -9 of `archway serve`', async () => {
    const data = tempDir();
    const env = { ...process.env, ARCHWAY_EDIT_TOKEN: 'edit-token-for-the-test', ARCHWAY_VIEW_TOKEN: 'view-token-for-the-test' };
    const serve = async (): Promise<{ child: ChildProcess; url: string }> => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/archway.mjs'), 'serve', '--port', '0', '--data', data], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      open.push({ destroy: () => void child.kill('SIGKILL') });
      let out = '';
      child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
      await until(() => /ws:\/\/\S+/.test(out), 20_000, 'archway serve to start');
      return { child, url: out.match(/ws:\/\/\S+/)![0] };
    };
    const first = await serve();
    const a = connect(first.url, 'kept', 'edit-token-for-the-test');
    await synced(a);
    writeChanges(a.doc, undefined, start, 'load');
    let d = readDesign(a.doc);
    for (let i = 0; i < 20; i++) {
      const next = applyEdit(d, { type: 'addNodes', nodes: [createNode({ id: `n${i}`, kind: 'microservice', position: { x: i * 200, y: 0 }, label: `Service ${i}` })] });
      writeChanges(a.doc, d, next, 'local');
      d = next;
    }
    await synced(a);
    a.leave();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await serve();
    const b = connect(second.url, 'kept', 'edit-token-for-the-test');
    await synced(b);
    await until(() => labels(b.doc).length === 22, 10_000, 'every acknowledged node after the restart');
    expect(labels(b.doc)).toEqual(labels(a.doc));
  }, 60_000);

  it('with the Redis extension, two server processes share a room: clients on both converge', async () => {
    // A real redis-server (Debian's package; .ci/run installs it) on a free loopback port.
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    open.push({ destroy: () => void redis.kill('SIGKILL') });
    let log = '';
    redis.stdout!.on('data', (b: Buffer) => (log += b.toString()));
    await until(() => /Ready to accept connections/.test(log), 10_000);

    const servers = [0, 1].map(() => new CollabServer({ port: 0, dataDir: tempDir(), editToken: 'shared-edit-token', viewToken: 'shared-view-token', extensions: [redisExtension('127.0.0.1', port)] }));
    const urls = await Promise.all(servers.map(async (s) => (await s.listen()).url));
    open.push({ destroy: () => Promise.all(servers.map((s) => s.close())) });
    const clients = [0, 1, 2, 3].map((i) => connect(urls[i % 2]!, 'redis-room', 'shared-edit-token'));
    await until(() => clients.every((c) => c.provider.isSynced), 10_000, 'every client to sync');
    writeChanges(clients[0]!.doc, undefined, start, 'load');
    await until(() => clients.every((c) => labels(c.doc).length === 2), 10_000, 'the first design to reach every client');
    // Everyone adds a node at once.
    clients.forEach((c, i) => {
      const d = readDesign(c.doc);
      writeChanges(c.doc, d, applyEdit(d, { type: 'addNodes', nodes: [createNode({ id: `c${i}`, kind: 'microservice', position: { x: i * 200, y: 300 }, label: `From ${i}` })] }), 'local');
    });
    await until(() => clients.every((c) => labels(c.doc).length === 6), 10_000, 'every added node to reach every client');
    const [first, ...rest] = clients.map((c) => JSON.stringify(readDesign(c.doc)));
    for (const d of rest) expect(d).toBe(first);
  }, 30_000);
});
