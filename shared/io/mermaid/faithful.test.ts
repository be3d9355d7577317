/**
 * Faithful Mermaid (issue 17): a foreign flowchart comes back as drawn, Archway's reading
 * rides in the comment line, and a design made in Archway still exports in the dialect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { design } from '../../testing/builder';
import { exportMermaid } from './export';
import { arrowOf } from './exportDrawn';
import { forgetDrawing } from './forget';
import { importMermaid } from './import';

const imported = async (text: string) => {
  const r = await importMermaid(text, nodeFlowchartParser);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('faithful Mermaid', () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('writes every arrow type, stroke and length as mermaid reads it', () => {
    expect(arrowOf({ type: 'arrow_point', stroke: 'normal' })).toBe('-->');
    expect(arrowOf({ type: 'arrow_open', stroke: 'normal', length: 2 })).toBe('----');
    expect(arrowOf({ type: 'arrow_cross', stroke: 'thick' })).toBe('==x');
    expect(arrowOf({ type: 'double_arrow_circle', stroke: 'dotted' })).toBe('o-.-o');
    expect(arrowOf({ type: 'double_arrow_point', stroke: 'normal' })).toBe('<-->');
    expect(arrowOf({ type: 'arrow_open', stroke: 'invisible' })).toBe('~~~');
  });

  it('gives back an imported flowchart as drawn, with no label prefixes', async () => {
    const source = `flowchart LR
  classDef hot fill:#f96,stroke:#333
  ui([Web app]) ==>|HTTP Requests| api{{Orders API}}
  api --x db[(Orders DB)]
  db -->|Read History| ml[Ranker]
  api -.-o q>Jobs]
  api ~~~ ml
  subgraph ops[Operations]
    direction TB
    mon[Grafana]
  end
  api --> ops
  class api hot
  style ml fill:#eee
  click ui href "https://example.com/app" "Open the app"`;
    const r = await imported(source);
    const d = r.design;
    expect(d.settings.direction).toBe('LR');
    // Archway's reading: a pull from the ranker, the link to the subgraph reaches Grafana.
    expect(d.edges.find((e) => e.label === 'Read History')).toMatchObject({ source: 'ml', target: 'db', delivery: 'pull' });
    expect(d.edges.find((e) => e.target === 'mon')?.drawn?.ends).toEqual(['api', 'ops']);
    expect(d.nodes.find((n) => n.id === 'mon')).toMatchObject({ kind: 'monitoring', technology: 'Grafana' });
    const text = exportMermaid(d).text;
    for (const line of [
      'flowchart LR',
      'classDef hot fill:#f96,stroke:#333',
      'ui(["Web app"])',
      'api{{"Orders API"}}',
      'ui ==>|"HTTP Requests"| api',
      'api --x db',
      'db -->|"Read History"| ml',
      'api -.-o q',
      'api ~~~ ml',
      'api --> ops',
      'direction TB',
      'class api hot',
      'style ml fill:#eee',
      'click ui href "https://example.com/app" "Open the app"',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/pull: |HTTP: |:::/);
    // And it reads back to the same design.
    const back = await imported(text);
    expect(back.design).toEqual(d);
  });

  it('keeps what the user changed in Archway, in the comment line', async () => {
    const r = await imported('flowchart TB\n  a[Client] --> b[Server]');
    const d = structuredClone(r.design);
    d.edges[0]!.timing = 'async';
    d.nodes[1]!.technology = 'FastAPI';
    const back = await imported(exportMermaid(d).text);
    expect(back.design.edges[0]!.timing).toBe('async');
    expect(back.design.nodes[1]!.technology).toBe('FastAPI');
    expect(back.design).toEqual(d);
  });

  it('writes an imported design in the dialect once its drawing is forgotten', async () => {
    const r = await imported('flowchart LR\n  a([Web app]) ==> b[(Orders DB)]');
    const text = exportMermaid(forgetDrawing(r.design)).text;
    expect(text).toContain('flowchart LR');
    expect(text).toContain(':::client');
    expect(text).toContain(':::database');
    expect(text).not.toContain('==>');
  });

  it('still writes a design made in Archway in the dialect, technology in the comment line', async () => {
    const d = design().node('db', 'database', { label: 'Orders' }).node('api', 'microservice').edge('api', 'db').build();
    d.nodes[0]!.technology = 'MinIO';
    const text = exportMermaid(d).text;
    expect(text).toContain('db[("Orders")]:::database');
    expect(text).toContain('classDef database');
    expect(text).toMatch(/%% archway: .*"technology":"MinIO"/);
    const back = await imported(text);
    expect(back.design.nodes.find((n) => n.id === 'db')?.technology).toBe('MinIO');
    expect(back.design.settings.drawn).toBeUndefined();
  });

  it('does not let a shape most nodes share decide the kinds, and a label word beats the shape', async () => {
    const names = ['Orders', 'Billing', 'Search', 'Ranking', 'Users', 'Cart'];
    const r = await imported(`flowchart TB\n${names.map((n, i) => `  n${i}[(${n})]`).join('\n')}\n  q[(Kafka)]\n  g[(Grafana)]`);
    const kinds = Object.fromEntries(r.design.nodes.map((n) => [n.label, n.kind]));
    expect(kinds).toMatchObject({ Orders: 'component', Billing: 'component', Kafka: 'event-broker', Grafana: 'monitoring' });
    const one = await imported('flowchart TB\n  a[(Orders)] --> b[Checkout service]');
    expect(one.design.nodes.find((n) => n.id === 'a')?.kind).toBe('database');
  });
});
