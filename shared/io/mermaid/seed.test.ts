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
import { checkDesign } from '../../rules/index';
import { importMermaid } from './import';

const DIR = join(__dirname, 'fixtures/seed');
const FIGURES = readdirSync(DIR).filter((f) => f.endsWith('.mmd')).sort();
const SEQUENCE_FIGURES = ['figure-34-05.mmd', 'figure-34-06.mmd'];

/** Kinds the import must find, by Mermaid id: the figure's meaning, not every guess. */
const EXPECTED: Record<string, Record<string, string>> = {
  // D ("Database, File Systems" in the Data Access Layer) depends on the Infrastructure Layer:
  // it is the layer's active part, not a store (a store starts no calls).
  'figure-34-01.mmd': { A_layer: 'layer', A: 'client', D_layer: 'layer', D: 'component' },
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

  it('imports Figure 34.1 as five layers in rank order, each depending on the next one down, with no problem', async () => {
    const r = await importMermaid(readFileSync(join(DIR, 'figure-34-01.mmd'), 'utf8'), nodeFlowchartParser);
    if (!r.ok) throw new Error(r.error);
    const layers = r.design.nodes.filter((n) => n.kind === 'layer');
    expect(layers.map((l) => [l.label, l.properties.rank])).toEqual([
      ['Presentation Layer', 1],
      ['Application Layer', 2],
      ['ML Service Layer', 3],
      ['Data Access Layer', 4],
      ['Infrastructure Layer', 5],
    ]);
    expect(r.design.edges.map((e) => `${e.source}>${e.target}:${e.delivery}`)).toEqual(['A>B:push', 'B>C:push', 'C>D:push', 'D>E:push']);
    expect(checkDesign(r.design).problems).toEqual([]);
  });

  /**
   * Error-level problems each figure really has. Figure 34.3 shares its "Model Store" between
   * Model A and Model B Inference (M2, M3 --> DB2), the weakness the chapter itself points out.
   */
  const REAL_ERRORS: Record<string, string[]> = { 'figure-34-03.mmd': ['microservices/shared-database'] };

  it('finds no error-level problem in any figure beyond the ones it really has', async () => {
    const found: Record<string, string[]> = {};
    for (const file of FIGURES) {
      if (SEQUENCE_FIGURES.includes(file)) continue;
      const r = await importMermaid(readFileSync(join(DIR, file), 'utf8'), nodeFlowchartParser);
      if (!r.ok) throw new Error(`${file}: ${r.error}`);
      const problems = checkDesign(r.design).problems;
      console.log(`${file}: ${problems.length ? problems.map((p) => `${p.severity} ${p.rule}`).join(', ') : 'no problem'}`);
      const errors = problems.filter((p) => p.severity === 'error').map((p) => p.rule);
      if (errors.length) found[file] = [...new Set(errors)].sort();
    }
    expect(found).toEqual(REAL_ERRORS);
  });
});
