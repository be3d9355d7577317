/**
 * Embedded persistence for collaboration rooms (SAFETY.md: acknowledged edits survive a
 * kill -9). Each accepted Yjs update is appended to `<room>.log` before the server applies
 * and acknowledges it; loading a room replays `<room>.ydoc` (the last compacted state) and the
 * log, then writes the merged state atomically and empties the log. A crash between those two
 * steps replays the log once more, which Yjs ignores (updates are idempotent).
 *
 * Log format: records of [4-byte big-endian length][update bytes]. A record cut short by a
 * kill is ignored (it was never acknowledged).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import * as Y from 'yjs';

/** Room names are ids, never paths: nothing is written outside the data folder. */
export const ROOM_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export class RoomStore {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
    mkdirSync(this.dir, { recursive: true });
  }

  private path(room: string, ext: 'log' | 'ydoc'): string {
    if (!ROOM_NAME.test(room)) throw new Error(`not a room name: ${JSON.stringify(room.slice(0, 80))}`);
    const p = join(this.dir, `${room}.${ext}`);
    if (!p.startsWith(this.dir + sep)) throw new Error('room path escapes the data folder');
    return p;
  }

  /** The room's state (compacted and logged), compacting it on the way. */
  load(room: string, into: Y.Doc): void {
    const snapshot = this.path(room, 'ydoc');
    const log = this.path(room, 'log');
    if (existsSync(snapshot)) Y.applyUpdate(into, readFileSync(snapshot), 'load');
    let replayed = 0;
    if (existsSync(log)) {
      const bytes = readFileSync(log);
      for (let at = 0; at + 4 <= bytes.length; ) {
        const length = bytes.readUInt32BE(at);
        if (at + 4 + length > bytes.length) break;
        try {
          Y.applyUpdate(into, bytes.subarray(at + 4, at + 4 + length), 'load');
        } catch {
          // A damaged record: skip it rather than lose the room.
        }
        at += 4 + length;
        replayed++;
      }
    }
    if (replayed) {
      writeFileAtomic.sync(snapshot, Buffer.from(Y.encodeStateAsUpdate(into)));
      truncateSync(log, 0);
    }
  }

  /** Appends one accepted update; returns once the bytes are with the operating system. */
  append(room: string, update: Uint8Array): void {
    const header = Buffer.alloc(4);
    header.writeUInt32BE(update.length);
    appendFileSync(this.path(room, 'log'), Buffer.concat([header, update]));
  }
}
