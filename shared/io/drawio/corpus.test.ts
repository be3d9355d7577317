/**
 * Real draw.io files (test-data/drawio, sources and licences in SOURCES.md): every one imports,
 * and the share of components given a specific kind (not `component`) is printed per file and
 * overall, so a change to the shape tables shows its effect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isComponentKind } from '../../catalog/kinds';
import { exportDrawio } from './export';
import { importDrawio } from './import';

const DIR = new URL('../../../test-data/drawio/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => !f.endsWith('.md')).sort();
/** A flowchart and a data-flow chart: imported, but their boxes are rightly generic. */
const NOT_ARCHITECTURE = new Set(['diagrams--flowchart.drawio.svg', 'templates--software--data_flow_1.xml']);

describe('draw.io corpus', () => {
  it('imports every file and prints kind coverage', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    let components = 0;
    let specific = 0;
    const rows: string[] = [];
    for (const file of FILES) {
      const r = importDrawio(readFileSync(new URL(file, DIR), 'utf8'));
      if (!r.ok) throw new Error(`${file}: ${r.error}`);
      const comps = r.design.nodes.filter((n) => isComponentKind(n.kind));
      const known = comps.filter((n) => n.kind !== 'component');
      if (!NOT_ARCHITECTURE.has(file)) {
        components += comps.length;
        specific += known.length;
      }
      const kinds = [...new Set(known.map((n) => n.kind))].sort().join(', ');
      rows.push(`${file.padEnd(58)} ${String(comps.length).padStart(3)} components, ${String(known.length).padStart(3)} specific (${comps.length ? Math.round((100 * known.length) / comps.length) : 0} %), ${r.design.edges.length} edges: ${kinds}`);
      // Whatever was imported survives an export and re-import.
      const again = importDrawio(exportDrawio(r.design).text);
      expect(again.ok && again.design.nodes.length).toBe(r.design.nodes.length);
    }
    const share = specific / components;
    console.log(`draw.io kind coverage over ${FILES.length} files:\n${rows.join('\n')}\narchitecture diagrams: ${specific} of ${components} components given a specific kind (${(100 * share).toFixed(0)} %)`);
    // Measured 49 % (icons of things, numbered step markers and logos stay generic); a guard against regressions.
    expect(share).toBeGreaterThan(0.45);
  });

  it('reads the AWS example with its databases, gateway and compute', () => {
    const r = importDrawio(readFileSync(new URL('examples--aws-saas-example.drawio', DIR), 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const kinds = new Set(r.design.nodes.map((n) => n.kind));
    for (const k of ['database', 'api-gateway', 'microservice', 'cluster'] as const) expect(kinds).toContain(k);
    expect(r.design.edges.length).toBeGreaterThan(10);
  });
});
