/**
 * Faithful Mermaid over real flowcharts written by others (test-data/mermaid/flowcharts:
 * mermaid's own documentation and cypress examples, see SOURCES.md): each file mermaid accepts
 * is imported and exported back, and mermaid's parser must see the same diagram — direction,
 * vertices with their shapes, labels, classes, styles and links, edges with their ends, arrow
 * types, strokes, lengths, labels and styles, subgraphs with their titles, members and
 * directions, classDefs. Prints the share that is equal and every failure's reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { exportMermaid } from './export';
import type { Flowchart } from './flowchart';
import { importMermaid } from './import';
import { stripConfiguration } from './preprocess';

const DIR = join(__dirname, '../../../test-data/mermaid/flowcharts');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.mmd')).sort();

const sorted = <T,>(list: T[] | undefined): T[] => [...(list ?? [])].sort();
const byKey = <T,>(entries: [string, T][]): Record<string, T> => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Mermaid's database of a flowchart as comparable data (orders that do not draw anything are sorted away). */
function canonical(c: Flowchart): Record<string, unknown> {
  return {
    direction: c.direction,
    vertices: byKey(
      c.vertices.map((v): [string, unknown] => [v.id, { shape: v.shape, text: v.text, markdown: !!v.markdown, classes: sorted(v.classes), styles: v.styles ?? [], link: v.link, linkTarget: v.linkTarget, tooltip: v.tooltip }]),
    ),
    edges: c.edges
      .map((e) => JSON.stringify([e.start, e.end, e.type, e.stroke, e.length ?? 1, e.text, !!e.markdown, e.style ?? [], e.interpolate ?? '', e.id ?? '']))
      .sort(),
    subgraphs: byKey(c.subgraphs.map((s): [string, unknown] => [s.id, { title: s.title, nodes: sorted(s.nodeIds), classes: sorted(s.classes), dir: s.dir, markdown: !!s.markdown }])),
    classDefs: (c.classDefs ?? []).map((d) => `${d.id}:${d.styles.join(',')}`).sort(),
    linkDefault: [c.linkDefaultStyle ?? [], c.linkDefaultInterpolate ?? ''],
  };
}

/** The first place two canonical diagrams differ, for the failure list. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const extra = a.filter((x) => !b.some((y) => JSON.stringify(x) === JSON.stringify(y)));
    const missing = b.filter((x) => !a.some((y) => JSON.stringify(x) === JSON.stringify(y)));
    return `${path}: original has ${JSON.stringify(extra).slice(0, 160)}, export has ${JSON.stringify(missing).slice(0, 160)}`;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} became ${JSON.stringify(b)?.slice(0, 120)}`;
}

async function parse(text: string): Promise<Flowchart | undefined> {
  try {
    const r = await nodeFlowchartParser.parse(text);
    return r.type === 'flowchart' ? r.flowchart : undefined;
  } catch {
    return undefined;
  }
}

describe('faithful Mermaid over a corpus of real flowcharts', () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('holds at least 60 flowcharts', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(60);
  });

  it('exports each imported flowchart back to the same diagram in mermaid’s own parser (at least 95 %)', async () => {
    let accepted = 0;
    const failures: string[] = [];
    for (const file of FILES) {
      const text = stripConfiguration(readFileSync(join(DIR, file), 'utf8')).text;
      const original = await parse(text);
      if (!original) continue; // mermaid itself refuses it
      accepted++;
      const imported = await importMermaid(text, nodeFlowchartParser);
      if (!imported.ok) {
        failures.push(`${file}: import refused: ${imported.error.split('\n')[0]}`);
        continue;
      }
      const exported = exportMermaid(imported.design).text;
      const back = await parse(exported);
      if (!back) {
        failures.push(`${file}: mermaid refuses the export`);
        continue;
      }
      const diff = firstDifference(canonical(original), canonical(back));
      if (diff) failures.push(`${file}: ${diff}`);
    }
    const equal = accepted - failures.length;
    console.log(`Faithful Mermaid: ${equal} of ${accepted} flowcharts mermaid accepts (of ${FILES.length}) export to the same diagram: ${((100 * equal) / accepted).toFixed(1)} %`);
    for (const f of failures) console.log(`  differs: ${f}`);
    expect(equal / accepted).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
