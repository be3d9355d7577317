import { describe, expect, it } from 'vitest';
import type { FlowchartParser } from './flowchart';
import { importMermaid } from './import';
import { MAX_MERMAID_LABELS, MAX_SUBGRAPH_DEPTH, measureMermaid } from './limits';
import { exportMermaid } from './export';
import { gridDesign } from '../../testing/generate';

/** A parser that must not be reached: the limits refuse first. */
const unreachable: FlowchartParser = {
  parse: () => Promise.reject(new Error('mermaid was called')),
};

const nodes = (n: number) => ['flowchart TB', ...Array.from({ length: n }, (_, i) => `  n${i}["Node ${i}"] -->|calls| m${i}`)].join('\n');
const nested = (depth: number) => `flowchart TB\n${Array.from({ length: depth }, (_, i) => `subgraph s${i}\n`).join('')}a --> b\n${'end\n'.repeat(depth)}`;

describe('the limits of what mermaid is asked to parse', () => {
  it('counts labelled nodes, edge texts, links and subgraph depth', () => {
    expect(measureMermaid(nodes(10))).toEqual({ labels: 20, links: 10, depth: 0 });
    expect(measureMermaid(nested(3)).depth).toBe(3);
  });

  it('refuses too many labels with a clear message, before calling mermaid', async () => {
    const r = await importMermaid(nodes(MAX_MERMAID_LABELS), unreachable);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/about 40,000 labelled nodes and links; Archway imports up to 20,000/) });
  });

  it('refuses subgraphs nested deeper than the cap', async () => {
    const r = await importMermaid(nested(MAX_SUBGRAPH_DEPTH + 1), unreachable);
    expect(r).toEqual({ ok: false, error: `The Mermaid text nests subgraphs ${MAX_SUBGRAPH_DEPTH + 1} deep; Archway imports up to ${MAX_SUBGRAPH_DEPTH} levels.` });
  });

  it("lets Archway's own export of a 1,000-component design through", async () => {
    const text = exportMermaid(gridDesign(1000, 2)).text;
    const r = await importMermaid(text, unreachable);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/does not parse:\nmermaid was called/) });
  });

  it('passes text within the limits on to mermaid', async () => {
    const r = await importMermaid(nested(MAX_SUBGRAPH_DEPTH), unreachable);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/does not parse:\nmermaid was called/) });
  });
});
