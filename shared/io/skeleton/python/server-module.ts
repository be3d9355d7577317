/** app/server.py: a FastAPI route per incoming sync edge (the package's OpenAPI). */
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { py } from './names';

export function pyServerModule(pkg: Package): string {
  const routes = portsOf(pkg, 'route').flatMap((r) => {
    const doc = `    """${r.method} ${r.path}: ${commentText(r.edge.label || r.op)}, from ${commentText(r.caller)} (${r.edge.timing}, ${commentText(r.edge.protocol || 'HTTP')})."""`;
    if (r.method === 'GET') {
      return [`@router.get(${literal(r.path)}, operation_id=${literal(r.op)})`, `async def ${py(r.op)}(limit: int = 100) -> list[Message]:`, doc, '    return latest(max(1, min(limit, 10_000)))', '', ''];
    }
    const work = r.accepted
      ? ['    task = asyncio.create_task(forward(message))', '    _background.add(task)', '    task.add_done_callback(_background.discard)']
      : ['    await forward(message)'];
    return [
      `@router.post(${literal(r.path)}, operation_id=${literal(r.op)}, status_code=${r.accepted ? 202 : 200})`,
      `async def ${py(r.op)}(message: Message) -> Reply:`,
      doc,
      "    # TODO: validate the message and do this service's work.",
      ...work,
      '    return Reply(ok=True, result={"id": message.id})',
      '',
      '',
    ];
  });
  return [
    '"""HTTP routes of this service."""',
    'import asyncio',
    '',
    'from fastapi import APIRouter',
    '',
    'from .flow import forward, latest',
    'from .messages import Message, Reply',
    '',
    'router = APIRouter()',
    '_background: set[asyncio.Task[None]] = set()',
    '',
    '',
    '@router.get("/health", operation_id="health")',
    'async def health() -> Reply:',
    `    return Reply(ok=True, result={"service": ${literal(pkg.name)}})`,
    '',
    '',
    ...routes,
  ].join('\n');
}
