/** app/clients.py: a typed HTTP client per outgoing sync edge (httpx; timeout and retries from the edge). */
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { py } from './names';

export function pyClientsModule(pkg: Package): string | null {
  const calls = portsOf(pkg, 'call');
  if (calls.length === 0) return null;
  const envs = new Map(calls.map((c) => [c.peer.env, c.peer.url]));
  const fns = calls.flatMap((c) => {
    const doc = `    """${c.method} ${c.path} on ${commentText(c.peer.label)}. Edge: ${commentText(c.about)}."""`;
    return c.method === 'GET'
      ? [`async def ${py(c.op)}(limit: int = 100) -> list[Message]:`, doc, `    data = await _request(${c.peer.env}, "GET", ${literal(c.path)}, ${c.timeoutMs}, ${c.retries}, params={"limit": limit})`, '    return [Message.model_validate(item) for item in data]', '', '']
      : [`async def ${py(c.op)}(message: Message) -> Reply:`, doc, `    data = await _request(${c.peer.env}, "POST", ${literal(c.path)}, ${c.timeoutMs}, ${c.retries}, body=message.model_dump())`, '    return Reply.model_validate(data)', '', ''];
  });
  return [
    '"""HTTP clients for the services and systems this one calls."""',
    'import os',
    'from typing import Any',
    '',
    'import httpx',
    '',
    'from .messages import Message, Reply',
    '',
    ...[...envs].map(([env, url]) => `${env} = os.environ.get(${literal(env)}, ${literal(url)})`),
    '',
    '',
    'async def _request(base_url: str, method: str, path: str, timeout_ms: int, retries: int, body: Any = None, params: dict[str, Any] | None = None) -> Any:',
    '    for attempt in range(retries + 1):',
    '        try:',
    '            async with httpx.AsyncClient(base_url=base_url, timeout=timeout_ms / 1000) as client:',
    '                res = await client.request(method, path, json=body, params=params)',
    '                res.raise_for_status()',
    '                return res.json()',
    '        except httpx.HTTPError:',
    '            if attempt >= retries:',
    '                raise',
    '    return None',
    '',
    '',
    ...fns,
  ].join('\n');
}
