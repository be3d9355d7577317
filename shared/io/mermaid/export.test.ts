import { beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../catalog/kinds';
import { loadMermaid, parseMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { design } from '../../testing/builder';
import { KIND_LOOKS } from './dialect';
import { exportMermaid, MERMAID_DEFAULT_MAX_EDGES } from './export';

const parsed = async (text: string) => {
  const p = await nodeFlowchartParser.parse(text);
  if (p.type !== 'flowchart') throw new Error(`not a flowchart: ${p.diagramType}`);
  return p.flowchart;
};

describe('exportMermaid', () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('writes containers as subgraphs, kinds as classes and shapes, timing as arrows', async () => {
    const d = design()
      .layer('pres', 1, { label: 'Presentation' })
      .node('ui', 'client', { parent: 'pres', label: 'Web UI' })
      .node('api', 'microservice')
      .node('db', 'database', { label: 'Orders DB' })
      .node('bus', 'event-broker', { label: 'Kafka' })
      .edge('ui', 'api', 'request-response', { id: 'e1' })
      .edge('api', 'db', 'batch-load', { id: 'e2', attrs: { protocol: 'SQL' }, label: 'nightly' })
      .edge('api', 'bus', 'event-stream', { id: 'e3' })
      .build();
    const { text, warnings } = exportMermaid(d);
    expect(warnings).toEqual([]);
    expect(text).toContain('subgraph pres["Presentation"]');
    expect(text).toContain('ui(["Web UI"]):::client');
    expect(text).toContain('db[("Orders DB")]:::database');
    expect(text).toContain('bus{{"Kafka"}}:::event-broker');
    expect(text).toContain('class pres layer');
    expect(text).toContain('ui e1@-->|"REST"| api');
    expect(text).toContain('api e2@-->|"pull batch SQL: nightly"| db');
    expect(text).toContain('api e3@-.->|"Kafka"| bus');
    expect(text.split('\n').filter((l) => l.startsWith('%% archway: '))).toHaveLength(1);
    expect(await parseMermaid(text)).toBe('flowchart-v2');

    const chart = await parsed(text);
    expect(chart.vertices.map((v) => [v.id, v.shape, v.classes])).toEqual([
      ['ui', 'stadium', ['client']],
      ['api', 'square', ['microservice']],
      ['db', 'cylinder', ['database']],
      ['bus', 'hexagon', ['event-broker']],
    ]);
    expect(chart.subgraphs).toEqual([{ id: 'pres', title: 'Presentation', nodeIds: ['ui'], classes: ['layer'] }]);
    expect(chart.edges.map((e) => [e.id, e.stroke])).toEqual([['e1', 'normal'], ['e2', 'normal'], ['e3', 'dotted']]);
  });

  it('gives every kind a look and a classDef that mermaid parses', async () => {
    const b = design();
    for (const k of KINDS) b.node(`n_${k.id.replace(/-/g, '_')}`, k.id);
    const { text } = exportMermaid(b.build());
    for (const k of KINDS) {
      expect(KIND_LOOKS[k.id], k.id).toBeDefined();
      expect(text).toContain(`classDef ${k.id} fill:`);
    }
    expect(await parseMermaid(text)).toBe('flowchart-v2');
  });

  it('maps unsafe ids to Mermaid ids and keeps the design ids in the archway block', async () => {
    const d = design().node('end', 'client').node('a b', 'microservice').node('o', 'database').edge('end', 'a b', 'request-response', { id: 'x-1' }).build();
    const { text } = exportMermaid(d);
    expect(text).toContain('n_end(["end"]):::client');
    expect(text).toContain('"n_end":{"id":"end"');
    expect(text).toContain('n_end e_x_1@-->');
    const chart = await parsed(text);
    expect(chart.vertices.map((v) => v.id)).toEqual(['n_end', 'n_a_b', 'o']);
  });

  it('keeps hostile labels inside their strings: no injected nodes, edges, subgraphs or styles', async () => {
    const hostile = ['end"]-->X[pwn', 'style: #1;'.repeat(1000), 'A\nB', '%% comment', '%%{init:{"securityLevel":"loose"}}%%', '<script>alert(1)</script>', 'o', 'x', 'end', '|x|', 'classDef x fill:#f00}body{display:none', 'x'.repeat(10_000), '😀'];
    const b = design();
    hostile.forEach((label, i) => b.node(`n${i}`, i % 2 ? 'layer' : 'microservice', { label }));
    hostile.forEach((label, i) => i % 2 === 0 && i + 2 < hostile.length && b.edge(`n${i}`, `n${i + 2}`, 'request-response', { label, attrs: { protocol: label.slice(0, 100) } }));
    const { text } = exportMermaid(b.build());
    // Outside the archway comment (a JSON string mermaid never reads), nothing leaks.
    const visible = text.split('\n').filter((l) => !l.startsWith('%% archway: ')).join('\n');
    expect(visible).not.toContain('<script');
    expect(visible).not.toContain('display:none');
    expect(text).not.toMatch(/%%\{/);
    const chart = await parsed(text);
    expect(chart.vertices).toHaveLength(Math.ceil(hostile.length / 2));
    expect(chart.subgraphs).toHaveLength(Math.floor(hostile.length / 2));
    expect(chart.edges).toHaveLength(Math.ceil(hostile.length / 2) - 1);
    expect(chart.vertices.every((v) => v.classes.length === 1)).toBe(true);
  });

  it('warns when mermaid would refuse to render the design by default', () => {
    const b = design().node('a', 'microservice').node('b', 'microservice');
    for (let i = 0; i <= MERMAID_DEFAULT_MAX_EDGES; i++) b.edge('a', 'b');
    const { warnings } = exportMermaid(b.build());
    expect(warnings).toEqual([expect.stringMatching(/501 edges; mermaid renders at most 500/)]);
    const long = design().node('a', 'microservice', { label: 'x'.repeat(20_000) }).node('b', 'microservice', { label: 'y'.repeat(20_000) }).node('c', 'client', { label: 'z'.repeat(20_000) });
    expect(exportMermaid(long.build()).warnings).toEqual([expect.stringMatching(/60,\d+ characters; mermaid renders at most 50,000 unless its maxTextSize/)]);
  });
});
