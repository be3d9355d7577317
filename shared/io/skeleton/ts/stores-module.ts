/**
 * src/stores.ts: a driver client per store the package uses: pg for PostgreSQL (the
 * `messages` table of infra/<db>/init.sql; LISTEN for store-initiated pushes), ioredis for
 * Redis (a capped list; pub/sub for pushes).
 */
import type { Infra, Package, PortOf } from '../plan-types';
import { portsOf } from '../plan-types';
import { camel } from '../names';
import { commentText, literal } from '../text';

const client = (inf: Infra): string => camel(inf.name, inf.tech === 'postgres' ? 'pool' : 'redis');

function access(p: PortOf<'store'>): string[] {
  const c = client(p.store);
  const about = `/** ${p.access} ${commentText(p.store.label)} (${p.store.tech === 'postgres' ? 'PostgreSQL' : 'Redis'}). Edge: ${commentText(p.about)}. */`;
  if (p.store.tech === 'postgres') {
    if (p.access === 'write')
      return [about, `export async function ${p.op}(message: Message): Promise<void> {`, `  await ${c}.query('INSERT INTO messages (id, sent_at, payload) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [message.id, message.sentAt, JSON.stringify(message.payload)]);`, "  await " + c + ".query('SELECT pg_notify($1, $2)', ['messages', JSON.stringify(message)]);", '}', ''];
    if (p.access === 'read')
      return [
        about,
        `export async function ${p.op}(limit = ${p.batchSize}): Promise<Message[]> {`,
        `  const { rows } = await ${c}.query<{ id: string; sent_at: Date; payload: Record<string, unknown> }>('SELECT id, sent_at, payload FROM messages ORDER BY sent_at DESC LIMIT $1', [limit]);`,
        '  return rows.map((r) => ({ id: r.id, sentAt: r.sent_at.toISOString(), payload: r.payload }));',
        '}',
        '',
      ];
    return [
      about,
      `async function ${p.op}(handler: Handler): Promise<Stop> {`,
      `  const connection = await ${c}.connect();`,
      "  connection.on('notification', (n) => {",
      `    handler(JSON.parse(n.payload ?? '{}') as Message).catch((err: unknown) => console.error(${literal(`${p.op} failed:`)}, err));`,
      '  });',
      "  await connection.query('LISTEN messages');",
      '  return async () => {',
      "    await connection.query('UNLISTEN messages');",
      '    connection.release();',
      '  };',
      '}',
      '',
    ];
  }
  if (p.access === 'write')
    return [about, `export async function ${p.op}(message: Message): Promise<void> {`, '  const text = JSON.stringify(message);', `  await ${c}.lpush('messages', text);`, `  await ${c}.ltrim('messages', 0, 9999);`, `  await ${c}.publish('messages', text);`, '}', ''];
  if (p.access === 'read')
    return [about, `export async function ${p.op}(limit = ${p.batchSize}): Promise<Message[]> {`, `  const items = await ${c}.lrange('messages', 0, limit - 1);`, '  return items.map((text) => JSON.parse(text) as Message);', '}', ''];
  return [
    about,
    `async function ${p.op}(handler: Handler): Promise<Stop> {`,
    `  const subscriber = ${c}.duplicate();`,
    "  subscriber.on('message', (_channel: string, text: string) => {",
    `    handler(JSON.parse(text) as Message).catch((err: unknown) => console.error(${literal(`${p.op} failed:`)}, err));`,
    '  });',
    "  await subscriber.subscribe('messages');",
    '  return async () => {',
    '    await subscriber.quit();',
    '  };',
    '}',
    '',
  ];
}

export function storesModule(pkg: Package): string | null {
  const ports = portsOf(pkg, 'store');
  if (ports.length === 0) return null;
  const stores = new Map(ports.map((p) => [p.store.name, p.store]));
  const listens = ports.filter((p) => p.access === 'listen');
  const pg = [...stores.values()].some((s) => s.tech === 'postgres');
  const redis = [...stores.values()].some((s) => s.tech === 'redis');
  return [
    ...(pg ? ["import pg from 'pg';"] : []),
    ...(redis ? ["import { Redis } from 'ioredis';"] : []),
    "import type { Handler, Message, Stop } from './types.js';",
    '',
    ...[...stores.values()].map((s) =>
      s.tech === 'postgres'
        ? `const ${client(s)} = new pg.Pool({ connectionString: process.env.${s.env} ?? ${literal(s.url)} });`
        : `const ${client(s)} = new Redis(process.env.${s.env} ?? ${literal(s.url)}, { lazyConnect: true });`,
    ),
    '',
    ...ports.flatMap(access),
    '/** Starts listening to the stores that push to this service; returns how to stop. */',
    'export async function startListeners(handler: Handler): Promise<Stop[]> {',
    `  return Promise.all([${listens.map((p) => `${p.op}(handler)`).join(', ')}]);`,
    '}',
    '',
  ].join('\n');
}
