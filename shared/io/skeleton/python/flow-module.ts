/** app/flow.py: passes each message on along the package's outgoing edges (see ../wiring.ts). */
import type { Package } from '../plan-types';
import { commentText } from '../text';
import { demandOutbound, scheduledOutbound, type Outbound } from '../wiring';
import { py } from './names';

export const pyModuleOf = (p: Outbound): string => (p.type === 'call' ? '.clients' : p.type === 'publish' ? '.messaging' : '.stores');

export function pyImports(items: { name: string; from: string }[]): string[] {
  const by = new Map<string, Set<string>>();
  for (const { name, from } of items) {
    if (!by.has(from)) by.set(from, new Set());
    by.get(from)!.add(name);
  }
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([from, names]) => `from ${from} import ${[...names].sort().join(', ')}`);
}

export function pyFlowModule(pkg: Package): string {
  const demand = demandOutbound(pkg);
  const scheduled = scheduledOutbound(pkg);
  const send =
    demand.length === 0
      ? ['    # No on-demand outgoing edges in the design.']
      : pkg.routing === 'all'
        ? ['    await asyncio.gather(*(send(message) for send in TARGETS))']
        : ['    global _next', '    send = TARGETS[_next % len(TARGETS)]', '    _next += 1', '    await send(message)'];
  return [
    '"""Passes each message on along the outgoing edges of the design."""',
    'import asyncio',
    'from collections import deque',
    'from collections.abc import Awaitable, Callable',
    'from typing import Any',
    '',
    ...pyImports(demand.map((p) => ({ name: py(p.op), from: pyModuleOf(p) }))),
    'from .messages import Message',
    '',
    '# On-demand outgoing edges of the design, in order.',
    'TARGETS: list[Callable[[Message], Awaitable[Any]]] = [',
    ...demand.map((p) => `    ${py(p.op)},  # ${commentText(p.about)}`),
    ']',
    '_next = 0',
    'MAX_KEPT = 10_000',
    '_seen: deque[Message] = deque(maxlen=MAX_KEPT)',
    '# Messages kept for the batch edges, sent by the jobs in jobs.py.',
    '_batches: dict[str, deque[Message]] = {',
    ...scheduled.map((p) => `    "${py(p.op)}": deque(maxlen=MAX_KEPT),`),
    '}',
    '',
    '',
    'async def forward(message: Message) -> None:',
    `    """Passes a message on (routing "${pkg.routing}")."""`,
    '    _seen.append(message)',
    '    for batch in _batches.values():',
    '        batch.append(message)',
    '    if not TARGETS:',
    '        return',
    ...send,
    '',
    '',
    'def take_batch(op: str, size: int) -> list[Message]:',
    '    batch = _batches.get(op, deque())',
    '    return [batch.popleft() for _ in range(min(size, len(batch)))]',
    '',
    '',
    'def latest(limit: int) -> list[Message]:',
    '    """The latest messages this service has seen, newest first."""',
    '    return list(reversed(list(_seen)[-limit:]))',
    '',
  ].join('\n');
}
