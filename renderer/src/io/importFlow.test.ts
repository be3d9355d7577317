import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it, vi } from 'vitest';
import type { Flowchart, FlowchartParser } from '../../../shared/io/mermaid/flowchart';
import { layoutDesign } from '../../../shared/layout/layout';
import { importAndLayout } from './importFlow';

/** What mermaid's parser gives for `flowchart TB; UI[Web UI] --> GW[API Gateway] --> DB[(Model Store)]`. */
const chart: Flowchart = {
  direction: 'TB',
  vertices: [
    { id: 'UI', text: 'Web UI', shape: 'square', classes: [] },
    { id: 'GW', text: 'API Gateway', shape: 'square', classes: [] },
    { id: 'DB', text: 'Model Store', shape: 'cylinder', classes: [] },
  ],
  edges: [
    { start: 'UI', end: 'GW', type: 'arrow_point', stroke: 'normal', text: '' },
    { start: 'GW', end: 'DB', type: 'arrow_point', stroke: 'normal', text: '' },
  ],
  subgraphs: [],
};
const parser = (result: Awaited<ReturnType<FlowchartParser['parse']>> | Error): FlowchartParser => ({
  parse: async () => {
    if (result instanceof Error) throw result;
    return result;
  },
});
const elkLayout = { layout: (d: Parameters<typeof layoutDesign>[0]) => layoutDesign(d, new ELK()) };

describe('import and layout', () => {
  it('parses, lays out with ELK and reports the phases', async () => {
    const phases: string[] = [];
    const out = await importAndLayout('flowchart TB', { parser: parser({ type: 'flowchart', flowchart: chart }), ...elkLayout }, { onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(['parse', 'layout']);
    if (!out.ok) throw new Error(out.error);
    expect(out.laidOut).toBe(true);
    expect(out.design.nodes.map((n) => n.kind)).toEqual(['client', 'api-gateway', 'database']);
    const y = out.design.nodes.map((n) => n.position.y);
    expect(y[0]!).toBeLessThan(y[1]!);
    expect(y[1]!).toBeLessThan(y[2]!);
  });

  it('says why other diagram types and broken text are refused, without laying out', async () => {
    const layout = vi.fn();
    const other = await importAndLayout('sequenceDiagram', { parser: parser({ type: 'other', diagramType: 'sequence' }), layout });
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/flowcharts.*sequence diagram/) });
    const broken = await importAndLayout('flowchart TB\n A-->', { parser: parser(new Error('Parse error on line 2')), layout });
    expect(broken).toMatchObject({ ok: false, error: expect.stringContaining('Parse error on line 2') });
    expect(layout).not.toHaveBeenCalled();
  });
});
