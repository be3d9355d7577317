import { beforeAll, describe, expect, it } from 'vitest';
import type { Design, DesignEdge } from '../../model/schema';
import { loadMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { design } from '../../testing/builder';
import { exportMermaid } from './export';
import { isSafeCss, isSafeHref, isSafeMarkup } from './drawnSafety';
import { importMermaid } from './import';

async function imported(text: string) {
  const r = await importMermaid(text, nodeFlowchartParser);
  if (!r.ok) throw new Error(r.error);
  return r;
}
const kinds = (d: Design) => Object.fromEntries(d.nodes.map((n) => [n.id, n.kind]));
const attrs = (e: DesignEdge) => `${e.source}->${e.target} ${e.timing} ${e.delivery} ${e.processing}${e.protocol ? ` ${e.protocol}` : ''}`;

describe('importMermaid of any flowchart (data flow)', () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('infers kinds from subgraph titles, label words and shapes; the rest are components and groups', async () => {
    const { design: d, warnings, needsLayout } = await imported(`flowchart LR
      subgraph ms["ML Microservices"]
        a[Scoring]
      end
      subgraph misc["Things"]
        gw[API Gateway]
        q[Orders queue]
        db[(Ledger)]
        fs[Feature Store]
        what[Mystery box]
      end
      a --> db`);
    expect(kinds(d)).toEqual({ ms: 'group', misc: 'group', a: 'microservice', gw: 'api-gateway', q: 'message-queue', db: 'database', fs: 'feature-store', what: 'component' });
    expect(warnings.join(' ')).toMatch(/1 node matched no known kind/);
    expect(needsLayout).toBe(true);
  });

  it('turns a label that names a layer into a layer holding a component, ranked in text order', async () => {
    const { design: d } = await imported(`graph TD
      A[Presentation Layer<br/>Web UI] --> B[Application Layer<br/>Business Logic]`);
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    expect(byId.get('A_layer')).toMatchObject({ kind: 'layer', label: 'Presentation Layer', properties: { rank: 1 } });
    expect(byId.get('B_layer')).toMatchObject({ kind: 'layer', label: 'Application Layer', properties: { rank: 2 } });
    expect(byId.get('A')).toMatchObject({ kind: 'client', label: 'Web UI', parent: 'A_layer' });
    expect(byId.get('B')).toMatchObject({ kind: 'component', parent: 'B_layer' });
    expect(d.edges.map(attrs)).toEqual(['A->B sync push stream']);
  });

  it('reads arrows as data flow: brokers async, stores pulled, words for pull and batch, <--> from the non-bus end', async () => {
    const { design: d } = await imported(`flowchart TB
      subgraph esb["Service Bus"]
        bus[Routing]
      end
      src[IoT Sensors] --> k[Kafka] --> proc[Processor]
      db[(Orders)] --> rep[Reporting]
      rep -->|Poll every minute over gRPC| db
      s1[Billing] <--> bus
      bus <--> s2[Shipping]
      x[Alpha] -.-> y[Beta]
      x ~~~ y`);
    expect(kinds(d)).toMatchObject({ bus: 'service-bus', src: 'event-source', k: 'event-broker', db: 'database' });
    expect(d.edges.map(attrs)).toEqual([
      'src->k async push stream',
      'k->proc async push stream',
      'rep->db sync pull stream',
      'rep->db sync pull batch gRPC',
      's1->bus sync push stream',
      's2->bus sync push stream',
      'x->y async push stream',
    ]);
    expect(d.edges[3]!.label).toBe('Poll every minute over gRPC');
  });

  it('sends a link to a subgraph to the first component inside it', async () => {
    const r = await imported(`flowchart TB
      subgraph svc["Backend"]
        api[Orders API]
      end
      c[Mobile app] --> svc`);
    expect(r.design.edges.map(attrs)).toEqual(['c->api sync push stream']);
    // The drawing keeps the link to the subgraph, and the export draws it so.
    expect(r.design.edges[0]!.drawn?.ends).toEqual(['c', 'svc']);
    expect(exportMermaid(r.design).text).toMatch(/\n {2}c --> svc\n/);
  });

  it('refuses other diagram types, syntax errors and empty input with a clear message', async () => {
    const seq = await importMermaid('sequenceDiagram\n  A->>B: hi', nodeFlowchartParser);
    expect(seq).toEqual({ ok: false, error: expect.stringMatching(/imports Mermaid flowcharts.*this is a sequence diagram/) });
    const cls = await importMermaid('classDiagram\n  class A', nodeFlowchartParser);
    expect(cls.ok ? '' : cls.error).toMatch(/this is a class(Diagram)? diagram/);
    const bad = await importMermaid('flowchart TB\n  A --> end', nodeFlowchartParser);
    const error = bad.ok ? '' : bad.error;
    expect(error).toMatch(/^The Mermaid text does not parse:\n.*line 2/);
    // The parser's excerpt and its ^ pointer stay on their own lines, so the pointer lines up.
    const lines = error.split('\n');
    const pointer = lines.findIndex((l) => /^-*\^$/.test(l));
    expect(pointer).toBeGreaterThan(1);
    expect(lines[pointer - 1]).toContain('A --> end');
    expect(await importMermaid('  \n', nodeFlowchartParser)).toEqual({ ok: false, error: 'The Mermaid text is empty.' });
    expect((await importMermaid('\u0000\u0000', nodeFlowchartParser)).ok).toBe(false);
  });

  it('ignores directives and front matter, keeps links inert and mermaid strict (SAFETY.md hostile input 1)', async () => {
    const r = await imported(`---
title: "Hostile"
config:
  securityLevel: loose
---
%%{init:{"securityLevel":"loose"}}%%
flowchart TB
  A["<img src=x onerror=window.__p=1>"]-->B
  click B "javascript:window.__p=2"`);
    const mermaid = await loadMermaid();
    expect(mermaid.mermaidAPI.getConfig().securityLevel).toBe('strict');
    expect((globalThis as { __p?: unknown }).__p).toBeUndefined();
    expect((globalThis.window as unknown as { __p?: unknown }).__p).toBeUndefined();
    expect(r.design.metadata.title).toBe('Hostile');
    // Neither the markup nor the script link is kept in the drawing (drawnSafety.ts).
    expect(JSON.stringify(r.design)).not.toMatch(/onerror|javascript:|<img/);
    expect(exportMermaid(r.design).text).not.toMatch(/onerror|javascript:|<img|click/);
    expect(r.design.nodes.map((n) => n.id)).toEqual(['A', 'B']);
    // The label was only markup, which mermaid's sanitizer drops: the node keeps its id as label.
    expect(r.design.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(r.warnings.join(' ')).toMatch(/configuration .* was ignored/);
  });

  it('keeps a plain classDef as drawing data only: a CSS-breaking one is refused', async () => {
    const hostile = await importMermaid('flowchart TB\n  classDef x fill:#f00}body{display:none\n  A:::x --> B', nodeFlowchartParser);
    expect(hostile.ok ? '' : hostile.error).toMatch(/does not parse/);
    const r = await imported('flowchart TB\n  classDef x fill:#f00,stroke-width:9px\n  A:::x --> B');
    expect(kinds(r.design)).toEqual({ A: 'component', B: 'component' });
    expect(r.design.settings.drawn?.classDefs).toEqual([{ id: 'x', styles: ['fill:#f00', 'stroke-width:9px'] }]);
    const text = exportMermaid(r.design).text;
    expect(text).toMatch(/classDef x fill:#f00,stroke-width:9px\n/);
  });

  it('keeps only plain markup, safe CSS and web or relative links in the drawing', () => {
    expect(isSafeMarkup('<b>Bold</b><br/>next')).toBe(true);
    expect(isSafeMarkup('<img src=x onerror=alert(1)>')).toBe(false);
    expect(isSafeMarkup('<b onclick="x">b</b>')).toBe(false);
    expect(isSafeCss('stroke-dasharray: 5 5')).toBe(true);
    expect(isSafeCss('background:url(http://evil/x)')).toBe(false);
    expect(isSafeCss('fill:red}body{display:none')).toBe(false);
    expect(isSafeHref('https://example.com/a?b=c#d')).toBe(true);
    expect(isSafeHref('index.html#link-clicked')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('about:blank')).toBe(false);
  });
});

describe('importMermaid of the dialect', () => {
  const sample = () =>
    design()
      .layer('pres', 1, { label: 'Presentation' })
      .node('ui', 'client', { parent: 'pres', label: 'Web UI', at: { x: 10, y: 20 } })
      .node('api', 'microservice', { props: { replicas: 3 } })
      .node('db', 'database')
      .edge('ui', 'api', 'request-response', { id: 'e1', props: { timeoutMs: 250 } })
      .edge('api', 'db', 'poll', { id: 'e2' })
      .build();

  it('reads the dialect literally: a store does not turn its edges around', async () => {
    const d = sample();
    const r = await imported(exportMermaid(d).text);
    expect(r.design.edges.map(attrs)).toEqual(['ui->api sync push stream REST', 'api->db sync pull stream']);
    expect(r.design.edges[0]!.properties).toEqual({ timeoutMs: 250 });
    expect(r.design.nodes.find((n) => n.id === 'ui')!.position).toEqual({ x: 10, y: 20 });
    expect(r.needsLayout).toBe(false);
  });

  it('lets the visible text win over the archway block', async () => {
    const text = exportMermaid(sample())
      .text.replace('api["api"]:::microservice', 'api[("Orders API")]:::model-server')
      .replace('ui e1@-->|"REST"| api', 'ui e1@-.->|"pull gRPC: lookups"| api');
    const r = await imported(text);
    const api = r.design.nodes.find((n) => n.id === 'api')!;
    expect(api).toMatchObject({ kind: 'model-server', label: 'Orders API', properties: { replicas: 3 } });
    expect(attrs(r.design.edges[0]!)).toBe('ui->api async pull stream gRPC');
    expect(r.design.edges[0]!.label).toBe('lookups');
  });

  it('survives a broken archway block: the visible design imports and is laid out', async () => {
    const text = exportMermaid(sample()).text.replace(/^%% archway: .*$/m, '%% archway: {"nodes":{"api":{"properties":{"replicas":-4}},"ui":{"position":{"x":"left"}}}, "edges": 7}');
    const r = await imported(text);
    expect(r.warnings.join(' ')).toMatch(/"api" is invalid.*"ui" is invalid.*edges are not an object/);
    expect(r.design.nodes.find((n) => n.id === 'api')!.properties).toEqual({});
    expect(r.needsLayout).toBe(true);
    const bad = await imported(exportMermaid(sample()).text.replace(/^%% archway: .*$/m, '%% archway: {nope'));
    expect(bad.warnings.join(' ')).toMatch(/not valid JSON/);
    expect(kinds(bad.design)).toEqual(kinds(sample()));
  });

  it('ranks hand-added layers in text order and places unplaced nodes inside their containers', async () => {
    const r = await imported(`flowchart TB
      subgraph top["Top"]
        a["A"]:::client
        b["B"]:::microservice
      end
      subgraph low["Low"]
        c["C"]:::database
      end
      class top,low layer
      a --> b --> c`);
    const byId = new Map(r.design.nodes.map((n) => [n.id, n]));
    expect(byId.get('top')!.properties.rank).toBe(1);
    expect(byId.get('low')!.properties.rank).toBe(2);
    expect(r.needsLayout).toBe(true);
    const top = byId.get('top')!;
    for (const id of ['a', 'b']) {
      const p = byId.get(id)!.position;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + 180).toBeLessThanOrEqual(top.size!.width);
      expect(p.y + 72).toBeLessThanOrEqual(top.size!.height);
    }
    expect(byId.get('a')!.position).not.toEqual(byId.get('b')!.position);
  });
});
