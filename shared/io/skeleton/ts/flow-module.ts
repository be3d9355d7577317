/** src/flow.ts: passes each message on along the package's outgoing edges (see ../wiring.ts). */
import type { Package } from '../plan-types';
import { commentText } from '../text';
import { demandOutbound, scheduledOutbound, type Outbound } from '../wiring';

export const moduleOf = (p: Outbound): string => (p.type === 'call' ? './clients.js' : p.type === 'publish' ? './messaging.js' : './stores.js');

/** `import { a, b } from './x.js'` lines, grouped by module, in a stable order. */
export function importLines(items: { name: string; from: string }[]): string[] {
  const by = new Map<string, Set<string>>();
  for (const { name, from } of items) {
    if (!by.has(from)) by.set(from, new Set());
    by.get(from)!.add(name);
  }
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`);
}

export function flowModule(pkg: Package): string {
  const demand = demandOutbound(pkg);
  const scheduled = scheduledOutbound(pkg);
  const send =
    demand.length === 0
      ? '  // No on-demand outgoing edges in the design.'
      : pkg.routing === 'all'
        ? '  await Promise.all(targets.map((send) => send(message)));'
        : '  const send = targets[next++ % targets.length]!;\n  await send(message);';
  return [
    ...importLines(demand.map((p) => ({ name: p.op, from: moduleOf(p) }))),
    "import type { Message } from './types.js';",
    '',
    '/** On-demand outgoing edges of the design, in order. */',
    'const targets: Array<(message: Message) => Promise<unknown>> = [',
    ...demand.map((p) => `  ${p.op}, // ${commentText(p.about)}`),
    '];',
    'let next = 0;',
    '',
    '/** Messages kept for the batch edges, sent by the jobs in jobs.ts. */',
    'const batches = new Map<string, Message[]>([',
    ...scheduled.map((p) => `  ['${p.op}', []],`),
    ']);',
    'const MAX_KEPT = 10_000;',
    'const seen: Message[] = [];',
    '',
    `/** Passes a message on (routing "${pkg.routing}": ${pkg.routing === 'all' ? 'to every target' : 'to one target in turn'}). */`,
    'export async function forward(message: Message): Promise<void> {',
    '  seen.push(message);',
    '  if (seen.length > MAX_KEPT) seen.shift();',
    '  for (const batch of batches.values()) {',
    '    batch.push(message);',
    '    if (batch.length > MAX_KEPT) batch.shift();',
    '  }',
    '  if (targets.length === 0) return;',
    send,
    '}',
    '',
    '/** Up to `size` messages kept for one batch edge. */',
    'export function takeBatch(op: string, size: number): Message[] {',
    '  return batches.get(op)?.splice(0, size) ?? [];',
    '}',
    '',
    '/** The latest messages this service has seen, newest first (GET routes answer with these). */',
    'export function latest(limit: number): Message[] {',
    '  return seen.slice(-limit).reverse();',
    '}',
    '',
  ].join('\n');
}
