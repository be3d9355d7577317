import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../model/document';
import { design } from '../../../testing/builder';
import { runCli } from '../main';
import type { SizeReport } from './size';

let dir: string;

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

/** Web UI → gateway → scoring (sync); scoring (40 ms, 2 workers) is the bottleneck. */
const api = (requirements: object) =>
  design()
    .node('ui', 'client', { label: 'Web UI', props: { rate: 30 } })
    .node('gw', 'api-gateway', { label: 'Gateway' })
    .node('ml', 'model-server', { label: 'Scoring', props: { serviceTimeMs: 40, workers: 2, replicas: 1 } })
    .edge('ui', 'gw')
    .edge('gw', 'ml')
    .requirements(requirements)
    .build();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archway-size-'));
  await writeFile(join(dir, 'slo.archway.json'), serializeDesign(api({ p99LatencyMs: 250, peakRate: 120 })));
  await writeFile(join(dir, 'none.archway.json'), serializeDesign(api({})));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('archway size', () => {
  it('finds replicas that meet the p99 at peak and the simulation confirms them', async () => {
    const { code, out } = await cli('size', 'slo.archway.json', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out) as SizeReport;
    expect(r.met).toBe(true);
    expect(r.saturatedBefore.length).toBeGreaterThan(0); // the gateway, held by Scoring's replies, saturates first
    expect(r.saturatedAfter).toEqual([]);
    const ml = r.changes.find((c) => c.id === 'ml')!;
    expect(ml.from).toBe(1);
    expect(ml.to).toBeGreaterThanOrEqual(3); // 120 msg/s × 40 ms = 4.8 busy servers: at least 3 replicas of 2
    const s = r.sources[0]!;
    expect(s.peakRate).toBe(120);
    expect(s.estimateBeforeMs).toBeNull();
    expect(s.estimateAfterMs!).toBeLessThanOrEqual(250);
    expect(s.simulatedMet).toBe(true);
    expect(s.simulatedP99Ms!).toBeLessThanOrEqual(250);
  });

  it('prints the changes and the comparison as text; --peak-rate overrides the target', async () => {
    const { code, out } = await cli('size', 'none.archway.json', '--peak-rate', '200');
    expect(code).toBe(0);
    expect(out).toMatch(/Scoring: replicas 1 → \d+/);
    expect(out).toMatch(/confirmed by 120 s of simulation at peak/);
  });

  it('refuses a design without targets, and bad numbers, with exit code 2', async () => {
    const none = await cli('size', 'none.archway.json');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/declares no target/);
    expect((await cli('size', 'slo.archway.json', '--peak-rate', '-3')).code).toBe(2);
    expect((await cli('size')).code).toBe(2);
  });
});
