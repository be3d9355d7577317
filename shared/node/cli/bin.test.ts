/**
 * The installed CLI as CI runs it: `node bin/archway.mjs ...` from the prebuilt bundle. The
 * bundle is built first (scripts/build-cli.mjs), so this tests the current sources.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDrawio } from '../../io/drawio/export';
import { serializeDesign } from '../../model/document';
import { design } from '../../testing/builder';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin/archway.mjs');
let dir = '';

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string; err: string }> {
  return new Promise((res) =>
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env, timeout: 60_000 }, (err, out, errOut) => res({ code: err ? ((err as { code?: number }).code ?? -1) : 0, out, err: errOut })),
  );
}

const shared = design().node('ag', 'api-gateway').node('a', 'microservice').node('b', 'microservice').node('db', 'database').edge('ag', 'a').edge('ag', 'b').edge('a', 'db').edge('b', 'db').build();

beforeAll(async () => {
  const { buildCli } = (await import(new URL('../../../scripts/build-cli.mjs', import.meta.url).href)) as { buildCli: (o?: { quiet?: boolean }) => Promise<unknown> };
  await buildCli({ quiet: true });
  dir = await mkdtemp(join(tmpdir(), 'archway-bin-'));
  await writeFile(join(dir, 'shared.archway.json'), serializeDesign(shared));
  await writeFile(join(dir, 'shared.drawio'), exportDrawio(shared).text);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bin/archway.mjs', () => {
  it('runs check from the bundle, without the tsx fallback warning', async () => {
    const r = await run(['check', 'shared.archway.json', 'shared.drawio']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/shared\.archway\.json: 1 error/);
    expect(r.out).toMatch(/shared\.drawio: 1 error/);
    expect(r.out).toMatch(/Checked 2 designs: 2 errors/);
  }, 60_000);

  it('falls back to the sources through tsx on request', async () => {
    const r = await run(['check', 'shared.archway.json'], { ...process.env, ARCHWAY_CLI_FROM_SOURCE: '1' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/shared\.archway\.json: 1 error/);
  }, 60_000);

  it('loads mermaid and jsdom only from the chunk that reads Mermaid', async () => {
    // Follow the static imports from main.js: none of those files may import mermaid, jsdom or ELK.
    const heavy = /from\s*"(mermaid|jsdom|elkjs[^"]*)"/;
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(join(ROOT, 'out/cli', file), 'utf8');
      expect(text, file).not.toMatch(heavy);
      for (const m of text.matchAll(/from\s*"(\.\/[^"]+)"|import\s*"(\.\/[^"]+)"/g)) await visit(posix.join(posix.dirname(file), m[1] ?? m[2]!));
    };
    await visit('main.js');
    expect(seen.size).toBeGreaterThan(1);
    // ...while some chunk, loaded on demand, does import them.
    const chunks = await readdir(join(ROOT, 'out/cli/chunks'));
    const lazy = [];
    for (const c of chunks.filter((f) => f.endsWith('.js'))) if (heavy.test(await readFile(join(ROOT, 'out/cli/chunks', c), 'utf8'))) lazy.push(c);
    expect(lazy.length).toBeGreaterThan(0);
    expect(lazy.some((c) => seen.has(`chunks/${c}`))).toBe(false);
  });
});
