/**
 * The real CLI (`node bin/archway.mjs`) against every hostile file of SAFETY.md's five classes
 * and issue 13: each command answers with exit 0, 1 or 2, within 30 s of CPU, and never
 * prints a stack trace; a refusal is one line. Slow by nature (a process per case, the
 * design at the caps among them), so cases run one at a time.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../model/document';
import { design } from '../../testing/builder';
import * as hostile from '../../testing/hostile';

const BIN = fileURLToPath(new URL('../../../bin/archway.mjs', import.meta.url));
const CPU_LIMIT_MS = 30_000;
/** A hang guard only: the limit that counts is the CPU time, which other work on a shared machine does not inflate. */
const WALL_LIMIT_MS = 180_000;

/** CPU time of this process's finished children (Linux /proc; USER_HZ is 100), or undefined elsewhere. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime (fields 16 and 17)
  } catch {
    return undefined;
  }
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

function cli(args: string[], cwd: string): Promise<Run> {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ARCHWAY_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (out.length < 2_000_000 ? (out += t) : undefined));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (err += t));
    const guard = setTimeout(() => child.kill('SIGKILL'), WALL_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(guard);
      const cpu1 = childrenCpuMs();
      resolve({ code, out, err, ms: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : performance.now() - t0 });
    });
  });
}

const STACK = /^\s+at\s|node:internal|\bfile:\/\/\/|^\s*\^+\s*$/m;

/** What every run must hold; returns the run for case-specific checks. */
async function expectAnswer(args: string[], cwd: string, codes: number[] = [0, 1, 2]): Promise<Run> {
  const r = await cli(args, cwd);
  const what = `archway ${args.join(' ')} (${r.code === null ? `no answer in ${WALL_LIMIT_MS / 1000} s: killed` : `exit ${r.code}`}):\n${r.err.slice(0, 2000)}`;
  expect(codes, what).toContain(r.code);
  expect(r.err, what).not.toMatch(STACK);
  expect(r.out.slice(0, 100_000), what).not.toMatch(STACK);
  if (r.code === 2) expect(r.err.split('\n').filter((l) => l !== '' && !l.startsWith('warning: ')), what).toHaveLength(1);
  expect(r.ms, `${what}\ntook ${Math.round(r.ms)} ms of CPU`).toBeLessThan(CPU_LIMIT_MS);
  return r;
}

/** An SVG holds no scripts, no event-handler attributes and no javascript: links (SAFETY.md). */
function expectInertSvg(svg: string): void {
  expect(svg).toMatch(/<svg/);
  expect(svg).not.toMatch(/<script|<img|<foreignObject[^>]*>\s*<(?!div|span|p)/i);
  expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(svg).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
}

const LABELS = ['end"]-->X[pwn', 'classDef x fill:#f00}body{display:none', 'two\nlines', 'o', 'x', '%% not a comment', 'L'.repeat(10_000), '<svg onload=window.__p=1>'];

const PATH_NAMES = ['../../.bashrc', '/etc/cron.d/x', '..\\..\\AppData\\x', 'CON', 'a/../../b', 'name.'];

