/** app/stores.py: asyncpg for PostgreSQL, redis.asyncio for Redis, as in ../ts/stores-module.ts. */
import type { Package, PortOf } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { py } from './names';

function access(p: PortOf<'store'>): string[] {
  const env = p.store.env;
  const doc = `    """${p.access} ${commentText(p.store.label)}. Edge: ${commentText(p.about)}."""`;
  if (p.store.tech === 'postgres') {
    if (p.access === 'write')
      return [`async def ${py(p.op)}(message: Message) -> None:`, doc, `    pool = await _pg(${env})`, '    sent_at = datetime.fromisoformat(message.sentAt.replace("Z", "+00:00"))', '    await pool.execute("INSERT INTO messages (id, sent_at, payload) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO NOTHING", message.id, sent_at, json.dumps(message.payload))', '    await pool.execute("SELECT pg_notify(\'messages\', $1)", message.model_dump_json())', '', ''];
    if (p.access === 'read')
      return [`async def ${py(p.op)}(limit: int = ${p.batchSize}) -> list[Message]:`, doc, `    pool = await _pg(${env})`, '    rows = await pool.fetch("SELECT id, sent_at, payload::text AS payload FROM messages ORDER BY sent_at DESC LIMIT $1", limit)', '    return [Message(id=r["id"], sentAt=r["sent_at"].isoformat(), payload=json.loads(r["payload"])) for r in rows]', '', ''];
    return [
      `async def ${py(p.op)}(handler: Handler) -> Stop:`,
      doc,
      `    pool = await _pg(${env})`,
      '    connection = await pool.acquire()',
      '',
      '    def on_notify(_connection: object, _pid: int, _channel: str, payload: object) -> None:',
      '        task = asyncio.create_task(handler(Message.model_validate_json(str(payload))))',
      '        _background.add(task)',
      '        task.add_done_callback(_background.discard)',
      '',
      '    await connection.add_listener("messages", on_notify)',
      '',
      '    async def stop() -> None:',
      '        await connection.remove_listener("messages", on_notify)',
      '        await pool.release(connection)',
      '',
      '    return stop',
      '',
      '',
    ];
  }
  if (p.access === 'write')
    return [`async def ${py(p.op)}(message: Message) -> None:`, doc, '    text = message.model_dump_json()', `    client = _redis(${env})`, '    await client.lpush("messages", text)', '    await client.ltrim("messages", 0, 9999)', '    await client.publish("messages", text)', '', ''];
  if (p.access === 'read')
    return [`async def ${py(p.op)}(limit: int = ${p.batchSize}) -> list[Message]:`, doc, `    items = await _redis(${env}).lrange("messages", 0, limit - 1)`, '    return [Message.model_validate_json(item) for item in items]', '', ''];
  return [
    `async def ${py(p.op)}(handler: Handler) -> Stop:`,
    doc,
    `    pubsub = _redis(${env}).pubsub()`,
    '    await pubsub.subscribe("messages")',
    '',
    '    async def run() -> None:',
    '        async for item in pubsub.listen():',
    '            if item["type"] == "message":',
    '                await handler(Message.model_validate_json(item["data"]))',
    '',
    '    task = asyncio.create_task(run())',
    '',
    '    async def stop() -> None:',
    '        task.cancel()',
    '        await pubsub.aclose()',
    '',
    '    return stop',
    '',
    '',
  ];
}

export function pyStoresModule(pkg: Package): string | null {
  const ports = portsOf(pkg, 'store');
  if (ports.length === 0) return null;
  const stores = [...new Map(ports.map((p) => [p.store.name, p.store])).values()];
  const pg = stores.some((s) => s.tech === 'postgres');
  const redis = stores.some((s) => s.tech === 'redis');
  const listens = ports.filter((p) => p.access === 'listen');
  return [
    '"""Clients of the stores this service reads, writes or listens to."""',
    'import asyncio',
    'import json',
    'import os',
    'from datetime import datetime',
    '',
    ...(pg ? ['import asyncpg'] : []),
    ...(redis ? ['from redis import asyncio as aioredis'] : []),
    '',
    'from .messages import Handler, Message, Stop',
    '',
    ...stores.map((s) => `${s.env} = os.environ.get(${literal(s.env)}, ${literal(s.url)})`),
    '_background: set[asyncio.Task[None]] = set()',
    '',
    ...(pg ? ['_pools: dict[str, asyncpg.Pool] = {}', '', '', 'async def _pg(url: str) -> asyncpg.Pool:', '    if url not in _pools:', '        _pools[url] = await asyncpg.create_pool(url)', '    return _pools[url]', '', ''] : []),
    ...(redis ? ['_clients: dict[str, aioredis.Redis] = {}', '', '', 'def _redis(url: str) -> aioredis.Redis:', '    if url not in _clients:', '        _clients[url] = aioredis.from_url(url, decode_responses=True)', '    return _clients[url]', '', ''] : []),
    ...ports.flatMap(access),
    'async def start_listeners(handler: Handler) -> list[Stop]:',
    '    """Starts listening to the stores that push to this service."""',
    `    return [${listens.map((p) => `await ${py(p.op)}(handler)`).join(', ')}]`,
    '',
  ].join('\n');
}
