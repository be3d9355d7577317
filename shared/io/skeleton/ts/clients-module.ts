/** src/clients.ts: a typed HTTP client per outgoing sync edge (fetch, timeout and retries from the edge). */
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';

export function clientsModule(pkg: Package): string | null {
  const calls = portsOf(pkg, 'call');
  if (calls.length === 0) return null;
  const envs = new Map(calls.map((c) => [c.peer.env, c.peer.url]));
  const fns = calls.flatMap((c) => {
    const where = c.peer.internal ? `${commentText(c.peer.label)} (see services/${c.peer.name}/openapi.yaml, operation of ${c.path})` : `${commentText(c.peer.label)} (outside this skeleton: set ${c.peer.env})`;
    const about = `/** ${c.method} ${c.path} on ${where}. Edge: ${commentText(c.about)}; timeout ${c.timeoutMs} ms, ${c.retries} retries. */`;
    return c.method === 'GET'
      ? [about, `export function ${c.op}(limit = 100): Promise<Message[]> {`, `  return request<Message[]>(${c.peer.env}, 'GET', \`${c.path}?limit=\${limit}\`, ${c.timeoutMs}, ${c.retries});`, '}', '']
      : [about, `export function ${c.op}(message: Message): Promise<Reply> {`, `  return request<Reply>(${c.peer.env}, 'POST', ${literal(c.path)}, ${c.timeoutMs}, ${c.retries}, message);`, '}', ''];
  });
  return [
    "import type { Message, Reply } from './types.js';",
    '',
    ...[...envs].map(([env, url]) => `const ${env} = process.env.${env} ?? ${literal(url)};`),
    '',
    'async function request<T>(baseUrl: string, method: \'GET\' | \'POST\', path: string, timeoutMs: number, retries: number, body?: Message): Promise<T> {',
    '  for (let attempt = 0; ; attempt++) {',
    '    try {',
    '      const res = await fetch(new URL(path, baseUrl), {',
    '        method,',
    "        headers: { 'content-type': 'application/json' },",
    '        body: body === undefined ? undefined : JSON.stringify(body),',
    '        signal: AbortSignal.timeout(timeoutMs),',
    '      });',
    '      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status}`);',
    '      return (await res.json()) as T;',
    '    } catch (err) {',
    '      if (attempt >= retries) throw err;',
    '    }',
    '  }',
    '}',
    '',
    ...fns,
  ].join('\n');
}