describe('the CLI on hostile files (SAFETY.md, issue 13)', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archway-hostile-'));
    const labels = design();
    LABELS.forEach((label, i) => labels.node(['o1', 'x1', 'odd', 'xray', 'end', 'n5', 'n6', 'n7'][i]!, 'microservice', { label }));
    for (let i = 1; i < LABELS.length; i++) labels.edge(['o1', 'x1', 'odd', 'xray', 'end', 'n5', 'n6', 'n7'][i - 1]!, ['o1', 'x1', 'odd', 'xray', 'end', 'n5', 'n6', 'n7'][i]!, 'async-message', { label: LABELS[i]! });
    const names = design().node('ui', 'client');
    PATH_NAMES.forEach((label, i) => names.node(`s${i}`, 'microservice', { label }).edge('ui', `s${i}`, 'request-response'));
    const caps = hostile.capsDesignText();
    const files: Record<string, string | Buffer> = {
      // 1. Mermaid that tries to loosen the security level, inject markup and link to script.
      'loose.mmd': '%%{init:{"securityLevel":"loose"}}%%\nflowchart LR\nA["<img src=x onerror=window.__p=1>"]-->B\nclick B "javascript:window.__p=2"\n',
      // 2. Labels that break Mermaid syntax, 10,000 characters, newlines.
      'labels.archway.json': serializeDesign(labels.build()),
      // 3. Component names that are paths.
      'names.archway.json': serializeDesign(names.build()),
      // 4. Pollution, markup, out-of-range and non-JSON numbers, 50 MB with 100,000 edges.
      'proto.archway.json': hostile.protoText(),
      'huge-coordinate.archway.json': hostile.hugeCoordinateText(),
      'nan.archway.json': serializeDesign(hostile.smallDesign()).replace(/"y": -?\d+/, '"y": NaN'),
      '50mb.archway.json': caps + ' '.repeat(50 * 1048576 - caps.length),
      // 5. Empty, binary, cut short.
      'empty.archway.json': '',
      'empty.mmd': '',
      'nul.archway.json': Buffer.alloc(65_536, 0),
      'truncated.archway.json': hostile.truncatedText(),
      // Issue 13.
      'no-kind.archway.json': hostile.noKindText(),
      'chain.archway.json': hostile.deepChainText(50_000),
      'cycle.archway.json': hostile.parentCycleText(50_000),
      'bom.archway.json': hostile.bomText(),
      'caps.archway.json': caps,
      'nested.mmd': hostile.nestedSubgraphsMermaid(2000),
      'bom.mmd': '\uFEFFflowchart LR\nA[Client] --> B[Orders API]\n',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(file(name), content);
  }, 120_000);

  // 1
  it('Mermaid with init directives, markup labels and javascript: links: imported as text, exported inert', async () => {
    const r = await expectAnswer(['import', file('loose.mmd')], dir, [0]);
    expect(r.out).not.toContain('javascript:');
    await writeFile(file('loose.archway.json'), r.out);
    expectInertSvg((await expectAnswer(['export', file('loose.archway.json'), '--to', 'svg'], dir, [0])).out);
    await expectAnswer(['check', file('loose.mmd')], dir, [0, 1]);
  }, 600_000);

  // 2
  it('labels that break Mermaid syntax round-trip through export and import', async () => {
    await expectAnswer(['export', file('labels.archway.json'), '--to', 'mermaid', '--out', file('labels.mmd')], dir, [0]);
    const back = await expectAnswer(['import', file('labels.mmd')], dir, [0]);
    const labels = (JSON.parse(back.out) as { nodes: { label: string }[] }).nodes.map((n) => n.label);
    for (const label of LABELS) expect(labels).toContain(label);
    expectInertSvg((await expectAnswer(['export', file('labels.archway.json'), '--to', 'svg'], dir, [0])).out);
    await expectAnswer(['check', file('labels.archway.json')], dir, [0, 1]);
  }, 600_000);

  // 3
  it('component names that are paths stay inside the skeleton folder, also past a symlink out', async () => {
    const target = file('skeleton');
    const outside = file('outside');
    await mkdir(target);
    await mkdir(outside);
    await symlink(outside, join(target, 'services'));
    const r = await expectAnswer(['export', file('names.archway.json'), '--to', 'skeleton', '--out', target, '--force'], dir, [0, 2]);
    expect(await readdir(outside)).toEqual([]);
    // Every file written resolves inside the folder; the only way out is the symlink planted there.
    const root = await realpath(target);
    const entries = await readdir(target, { recursive: true, withFileTypes: true });
    expect(entries.filter((e) => e.isSymbolicLink()).map((e) => e.name)).toEqual(['services']);
    for (const e of entries.filter((x) => x.isFile())) expect(relative(root, await realpath(join(e.parentPath, e.name)))).not.toMatch(/^\.\./);
    // The hostile names became plain folder names, and the writer refused to follow the link.
    if (r.code === 0) {
      for (const name of ['bashrc', 'etc-cron-d-x', 'appdata-x', 'con-svc', 'a-b', 'name']) expect(r.out).toContain(`skipped   services/${name}/package.json (services: symbolic link out of the target folder)`);
    } else expect(r.err).toMatch(/services/);
  }, 600_000);

  // 4
  it('drops __proto__ and refuses out-of-range numbers, NaN and a 50 MB file with a clear line', async () => {
    await expectAnswer(['check', file('proto.archway.json')], dir, [0, 1]);
    expect((await expectAnswer(['check', file('huge-coordinate.archway.json')], dir, [2])).err).toMatch(/position\.x/);
    expect((await expectAnswer(['check', file('nan.archway.json')], dir, [2])).err).toMatch(/not valid JSON/);
    expect((await expectAnswer(['check', file('50mb.archway.json')], dir, [2])).err).toMatch(/50\.0 MB; Archway opens designs up to 32 MB/);
  }, 600_000);

  // 5
  it('refuses empty, binary and truncated files with one line', async () => {
    expect((await expectAnswer(['check', file('empty.archway.json')], dir, [2])).err).toMatch(/empty/);
    await expectAnswer(['import', file('empty.mmd')], dir, [2]);
    expect((await expectAnswer(['simulate', file('nul.archway.json')], dir, [2])).err).toMatch(/binary data/);
    expect((await expectAnswer(['export', file('truncated.archway.json'), '--to', 'mermaid'], dir, [2])).err).toMatch(/not valid JSON/);
    expect((await expectAnswer(['check', file('missing.archway.json')], dir, [2])).err).toMatch(/no such file/);
    expect((await expectAnswer(['check', dir + '/.archway.json'], dir, [2])).err).toMatch(/no such file/);
  }, 600_000);

  it('a node without kind: one line naming the node, for every command', async () => {
    for (const cmd of [['check'], ['export', '--to', 'mermaid'], ['simulate', '--seconds', '1']]) {
      const r = await expectAnswer([cmd[0]!, file('no-kind.archway.json'), ...cmd.slice(1)], dir, [2]);
      expect(r.err).toMatch(/node 1 \(id "api"\), field kind: the component kind is missing/);
    }
  }, 600_000);

  it('a 50,000-deep chain and a 50,000-node cycle of containers: refused with a clear line', async () => {
    expect((await expectAnswer(['check', file('chain.archway.json')], dir, [2])).err).toMatch(/nested 49,999 containers deep.*at most 64/);
    expect((await expectAnswer(['check', file('cycle.archway.json')], dir, [2])).err).toMatch(/in a cycle: "g0" → "g1"/);
  }, 600_000);

  it('a UTF-8 byte-order mark is accepted, in designs and Mermaid files', async () => {
    await expectAnswer(['check', file('bom.archway.json')], dir, [0, 1]);
    await expectAnswer(['simulate', file('bom.archway.json'), '--seconds', '1'], dir, [0]);
    expect((await expectAnswer(['import', file('bom.mmd')], dir, [0])).out).toContain('"label": "Orders API"');
  }, 600_000);

  it('2,000 nested Mermaid subgraphs: an answer, not a stack overflow', async () => {
    await expectAnswer(['import', file('nested.mmd')], dir, [0, 2]);
  }, 600_000);

  it('the design at the caps (50,000 nodes, 100,000 edges): check, export and a one-second simulation', async () => {
    await expectAnswer(['check', file('caps.archway.json'), '--format', 'json'], dir, [0, 1]);
    await expectAnswer(['export', file('caps.archway.json'), '--to', 'mermaid', '--out', file('caps.mmd')], dir, [0]);
    await expectAnswer(['simulate', file('caps.archway.json'), '--seconds', '1'], dir, [0]);
  }, 900_000);

  it('a folder named like a design: one line', async () => {
    await mkdir(file('folder.archway.json'));
    expect((await expectAnswer(['check', file('folder.archway.json')], dir, [2])).err).toMatch(/is a folder/);
  }, 600_000);
});
