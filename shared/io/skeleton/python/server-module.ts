/** app/server.py: a FastAPI route per incoming sync edge (the package's OpenAPI). */
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { py } from './names';
import { isAuthenticating } from '../openapi';

export function pyServerModule(pkg: Package): string {
  // The gateway authenticates its callers (bearerAuth in openapi.yaml): its routes need a token.
  const gateway = isAuthenticating(pkg);
  const auth = gateway ? ', dependencies=[Depends(require_bearer)]' : '';
  const routes = portsOf(pkg, 'route').flatMap((r) => {
    const doc = `    """${r.method} ${r.path}: ${commentText(r.edge.label || r.op)}, from ${commentText(r.caller)} (${r.edge.timing}, ${commentText(r.edge.protocol || 'HTTP')})."""`;
    if (r.method === 'GET') {
      return [`@router.get(${literal(r.path)}, operation_id=${literal(r.op)}${auth})`, `async def ${py(r.op)}(limit: int = 100) -> list[Message]:`, doc, '    return latest(max(1, min(limit, 10_000)))', '', ''];
    }
    const work = r.accepted
      ? ['    task = asyncio.create_task(forward(message))', '    _background.add(task)', '    task.add_done_callback(_background.discard)']
      : ['    await forward(message)'];
    return [
      `@router.post(${literal(r.path)}, operation_id=${literal(r.op)}, status_code=${r.accepted ? 202 : 200}${auth})`,
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
    gateway ? 'from fastapi import APIRouter, Depends, Header, HTTPException' : 'from fastapi import APIRouter',
    '',
    'from .flow import forward, latest',
    'from .messages import Message, Reply',
    '',
    'router = APIRouter()',
    '_background: set[asyncio.Task[None]] = set()',
    '',
    '',
    ...(gateway
      ? [
          'async def require_bearer(authorization: str | None = Header(default=None)) -> None:',
          '    # Refuses a call without a bearer token (401).',
          '    if not authorization or not authorization.startswith("Bearer ") or not authorization[7:].strip():',
          '        raise HTTPException(status_code=401, detail="missing bearer token")',
          '    # TODO: verify the token (signature, expiry, audience) with your identity provider.',
          '',
          '',
        ]
      : []),
    '@router.get("/health", operation_id="health")',
    'async def health() -> Reply:',
    `    return Reply(ok=True, result={"service": ${literal(pkg.name)}})`,
    '',
    '',
    ...routes,
  ].join('\n');
}
