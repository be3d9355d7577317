/**
 * The canvas reads at a glance (issue 12): every template opens fitted to a 1920×1080 window
 * with component labels of at least 10 px on screen, edges are routed around components by
 * the routing worker, and dragging a component across a hub's edges re-routes them around it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTemplate, pageErrors, routedEdges } from './helpers';

interface Entry {
  id: string;
  title: string;
  file: string;
}
const TEMPLATES: Entry[] = JSON.parse(readFileSync(join(process.cwd(), 'assets/templates/index.json'), 'utf8'));

test.use({ viewport: { width: 1920, height: 1080 } });

/** Smallest on-screen size of a component label: its computed font size × the canvas zoom. */
async function smallestLabelPx(page: Page): Promise<{ px: number; labels: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const labels = [...document.querySelectorAll<HTMLElement>('.aw-node-label')];
    const px = Math.min(...labels.map((l) => parseFloat(getComputedStyle(l).fontSize) * zoom));
    return { px, labels: labels.length };
  });
}

for (const t of TEMPLATES) {
  test(`template ${t.id} opens fitted with readable labels and routed edges`, async ({ page }) => {
    await openApp(page);
    const file = JSON.parse(readFileSync(join(process.cwd(), 'assets/templates', t.file), 'utf8')) as { nodes: { kind: string }[]; edges: unknown[] };
    await openTemplate(page, t.title);
    await expect(page.getByTestId('status-counts')).toHaveText(`${file.nodes.length} nodes · ${file.edges.length} edges`);
    await routedEdges(page, file.edges.length);
    // Fitted: every node's box lies inside the canvas.
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    for (const box of await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(box.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
    const { px, labels } = await smallestLabelPx(page);
    expect(labels).toBe(file.nodes.filter((n) => !['layer', 'cluster', 'batch-layer', 'speed-layer', 'serving-layer', 'group', 'note'].includes(n.kind)).length);
    expect(px).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: `test-results/canvas-${t.id}-light.png` });
    // The theme follows the system unless the user chose one.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: `test-results/canvas-${t.id}-dark.png` });
    expect(pageErrors(page)).toEqual([]);
  });
}
