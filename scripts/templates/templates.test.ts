import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geometryProblems } from '../../shared/layout/check';
import { boundingBox, fitZoom } from '../../shared/layout/fit';
import { parseDesign } from '../../shared/model/document';
import { TEMPLATES } from './catalog';

const DIR = join(__dirname, '../../assets/templates');
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { id: string; title: string; figure: string; description: string; file: string }[];

describe('templates (assets/templates, built by scripts/templates/build.ts)', () => {
  it('lists every template of the catalog once, with a file that exists', () => {
    expect(index.map((e) => e.id)).toEqual(TEMPLATES.map((t) => t.id));
    const files = readdirSync(DIR).filter((f) => f.endsWith('.archway.json')).sort();
    expect(index.map((e) => e.file).sort()).toEqual(files);
  });

  for (const entry of index) {
    it(`${entry.file} parses as a design from ${entry.figure}`, () => {
      const parsed = parseDesign(readFileSync(join(DIR, entry.file), 'utf8'));
      expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.design.metadata.title).toBe(entry.title);
      expect(parsed.design.metadata.description).toContain(entry.figure);
      expect(parsed.design.nodes.length).toBeGreaterThan(3);
      // Laid out: no two siblings share a position, none overlap, children sit inside their containers.
      const seen = new Set(parsed.design.nodes.map((n) => `${n.parent ?? ''}@${n.position.x},${n.position.y}`));
      expect(seen.size).toBe(parsed.design.nodes.length);
      expect(geometryProblems(parsed.design)).toEqual([]);
      // Opens fitted on a 1920×1080 window (40 px margins) at a zoom where 13 px labels stay readable.
      expect(fitZoom(boundingBox(parsed.design)!)).toBeGreaterThanOrEqual(0.75);
    });
  }
});
