/** app/jobs.py: pollers, batch senders and scheduled jobs, as in ../ts/jobs-module.ts. */
import { edgeProps } from '../../../graph/index';
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { fetchers, scheduledOutbound } from '../wiring';
import { pyImports, pyModuleOf } from './flow-module';
import { py } from './names';

export function pyJobsModule(pkg: Package): string {
  const fetch = fetchers(pkg);
  const batch = scheduledOutbound(pkg);
  const jobs = portsOf(pkg, 'job');
  const imports = [
    ...fetch.map((p) => ({ name: py(p.op), from: p.type === 'call' ? '.clients' : '.stores' })),
    ...batch.map((p) => ({ name: py(p.op), from: pyModuleOf(p) })),
    { name: 'forward', from: '.flow' },
    ...(batch.length ? [{ name: 'take_batch', from: '.flow' }] : []),
    ...(jobs.length ? [{ name: 'new_message', from: '.messages' }] : []),
  ];
  const tasks: { name: string; everyMs: number; body: string[]; about: string }[] = [
    ...fetch.map((p) => ({ name: py(p.op), everyMs: p.everyMs, about: `Polls ${commentText(p.type === 'call' ? p.peer.label : p.store.label)}`, body: [`    for message in await ${py(p.op)}(${p.type === 'store' ? p.batchSize : ''}):`, '        await forward(message)'] })),
    ...batch.map((p) => ({ name: py(p.op), everyMs: p.everyMs, about: `Sends the kept batch (edge ${commentText(p.about)})`, body: [`    for message in take_batch(${literal(py(p.op))}, ${edgeProps(p.edge).batchSize}):`, `        await ${py(p.op)}(message)`] })),
    ...jobs.map((p) => ({ name: py(p.op), everyMs: p.everyMs, about: `Triggered by ${commentText(p.scheduler)}`, body: ['    # TODO: the job itself.', `    await forward(new_message({"job": ${literal(p.op)}}))`] })),
  ];
  return [
    '"""Pollers, batch senders and scheduled jobs of this service."""',
    'import asyncio',
    'import logging',
    'from collections.abc import Awaitable, Callable',
    '',
    ...pyImports(imports),
    '',
    '',
    'async def _every(seconds: float, name: str, task: Callable[[], Awaitable[None]]) -> None:',
    '    """Runs a task every `seconds`; a slow run delays the next instead of overlapping it."""',
    '    while True:',
    '        await asyncio.sleep(seconds)',
    '        try:',
    '            await task()',
    '        except Exception:',
    '            logging.exception("%s failed", name)',
    '',
    '',
    ...tasks.flatMap((t, i) => [`async def _task_${i}() -> None:`, `    """${t.about}, every ${t.everyMs} ms."""`, ...t.body, '', '']),
    'def start_jobs() -> list[asyncio.Task[None]]:',
    '    return [',
    ...tasks.map((t, i) => `        asyncio.create_task(_every(${t.everyMs / 1000}, ${literal(t.name)}, _task_${i})),`),
    '    ]',
    '',
  ].join('\n');
}
