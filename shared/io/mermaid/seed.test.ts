/**
 * The seed chapter's figures (fixtures/seed, copied verbatim from
 * shared/seed/ml-system-architectures.txt) import into sensible kinds and edges, and export
 * back to Mermaid that mermaid parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema';
import { loadMermaid, parseMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { exportMermaid } from './export';
import { importMermaid } from './import';

const DIR = join(__dirname, 'fixtures/seed');
const FIGURES = readdirSync(DIR).filter((f) => f.endsWith('.mmd')).sort();
const SEQUENCE_FIGURES = ['figure-34-05.mmd', 'figure-34-06.mmd'];

/** Kinds the import must find, by Mermaid id: the figure's meaning, not every guess. */
const EXPECTED: Record<string, Record<string, string>> = {
  'figure-34-01.mmd': { A_layer: 'layer', A: 'client', D_layer: 'layer', D: 'database' },
  'figure-34-02.mmd': { SB: 'service-bus', MS1: 'service', BS1: 'service', DS1: 'service' },
  'figure-34-03.mmd': { AG: 'api-gateway', M1: 'microservice', M2: 'microservice', DB2: 'database', MSG: 'message-queue', REG: 'service-registry' },
  'figure-34-04.mmd': { ES1: 'event-source', ESP: 'event-broker', EP1: 'event-processor', EVS1: 'event-store', DC1: 'client' },
  'figure-34-07.mmd': { SP: 'stream-processor', BP: 'batch-processor', FS: 'feature-store', DW: 'data-warehouse' },
  'figure-34-08.mmd': { A: 'event-source', C: 'model-server' },
  'figure-34-09.mmd': { C: 'training-job' },
  'figure-34-10.mmd': { B_layer: 'batch-layer', C_layer: 'speed-layer', F_layer: 'serving-layer' },
  'figure-34-11.mmd': { C: 'event-broker', H: 'model-registry', J: 'model-server' },
  'figure-34-12.mmd': { A: 'feature-store', B: 'model-server', C: 'model-registry', E: 'scheduler', G: 'data-warehouse' },
};

const edge = (d: Design, s: string, t: string) => d.edges.find((e) => e.source === s && e.target === t);

describe("the seed's figures", () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('are all here', () => {
    expect(FIGURES).toHaveLength(16);
  });

  for (const file of FIGURES) {
    it(`${file} ${SEQUENCE_FIGURES.includes(file) ? 'is refused as a sequence diagram' : 'imports and exports back to Mermaid that parses'}`, async () => {
      const r = await importMermaid(readFileSync(join(DIR, file), 'utf8'), nodeFlowchartParser);
      if (SEQUENCE_FIGURES.includes(file)) {
        expect(r).toEqual({ ok: false, error: expect.stringMatching(/sequence diagram/) });
        return;
      }
      expect(r.ok, r.ok ? '' : r.error).toBe(true);
      if (!r.ok) return;
      expect(r.needsLayout).toBe(true);
      const kinds = Object.fromEntries(r.design.nodes.map((n) => [n.id, n.kind]));
      expect(kinds).toMatchObject(EXPECTED[file] ?? {});
      const { text } = exportMermaid(r.design);
      expect(await parseMermaid(text)).toBe('flowchart-v2');
      const back = await importMermaid(text, nodeFlowchartParser);
      const sorted = (d: Design) => ({ ...d, nodes: [...d.nodes].sort((a, b) => a.id.localeCompare(b.id)) });
      expect(back.ok && sorted(back.design)).toEqual(sorted(r.design));
    });
  }

  it('reads the data-flow rules of DESIGN §5 in Figures 34.2, 34.4 and 34.12', async () => {
    const load = async (f: string) => {
      const r = await importMermaid(readFileSync(join(DIR, f), 'utf8'), nodeFlowchartParser);
      if (!r.ok) throw new Error(r.error);
      return r.design;
    };
    const soa = await load('figure-34-02.mmd');
    expect(soa.edges.every((e) => e.target === 'SB')).toBe(true); // `<-->`: one edge from the non-bus end
    const eda = await load('figure-34-04.mmd');
    expect(edge(eda, 'ES1', 'ESP')).toMatchObject({ timing: 'async', delivery: 'push' });
    expect(edge(eda, 'ESP', 'EVS1')).toMatchObject({ timing: 'async', delivery: 'pull' }); // out of a store: pulled
    const pull = await load('figure-34-12.mmd');
    expect(edge(pull, 'B', 'A')).toMatchObject({ delivery: 'pull', label: 'Poll for features' });
    expect(edge(pull, 'E', 'F')).toMatchObject({ processing: 'batch', label: 'Trigger every hour' });
    expect(edge(pull, 'F', 'G')).toMatchObject({ delivery: 'pull' });
  });
});
