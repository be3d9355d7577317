/** src/jobs.ts: pollers (pull edges), batch senders (batch edges) and scheduled jobs (scheduler edges). */
import { edgeProps } from '../../../graph/index';
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { fetchers, scheduledOutbound } from '../wiring';
import { importLines, moduleOf } from './flow-module';

export function jobsModule(pkg: Package): string {
  const fetch = fetchers(pkg);
  const batch = scheduledOutbound(pkg);
  const jobs = portsOf(pkg, 'job');
  const imports = [
    ...fetch.map((p) => ({ name: p.op, from: p.type === 'call' ? './clients.js' : './stores.js' })),
    ...batch.map((p) => ({ name: p.op, from: moduleOf(p) })),
    { name: 'forward', from: './flow.js' },
    ...(batch.length ? [{ name: 'takeBatch', from: './flow.js' }] : []),
    ...(jobs.length ? [{ name: 'newMessage', from: './types.js' }] : []),
  ];
  const timers = [
    ...fetch.map((p) => [
      `    // ${p.edge.delivery === 'pull' ? 'Polls' : 'Fetches from'} ${commentText(p.type === 'call' ? p.peer.label : p.store.label)} every ${p.everyMs} ms (edge ${commentText(p.about)}).`,
      `    every(${p.everyMs}, ${literal(p.op)}, async () => {`,
      `      for (const message of await ${p.op}(${p.type === 'store' ? p.batchSize : ''})) await forward(message);`,
      '    }),',
    ]),
    ...batch.map((p) => [
      `    // Sends the kept batch every ${p.everyMs} ms (batch edge ${commentText(p.about)}).`,
      `    every(${p.everyMs}, ${literal(p.op)}, async () => {`,
      `      for (const message of takeBatch(${literal(p.op)}, ${edgeProps(p.edge).batchSize})) await ${p.op}(message);`,
      '    }),',
    ]),
    ...jobs.map((p) => [
      `    // Triggered by ${commentText(p.scheduler)} every ${p.everyMs} ms.`,
      `    every(${p.everyMs}, ${literal(p.op)}, async () => {`,
      '      // TODO: the job itself.',
      `      await forward(newMessage({ job: ${literal(p.op)} }));`,
      '    }),',
    ]),
  ].flat();
  return [
    ...importLines(imports),
    '',
    '/** Runs a task every `ms`; a slow run never overlaps the next. */',
    'function every(ms: number, name: string, task: () => Promise<void>): ReturnType<typeof setInterval> {',
    '  let running = false;',
    '  return setInterval(() => {',
    '    if (running) return;',
    '    running = true;',
    '    task()',
    '      .catch((err: unknown) => console.error(`${name} failed:`, err))',
    '      .finally(() => {',
    '        running = false;',
    '      });',
    '  }, ms);',
    '}',
    '',
    '/** Starts the timers; returns how to stop them. */',
    'export function startJobs(): () => void {',
    '  const timers: ReturnType<typeof setInterval>[] = [',
    ...timers,
    '  ];',
    '  return () => {',
    '    for (const timer of timers) clearInterval(timer);',
    '  };',
    '}',
    '',
  ].join('\n');
}
