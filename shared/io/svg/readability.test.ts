import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { runCli } from '../../node/cli/main';
import { EXIT } from '../../node/cli/types';
import { routeDesign } from '../../node/routing';
import { exportSvg } from './export-svg';
import { fitZoom, measureSvg } from './measure';

const TEMPLATES = join(__dirname, '../../../assets/templates');

/** a → b with c in between on one row, and d overlapping a's left end. */
function blocked() {
  return design()
    .node('a', 'microservice', { at: { x: 0, y: 0 } })
    .node('c', 'database', { at: { x: 300, y: 0 } })
    .node('b', 'microservice', { at: { x: 600, y: 0 } })
    .node('d', 'client', { at: { x: -60, y: 30 } })
    .edge('a', 'b', 'request-response')
    .edge('a', 'c', 'request-response')
    .build();
}

describe('measureSvg', () => {
  it('counts an edge drawn through a component, overlapping components and the fit zoom', async () => {
    const d = blocked();
    const straight = measureSvg(exportSvg(d, { theme: 'light' }));
    expect(straight).toMatchObject({ components: 4, edges: 2, passThroughs: 1, overlaps: 1 });
    const routed = measureSvg(exportSvg(d, { theme: 'light', routes: await routeDesign(d) }));
    expect(routed.passThroughs).toBe(0);
    expect(routed.overlaps).toBe(1);
    expect(fitZoom(1840, 500)).toBe(1);
    expect(fitZoom(3680, 500)).toBe(0.5);
    expect(fitZoom(100, 2000)).toBe(0.5);
  });

  it('counts crossings between routes and edges over a container title', () => {
    const d = design()
      .node('g', 'cluster', { label: 'Feature platform', at: { x: 0, y: 0 } })
      .node('w', 'client', { at: { x: -300, y: -12 } })
      .node('e', 'client', { at: { x: 700, y: -12 } })
      .node('n', 'client', { at: { x: 200, y: -300 } })
      .node('s', 'client', { at: { x: 200, y: 400 } })
      .edge('w', 'e')
      .edge('n', 's')
      .build();
    // Drawn straight: w→e runs over the cluster's title, and crosses n→s once.
    const m = measureSvg(exportSvg(d, { theme: 'dark' }));
    expect(m.crossings).toBe(1);
    expect(m.headerCrossings).toBe(1);
  });

  it('rejects what is not an SVG document', () => {
    expect(() => measureSvg('<html><body/></html>')).toThrow(/not an SVG/);
  });
});

describe('archway export --to svg on every template', () => {
  const templates = readdirSync(TEMPLATES).filter((f) => f.endsWith('.archway.json'));
  it('finds the templates', () => expect(templates.length).toBeGreaterThanOrEqual(10));
  for (const file of templates) {
    it(`${file}: no edge through a component, no overlapping components, no edge over a title`, async () => {
      let out = '';
      let err = '';
      const code = await runCli(['export', join(TEMPLATES, file), '--to', 'svg'], { out: (t) => (out += t), err: (t) => (err += t), cwd: process.cwd() });
      expect(code, err).toBe(EXIT.ok);
      const m = measureSvg(out);
      expect(m.components).toBeGreaterThan(0);
      expect({ passThroughs: m.passThroughs, overlaps: m.overlaps, headerCrossings: m.headerCrossings }).toEqual({ passThroughs: 0, overlaps: 0, headerCrossings: 0 });
    });
  }
});
