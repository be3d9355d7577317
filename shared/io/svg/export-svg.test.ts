import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { exporter } from '../exporters';
import '../registry';
import { exportSvg } from './export-svg';
import { wrapText } from './escape';
import { pathPoints } from './measure';

const { DOMParser } = new JSDOM('').window;

/** Parses strictly as XML; a parse error is a test failure. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const HOSTILE = [
  '<svg onload=alert(1)>',
  '"><script>window.__p=1</script>',
  'javascript:alert(1)',
  "' onmouseover='x",
  ']]><x/>&amp;&#x3c;',
  'ctrl\u0000\u0001\u001b chars \uD800 lone',
  'multi\nline\nlabel with a rather long tail that must wrap',
];

function hostileDesign() {
  const b = design().title('<title>&</title>').node('c', 'cluster', { label: HOSTILE[0] });
  HOSTILE.forEach((label, i) => b.node(`n${i}`, i % 2 ? 'microservice' : 'database', { label, parent: i < 3 ? 'c' : undefined, at: { x: 40 + i * 220, y: 60 } }));
  b.node('note', 'note', { label: HOSTILE[1] });
  b.edge('n1', 'n0', 'request-response', { label: HOSTILE[1], attrs: { protocol: HOSTILE[2] } }).edge('n3', 'n2', 'batch-load', { label: HOSTILE[0] });
  return b.build();
}

function assertInert(doc: Document): void {
  const all = [...doc.getElementsByTagName('*')];
  expect(all.filter((el) => ['script', 'foreignObject', 'a', 'iframe', 'image', 'use'].includes(el.localName))).toEqual([]);
  for (const el of all) {
    for (const attr of [...el.attributes]) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.localName} ${attr.name}`).toBe(false);
      expect(attr.value.toLowerCase()).not.toContain('javascript:');
      expect(attr.name).not.toMatch(/href$/i);
    }
  }
}

describe('exportSvg', () => {
  it('draws a well-formed, inert SVG whatever the labels, in both themes', () => {
    const d = hostileDesign();
    for (const theme of ['light', 'dark'] as const) {
      for (const transparent of [false, true]) {
        const svg = exportSvg(d, { theme, transparent });
        const doc = parse(svg);
        expect(doc.documentElement.localName).toBe('svg');
        assertInert(doc);
        // Hostile text stays text: no tag anywhere carries an event attribute.
        expect(svg).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+\s*=/i);
      }
    }
  });

  it('shows every node label as text', () => {
    const d = hostileDesign();
    const doc = parse(exportSvg(d, { theme: 'light' }));
    const titles = [...doc.getElementsByTagName('title')].map((t) => t.textContent);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    for (const n of d.nodes) {
      // XML cannot hold control characters: they become U+FFFD.
      const expected = n.label.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\uD800-\uDFFF]/g, '\uFFFD');
      expect(titles).toContain(expected);
    }
    // Short labels are drawn in full on the box itself.
    const plain = design().node('a', 'model-server', { label: 'Fraud scorer' }).node('b', 'feature-store', { label: 'Online features' }).edge('a', 'b', 'poll').build();
    const plainTexts = [...parse(exportSvg(plain, { theme: 'dark' })).getElementsByTagName('text')].map((t) => t.textContent);
    expect(plainTexts).toEqual(expect.arrayContaining(['Fraud scorer', 'Online features', 'Model server', 'Feature store']));
    expect(texts.length).toBeGreaterThan(d.nodes.length);
  });

  it('draws each edge attribute distinctly, with a legend', () => {
    const d = design()
      .node('a', 'microservice', { at: { x: 0, y: 0 } }).node('b', 'microservice', { at: { x: 0, y: 200 } })
      .node('c', 'feature-store', { at: { x: 300, y: 200 } }).node('d', 'batch-processor', { at: { x: 300, y: 0 } })
      .edge('a', 'b', 'request-response').edge('b', 'c', 'async-message').edge('a', 'c', 'poll').edge('d', 'c', 'batch-load')
      .build();
    const doc = parse(exportSvg(d, { theme: 'light', legend: false }));
    const paths = [...doc.getElementsByTagName('path')].filter((p) => p.hasAttribute('data-es'));
    expect(paths).toHaveLength(4);
    const [sync, async, poll, batch] = paths;
    expect(sync!.getAttribute('stroke-dasharray')).toBeNull();
    expect(async!.getAttribute('stroke-dasharray')).not.toBeNull();
    const ends = (p: Element) => {
      const pts = pathPoints(p.getAttribute('d')!);
      return { first: pts[0]!, last: pts[pts.length - 1]! };
    };
    // Without routes an edge is drawn straight: sync push a→b ends at b's top border (b is below a).
    expect(ends(sync!).last.y).toBe(200);
    // Pull a→c: data flows from c to a, so the arrow ends at a.
    expect(ends(poll!).last.y).toBeLessThan(ends(poll!).first.y);
    expect(batch!.getAttribute('marker-end')).toBe('url(#aw-arrow-batch)');
    expect(sync!.getAttribute('marker-end')).toBe('url(#aw-arrow)');
    // The measuring attributes name the ends by their place in the design.
    expect([sync!.getAttribute('data-es'), sync!.getAttribute('data-et')]).toEqual(['0', '1']);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('pull');
    expect(texts).toContain('pull · batch');
    expect(texts.filter((t) => t === 'batch')).toHaveLength(0);
    const withLegend = [...parse(exportSvg(d, { theme: 'light' })).getElementsByTagName('text')].map((t) => t.textContent);
    expect(withLegend).toContain('Edges');
    expect(withLegend).toContain('batch');
  });

  it('places children at their absolute positions and can draw a selection', () => {
    const d = design().node('c', 'cluster', { at: { x: 100, y: 50 } }).node('a', 'microservice', { parent: 'c', at: { x: 20, y: 44 } }).node('z', 'client', { at: { x: 900, y: 900 } }).build();
    const backgrounds = (doc: Document) => [...doc.getElementsByTagName('rect')].filter((r) => r.getAttribute('width') === doc.documentElement.getAttribute('width'));
    const doc = parse(exportSvg(d, { theme: 'light', transparent: true }));
    const rects = [...doc.getElementsByTagName('rect')].map((r) => `${r.getAttribute('x')},${r.getAttribute('y')},${r.getAttribute('width')}`);
    expect(rects).toContain('120,94,180');
    expect(backgrounds(doc)).toHaveLength(0);
    expect(backgrounds(parse(exportSvg(d, { theme: 'light' })))).toHaveLength(1);
    const sel = parse(exportSvg(d, { theme: 'light', nodeIds: ['z'] }));
    expect([...sel.getElementsByTagName('title')].map((t) => t.textContent)).not.toContain('a');
  });

  it('is registered as the svg exporter, theme from options', async () => {
    const d = design().node('a', 'client').build();
    const out = await exporter('svg')!.run(d, { theme: 'dark' });
    expect(out.kind).toBe('text');
    if (out.kind !== 'text') return;
    expect(out.mediaType).toBe('image/svg+xml');
    expect(out.text).toContain('#0f172a');
    expect(out.warnings).toEqual([]);
    expect((await exporter('svg')!.run(d, { theme: 'neon' })).warnings).toHaveLength(1);
  });
});

describe('wrapText', () => {
  it('wraps on words, cuts long words, and ends a cut label with an ellipsis', () => {
    expect(wrapText('feature store service', 10, 3)).toEqual(['feature', 'store', 'service']);
    expect(wrapText('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('one two three four', 5, 2)).toEqual(['one', 'two…']);
  });
});
