import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../model/document';
import type { SimResult } from '../../../sim/types';
import { design } from '../../../testing/builder';
import { runCli } from '../main';

let dir: string;

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archway-sim-'));
  const d = design()
    .title('Inference')
    .node('ui', 'client', { label: 'Web UI', props: { rate: 50 } })
    .node('gw', 'api-gateway', { label: 'API Gateway' })
    .node('ml', 'model-server', { label: 'Model server' })
    .node('fs', 'feature-store', { label: 'Feature store' })
    .edge('ui', 'gw')
    .edge('gw', 'ml')
    .edge('ml', 'fs')
    .build();
  await writeFile(join(dir, 'inference.archway.json'), serializeDesign(d));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('archway simulate', () => {
  it('prints a table per component and latency percentiles per source', async () => {
    const { code, out } = await cli('simulate', 'inference.archway.json', '--seconds', '10');
    expect(code).toBe(0);
    expect(out).toMatch(/^Simulated 10 s \(seed 1[,)]/);
    const lines = out.split('\n');
    expect(lines.find((l) => l.startsWith('component'))).toMatch(/util\s+msg\/s\s+queue\s+max q\s+drops\s+timeouts/);
    for (const label of ['Web UI', 'API Gateway', 'Model server', 'Feature store']) expect(lines.some((l) => l.startsWith(label))).toBe(true);
    const source = lines.find((l) => l.startsWith('Web UI') && /p50|\d+\s+\d/.test(l) && l.split(/\s{2,}/).length === 8);
    expect(source).toBeDefined();
    expect(lines.find((l) => l.startsWith('source'))).toMatch(/p50 ms\s+p95 ms\s+p99 ms/);
  });

  it('prints the whole result as JSON, reproducible by seed', async () => {
    const a = await cli('simulate', 'inference.archway.json', '--seconds', '5', '--seed', '7', '--warmup', '0', '--json');
    const b = await cli('simulate', 'inference.archway.json', '--seconds=5', '--seed=7', '--warmup=0', '--json');
    expect(a.code).toBe(0);
    const ra = JSON.parse(a.out) as SimResult;
    const rb = JSON.parse(b.out) as SimResult;
    expect(ra.seed).toBe(7);
    expect(ra.nodes.map((n) => n.id)).toEqual(['ui', 'gw', 'ml', 'fs']);
    expect(ra.latency[0]!.count).toBeGreaterThan(150);
    expect({ ...ra, totals: null }).toEqual({ ...rb, totals: null });
  });

  it('--json is byte-identical for identical inputs; wall time only with --wall-time, on stderr otherwise', async () => {
    const a = await cli('simulate', 'inference.archway.json', '--seconds', '20', '--json');
    const b = await cli('simulate', 'inference.archway.json', '--seconds', '20', '--json');
    expect(a.out).toBe(b.out);
    const r = JSON.parse(a.out) as SimResult;
    expect(r.totals).not.toHaveProperty('wallMs');
    expect(a.err).toMatch(/computed in \d+\.\d\d s/);
    // The new figures: intervals, warm-up, failures apart.
    expect(r.warmup.method).toBe('MSER-5');
    expect(r.batches).toBeGreaterThanOrEqual(5);
    expect(r.latency[0]!.ci.mean).toBeGreaterThan(0);
    expect(r.latency[0]!.failures).toEqual({ dropped: 0, timedOut: 0, errors: 0 });
    expect(r.nodes[1]!.ci.throughput).toBeGreaterThan(0);
    const w = JSON.parse((await cli('simulate', 'inference.archway.json', '--seconds', '5', '--json', '--wall-time')).out) as SimResult;
    expect(w.totals.wallMs).toBeGreaterThan(0);
  });

  it('shows 95 % intervals in the text report', async () => {
    const { out } = await cli('simulate', 'inference.archway.json', '--seconds', '30');
    expect(out).toMatch(/± is the 95 % interval \(\d+ batch means\)/);
    expect(out.split('\n').find((l) => l.startsWith('Web UI') && l.includes('±'))).toBeDefined();
  });

  it('stops at a work budget and says so', async () => {
    const { code, out, err } = await cli('simulate', 'inference.archway.json', '--seconds', '3600', '--max-events', '20000');
    expect(code).toBe(0);
    expect(err).toMatch(/warning: stopped at [\d.]+ s of 3,600 s: the work budget of 20,000 events was spent/);
    expect(out).toMatch(/The run stopped at/);
  });

  it('refuses bad numbers and unreadable files with exit code 2', async () => {
    for (const args of [['--seconds', 'abc'], ['--seconds', '-1'], ['--seed', '1.5'], ['--warmup', '20', '--seconds', '10'], ['--max-events', '0'], ['--budget-seconds', 'x']]) {
      const r = await cli('simulate', 'inference.archway.json', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/must be/);
    }
    expect((await cli('simulate', 'missing.archway.json')).code).toBe(2);
    expect((await cli('simulate')).code).toBe(2);
  });
});
