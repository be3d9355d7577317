/**
 * Collaboration load test (DESIGN §7, issue 15): 30 clients on loopback edit one 500-node
 * design through a real `archway serve` process for 60 s (COLLAB_SECONDS to change it).
 * Prints the time for an edit to reach the other clients (p50/p95; target p95 < 100 ms),
 * convergence, the server's memory for the room, and whether every acknowledged edit
 * survives a kill -9 and restart of the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readDesign, roots, writeChanges } from '../../shared/collab/ydesign';
import { gridDesign } from '../../shared/testing/generate';
import { percentile, table } from '../util';

const ROOT = resolve(import.meta.dirname, '../..');
const CLIENTS = 30;
const NODES = 500;
const SECONDS = Number(process.env.COLLAB_SECONDS ?? 60);
const TOKEN = 'bench-edit-token';

const rssKb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

async function serve(data: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/archway.mjs'), 'serve', '--port', '0', '--data', data], { env: { ...process.env, ARCHWAY_EDIT_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  if (!(await until(() => /ws:\/\/\S+/.test(out), 30_000))) throw new Error('archway serve did not start');
  return { child, url: /ws:\/\/\S+/.exec(out)![0] };
}

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

function connect(url: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'load', document: doc, token: TOKEN });
  provider.attach();
  return { doc, provider, socket };
}
const leave = (c: Client) => {
  c.provider.destroy();
  c.socket.destroy();
};

export default {
  name: 'collaboration load (30 clients, 500 nodes)',
  async run() {
    const data = mkdtempSync(join(tmpdir(), 'archway-collab-bench-'));
    let server = await serve(data);
    try {
      const baseRss = rssKb(server.child.pid!);
      const clients = Array.from({ length: CLIENTS }, () => connect(server.url));
      await until(() => clients.every((c) => c.provider.isSynced), 30_000);
      writeChanges(clients[0]!.doc, undefined, gridDesign(NODES, 2), 'load');
      await until(() => clients.every((c) => roots(c.doc).nodes.size === NODES), 30_000);

      // Each edit renames one node to a unique tag; every other client notes when it arrives.
      const sent = new Map<string, number>();
      const latencies: number[] = [];
      clients.forEach((c) => {
        roots(c.doc).nodes.observeDeep((events, tr) => {
          if (tr.local) return;
          const now = performance.now();
          for (const e of events) {
            if (!(e instanceof Y.YMapEvent) || !(e.target instanceof Y.Map) || !e.keysChanged.has('label')) continue;
            const at = sent.get(String(e.target.get('label')));
            if (at !== undefined) latencies.push(now - at);
          }
        });
      });
      let seq = 0;
      const end = performance.now() + SECONDS * 1000;
      const timers = clients.map((c, i) =>
        setInterval(
          () => {
            if (performance.now() > end) return;
            const node = roots(c.doc).nodes.get(`n${(i * 17 + seq) % NODES}`);
            if (!node) return;
            const tag = `edit ${i}-${seq++}`;
            sent.set(tag, performance.now());
            c.doc.transact(() => {
              node.set('label', tag);
              node.set('position', { x: seq % 5000, y: i * 10 });
            }, 'local');
          },
          1000 + i * 7, // about one edit per client per second, not in lock step
        ),
      );
      await new Promise((r) => setTimeout(r, SECONDS * 1000 + 500));
      timers.forEach(clearInterval);
      await until(() => clients.every((c) => c.provider.unsyncedChanges === 0), 30_000);
      await new Promise((r) => setTimeout(r, 1000));
      const designs = clients.map((c) => JSON.stringify(readDesign(c.doc)));
      const converged = designs.every((d) => d === designs[0]);
      const roomRss = rssKb(server.child.pid!) - baseRss;
      latencies.sort((a, b) => a - b);
      const expected = seq * (CLIENTS - 1);

      // Kill -9 the server with every edit acknowledged, restart it, and compare.
      clients.forEach(leave);
      server.child.kill('SIGKILL');
      await new Promise((r) => server.child.once('exit', r));
      server = await serve(data);
      const fresh = connect(server.url);
      await until(() => fresh.provider.isSynced && roots(fresh.doc).nodes.size === NODES, 30_000);
      const survived = JSON.stringify(readDesign(fresh.doc)) === designs[0];
      leave(fresh);

      table([
        {
          clients: CLIENTS,
          nodes: NODES,
          seconds: SECONDS,
          edits: seq,
          'deliveries seen': `${latencies.length} of ${expected}`,
          'p50 edit→peer': `${percentile(latencies, 50).toFixed(1)} ms`,
          'p95 edit→peer': `${percentile(latencies, 95).toFixed(1)} ms (target < 100)`,
          converged: converged ? 'yes' : 'NO',
          'server memory for the room': `${(roomRss / 1024).toFixed(1)} MB`,
          'after kill -9 + restart': survived ? 'every edit there' : 'EDITS LOST',
        },
      ]);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(data, { recursive: true, force: true });
    }
  },
};
