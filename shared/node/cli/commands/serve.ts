/** `archway serve [--host H] [--port P] [--data DIR] [--redis URL]` (DESIGN §6, §8): the collaboration server alone. */
import { resolve } from 'node:path';
import type { Extension } from '@hocuspocus/server';
import { defineCommand, EXIT, parseArgs, UsageError } from '../types';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Run the collaboration server for a team: shared designs over WebSocket, persisted in a data folder.',
  usage: 'archway serve [--host H] [--port P] [--data DIR] [--redis redis://127.0.0.1:6379]',
  async run(args, io) {
    const { values } = parseArgs(args, { values: ['host', 'port', 'data', 'redis'] });
    const port = Number(values.port ?? 1234);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
    const host = values.host ?? '127.0.0.1';
    // Hocuspocus and Yjs load only for this command, so other commands start fast.
    const { CollabServer, redisExtension } = await import('../../collab/server');
    const extensions = values.redis ? [redisFrom(values.redis, redisExtension)] : [];
    const server = new CollabServer({
      host,
      port,
      dataDir: resolve(io.cwd, values.data ?? 'archway-data'),
      editToken: process.env.ARCHWAY_EDIT_TOKEN || undefined,
      viewToken: process.env.ARCHWAY_VIEW_TOKEN || undefined,
      extensions,
      log: (line) => io.err(`${line}\n`),
    });
    const { url } = await server.listen();
    const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
    io.out(`Archway collaboration server on ${url}${loopback ? ' (this machine only; --host 0.0.0.0 serves the local network)' : ''}\n`);
    io.out(`edit token: ${server.editToken}\nview token: ${server.viewToken}\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    return EXIT.ok;
  },
});

/** Hocuspocus' Redis extension from a redis:// URL, for several server processes sharing rooms. */
function redisFrom(url: string, make: (host: string, port: number) => Extension): Extension {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new UsageError(`--redis must be a redis:// URL, not "${url}"`);
  return make(parsed.hostname, Number(parsed.port || 6379));
}
