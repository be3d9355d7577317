/**
 * The collaboration server (DESIGN §8, SAFETY.md "Collaboration server"): Hocuspocus 3 serving
 * shared designs (shared/collab) to the app and the browser build.
 *
 * - Nobody gets in without a token: the edit token or the view (read-only) token of the
 *   server, compared in constant time. Tokens are random, 192 bits, made at start.
 * - Every incoming document change is tried first on a mirror of the room: the mirror's design
 *   must pass the schema and the caps, or the change is refused and its sender disconnected
 *   (the room and everyone else carry on). Accepted changes are appended to the room's log
 *   before they are applied and acknowledged, so a kill -9 loses nothing acknowledged.
 * - The host can lock a room: then only edit-token holders marked as host may change it.
 * - It binds to 127.0.0.1 unless told otherwise, and says where it listens.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Redis } from '@hocuspocus/extension-redis';
import { Connection, Server, type Document, type Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { checkTransaction } from '../../collab/validate';
import { ROOM_NAME, RoomStore } from './room-store';

/** One Yjs update larger than this is refused outright (a paste of a whole design fits). */
export const MAX_UPDATE_BYTES = 4 * 1024 * 1024;

export interface CollabServerOptions {
  host?: string;
  port?: number;
  /** Folder for the rooms' logs and snapshots. */
  dataDir: string;
  /** Tokens; random ones are made when absent. */
  editToken?: string;
  viewToken?: string;
  /** Hocuspocus extensions (the Redis extension for several server processes). */
  extensions?: Extension[];
  /** Called with one line per refused update or connection (for the log). */
  log?: (line: string) => void;
}

interface Context {
  role: 'edit' | 'view';
}

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** y-protocols message types (outer: 0 sync, 1 awareness; sync: 0 step 1, 1 step 2, 2 update). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The document update a message carries, if it is one (Hocuspocus frames: room name first). */
function updateIn(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return undefined;
  return decoding.readVarUint8Array(decoder);
}

