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
    expect(out).toMatch(/^Simulated 10 s \(seed 1\)/);
    const lines = out.split('\n');
    expect(lines.find((l) => l.startsWith('component'))).toMatch(/util\s+msg\/s\s+queue\s+max q\s+drops\s+timeouts/);
    for (const label of ['Web UI', 'API Gateway', 'Model server', 'Feature store']) expect(lines.some((l) => l.startsWith(label))).toBe(true);
    const source = lines.find((l) => l.startsWith('Web UI') && /p50|\d+\s+\d/.test(l) && l.split(/\s{2,}/).length === 8);
    expect(source).toBeDefined();
    expect(lines.find((l) => l.startsWith('source'))).toMatch(/p50 ms\s+p95 ms\s+p99 ms/);
  });

  it('prints the whole result as JSON, reproducible by seed', async () => {
    const a = await cli('simulate', 'inference.archway.json', '--seconds', '5', '--seed', '7', '--json');
    const b = await cli('simulate', 'inference.archway.json', '--seconds=5', '--seed=7', '--json');
    expect(a.code).toBe(0);
    const ra = JSON.parse(a.out) as SimResult;
    const rb = JSON.parse(b.out) as SimResult;
    expect(ra.seed).toBe(7);
    expect(ra.nodes.map((n) => n.id)).toEqual(['ui', 'gw', 'ml', 'fs']);
    expect(ra.latency[0]!.count).toBeGreaterThan(150);
    expect({ ...ra, totals: null }).toEqual({ ...rb, totals: null });
  });

  it('refuses bad numbers and unreadable files with exit code 2', async () => {
    for (const args of [['--seconds', 'abc'], ['--seconds', '-1'], ['--seed', '1.5'], ['--warmup', '20', '--seconds', '10']]) {
      const r = await cli('simulate', 'inference.archway.json', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/must be/);
    }
    expect((await cli('simulate', 'missing.archway.json')).code).toBe(2);
    expect((await cli('simulate')).code).toBe(2);
  });
});
