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

type Pt = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number };

/** Every routed edge's points (flow coordinates, from the path's d) and every node's box. */
async function geometry(page: Page): Promise<{ edges: { id: string; source: string; target: string; points: Pt[] }[]; boxes: Record<string, Box & { kind: string }> }> {
  return page.evaluate(() => {
    const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].flatMap((g) => {
      const path = g.querySelector('path.aw-edge.routed');
      if (!path) return [];
      const nums = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
      const points = [];
      for (let i = 0; i + 1 < nums.length; i += 2) points.push({ x: nums[i]!, y: nums[i + 1]! });
      const id = g.getAttribute('data-id') ?? '';
      return [{ id, source: g.getAttribute('data-source') ?? '', target: g.getAttribute('data-target') ?? '', points }];
    });
    const boxes: Record<string, { x: number; y: number; width: number; height: number; kind: string }> = {};
    for (const n of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const m = new DOMMatrix(getComputedStyle(n).transform);
      boxes[n.dataset.id!] = { x: m.e, y: m.f, width: n.offsetWidth, height: n.offsetHeight, kind: n.querySelector<HTMLElement>('[data-kind]')?.dataset.kind ?? '' };
    }
    return { edges, boxes };
  });
}

/** Whether the segment a–b passes through the inside of the box (shrunk by 2 px): sampled finely. */
function segmentEnters(a: Pt, b: Pt, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > box.x + 2 && x < box.x + box.width - 2 && y > box.y + 2 && y < box.y + box.height - 2) return true;
  }
  return false;
}
const routeEnters = (points: Pt[], box: Box): boolean => points.some((p, i) => i > 0 && segmentEnters(points[i - 1]!, p, box));

test('dragging a component across a hub’s edges re-routes them around it', async ({ page }) => {
  await openApp(page);
  const soa = TEMPLATES.find((t) => t.id === 'soa')!;
  const file = JSON.parse(readFileSync(join(process.cwd(), 'assets/templates', soa.file), 'utf8')) as { edges: unknown[] };
  await openTemplate(page, soa.title);
  await routedEdges(page, file.edges.length);
  const before = await geometry(page);
  const containers = new Set(['layer', 'cluster', 'batch-layer', 'speed-layer', 'serving-layer', 'group', 'note']);
  // Every route already keeps out of the components that are not its ends.
  for (const e of before.edges) for (const [id, b] of Object.entries(before.boxes)) if (!containers.has(b.kind) && id !== e.source && id !== e.target) expect(routeEnters(e.points, b), `${e.id} through ${id}`).toBe(false);

  // The hub: the component with the most edges. Its longest straight run is where we drop another component.
  const degree = new Map<string, number>();
  for (const e of before.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
  const hubEdges = before.edges.filter((e) => e.source === hub || e.target === hub);
  let best: { edge: string; at: Pt; len: number } | undefined;
  for (const e of hubEdges)
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1]!;
      const b = e.points[i]!;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      if (!best || len > best.len) best = { edge: e.id, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, len };
    }
  const crossed = before.edges.find((e) => e.id === best!.edge)!;
  // The mover: a component not on that edge and away from the hub.
  const mover = Object.entries(before.boxes).find(([id, b]) => !containers.has(b.kind) && id !== hub && id !== crossed.source && id !== crossed.target)![0];
  const box = before.boxes[mover]!;

  const screen = async (p: Pt): Promise<Pt> =>
    page.evaluate(({ x, y }) => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      return { x: pane.x + m.e + x * m.a, y: pane.y + m.f + y * m.a };
    }, p);
  const from = await screen({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const to = await screen(best!.at);
  const oldPath = await page.locator(`.react-flow__edge[data-id="${crossed.id}"] path.aw-edge`).getAttribute('d');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.up();
  // The crossed edge takes a new route, and no route passes through the moved component.
  await expect(page.locator(`.react-flow__edge[data-id="${crossed.id}"] path.aw-edge`)).not.toHaveAttribute('d', oldPath!);
  await expect
    .poll(async () => {
      const after = await geometry(page);
      const moved = after.boxes[mover]!;
      const overlapsOldRoute = routeEnters(crossed.points, moved);
      const through = after.edges.filter((e) => e.source !== mover && e.target !== mover && routeEnters(e.points, moved)).map((e) => e.id);
      return { overlapsOldRoute, through };
    })
    .toEqual({ overlapsOldRoute: true, through: [] });
  await page.screenshot({ path: 'test-results/canvas-reroute.png' });
  expect(pageErrors(page)).toEqual([]);
});

test('shift-drag selects components, never the page’s text', async ({ page }) => {
  await openApp(page);
  const soa = TEMPLATES.find((t) => t.id === 'soa')!;
  await openTemplate(page, soa.title);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  // From an empty corner of the canvas across the whole drawing and out over the panels.
  await page.mouse.move(canvas.x + 8, canvas.y + 8);
  await page.keyboard.down('Shift');
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width + 150, canvas.y + canvas.height + 60, { steps: 20 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  expect(await page.locator('.react-flow__node.selected').count()).toBeGreaterThan(3);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
});