export class RefusedUpdate extends Error {
  // Hocuspocus closes the sender's connection with this code and reason.
  readonly code = 4400;
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class CollabServer {
  readonly editToken: string;
  readonly viewToken: string;
  readonly server: Server;
  private readonly store: RoomStore;
  /** Per room: a copy of the document that tries each update before the room takes it. */
  private readonly mirrors = new Map<string, Y.Doc>();
  private readonly locked = new Set<string>();
  /** The verdict on the last transaction applied to each room's mirror. */
  private readonly lastCheck = new Map<string, string | undefined>();
  private readonly log: (line: string) => void;

  constructor(private readonly options: CollabServerOptions) {
    this.editToken = options.editToken ?? randomBytes(24).toString('base64url');
    this.viewToken = options.viewToken ?? randomBytes(24).toString('base64url');
    this.store = new RoomStore(options.dataDir);
    this.log = options.log ?? (() => {});
    this.server = new Server({
      name: 'archway',
      address: options.host ?? '127.0.0.1',
      port: options.port ?? 1234,
      quiet: true,
      stopOnSignals: false,
      extensions: options.extensions ?? [],
      onAuthenticate: async ({ token, documentName, connectionConfig }) => {
        if (!ROOM_NAME.test(documentName)) throw new Error('not a room');
        if (typeof token === 'string' && sameToken(token, this.editToken)) {
          if (this.locked.has(documentName)) connectionConfig.readOnly = true;
          return { role: 'edit' } satisfies Context;
        }
        if (typeof token === 'string' && sameToken(token, this.viewToken)) {
          connectionConfig.readOnly = true;
          return { role: 'view' } satisfies Context;
        }
        this.log(`refused a connection to ${documentName}: wrong or missing token`);
        throw new Error('not authorized');
      },
      onLoadDocument: async ({ document, documentName }) => {
        this.store.load(documentName, document);
        this.mirrors.set(documentName, this.mirrorOf(documentName, document));
        return document;
      },
      beforeHandleMessage: async ({ documentName, update, document, connection }) => {
        if (connection.readOnly) return; // Hocuspocus itself refuses a read-only client's changes.
        const change = updateIn(update);
        if (change) this.accept(documentName, document, change);
      },
      // Changes that did not come through a client of this server (another server, through
      // the Redis extension) reach the mirror and the log here; a client's were taken above.
      onChange: async ({ documentName, update, transactionOrigin }) => {
        if (transactionOrigin instanceof Connection || transactionOrigin === 'load') return;
        const mirror = this.mirrors.get(documentName);
        if (mirror) Y.applyUpdate(mirror, update);
        this.lastCheck.delete(documentName); // checked by the server that took it
        this.store.append(documentName, update);
      },
      afterUnloadDocument: async ({ documentName }) => {
        this.mirrors.get(documentName)?.destroy();
        this.mirrors.delete(documentName);
      },
    });
  }

  /** Tries `update` on the room's mirror; appends it to the log when the result is a valid design. */
  private accept(room: string, document: Document, update: Uint8Array): void {
    if (update.length > MAX_UPDATE_BYTES) throw this.refuse(room, `an update of ${update.length} bytes (the limit is ${MAX_UPDATE_BYTES})`);
    const mirror = this.mirrors.get(room);
    if (!mirror) throw this.refuse(room, 'an update for a room that is not loaded');
    try {
      // The mirror's afterTransaction handler (see mirrorOf) checks what the update touched.
      Y.applyUpdate(mirror, update);
    } catch {
      this.resetMirror(room, document);
      throw this.refuse(room, 'an update that is not a Yjs update');
    }
    const error = this.lastCheck.get(room);
    this.lastCheck.delete(room);
    if (error !== undefined) {
      this.resetMirror(room, document);
      throw this.refuse(room, `an update that would make the design invalid: ${error.slice(0, 200)}`);
    }
    this.store.append(room, update);
  }

  private refuse(room: string, what: string): RefusedUpdate {
    this.log(`refused ${what} in room ${room}`);
    return new RefusedUpdate(`refused ${what}`);
  }

  /** A copy of the room that checks each transaction it takes (only what it touched). */
  private mirrorOf(room: string, document: Document): Y.Doc {
    const mirror = new Y.Doc();
    Y.applyUpdate(mirror, Y.encodeStateAsUpdate(document));
    mirror.on('afterTransaction', (tr: Y.Transaction) => {
      let verdict: string | undefined;
      try {
        verdict = checkTransaction(mirror, tr);
      } catch (e) {
        // A check must never throw; if one does, the update is still refused, not half-taken.
        verdict = `the design could not be read (${e instanceof Error ? e.message : String(e)})`;
      }
      if (verdict !== undefined) this.lastCheck.set(room, verdict);
    });
    return mirror;
  }

  /** After a refusal the mirror holds the bad update: rebuild it from the room. */
  private resetMirror(room: string, document: Document): void {
    this.mirrors.get(room)?.destroy();
    this.mirrors.set(room, this.mirrorOf(room, document));
  }

  /** Locks or unlocks editing of a room for everyone but the host's own (direct) changes. */
  lock(room: string, locked: boolean): void {
    if (locked) this.locked.add(room);
    else this.locked.delete(room);
    const doc = this.server.hocuspocus.documents.get(room);
    for (const connection of doc?.getConnections() ?? []) {
      if ((connection.context as Context).role === 'edit') connection.readOnly = locked;
    }
  }

  async listen(): Promise<{ url: string }> {
    await this.server.listen();
    return { url: this.server.webSocketURL };
  }

  async close(): Promise<void> {
    await this.server.destroy();
    for (const m of this.mirrors.values()) m.destroy();
    this.mirrors.clear();
  }
}

/**
 * Hocuspocus' Redis extension (several server processes sharing rooms). `disableClientInfo`:
 * ioredis 5.8 may send its CLIENT SETINFO handshake after the subscriber connection has
 * subscribed, which Redis refuses (ioredis issue 2037), and the rooms then never meet.
 */
export function redisExtension(host: string, port: number): Redis {
  return new Redis({ host, port, options: { disableClientInfo: true } });
}
