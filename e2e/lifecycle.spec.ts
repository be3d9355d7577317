/**
 * The document lifecycle (issues 12 and 13): replacing the document asks first over unsaved
 * work, Tidy Layout is one undoable step that never cancels itself, and whatever opens a
 * design ends with it fitted to the window.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { counts, dropKind, openApp, pageErrors } from './helpers';

async function menu(page: Page, name: string, item: string | RegExp): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function flowPositions(page: Page): Promise<Record<string, string>> {
  return page.locator('.react-flow__node').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-id'), (el as HTMLElement).style.transform])));
}

/** Nodes whose box is not wholly inside the canvas on screen (1 px tolerance). */
async function outsideView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < pane.left - 1 || r.top < pane.top - 1 || r.right > pane.right + 1 || r.bottom > pane.bottom + 1;
      })
      .map((el) => el.getAttribute('data-id') ?? '?');
  });
}

async function openTemplate(page: Page, title: RegExp): Promise<void> {
  await menu(page, 'File', 'New from Template…');
  const gallery = page.getByRole('dialog', { name: 'New from template' });
  await gallery.getByRole('button', { name: title }).first().click();
  await expect(gallery).toHaveCount(0);
}

test('Open and New over unsaved work ask first; Cancel keeps the work', async ({ page }, info) => {
  await openApp(page);
  await dropKind(page, 'client', 300, 200);
  await dropKind(page, 'microservice', 600, 200);
  await expect(page.getByTestId('status-counts')).toHaveText('2 nodes · 0 edges');
  await expect(page).toHaveTitle(/^• /);

  // Open: the question comes before the file picker; Cancel keeps everything.
  const asked: string[] = [];
  page.once('dialog', (d) => (asked.push(d.message()), void d.dismiss()));
  let picker = false;
  page.once('filechooser', () => (picker = true));
  await page.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('unsaved changes');
  expect(picker).toBe(false);
  expect(await counts(page)).toBe('2 nodes · 0 edges');
  await page.keyboard.press('Control+z'); // the work's history survives too
  await expect(page.getByTestId('status-counts')).toHaveText('1 nodes · 0 edges');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('status-counts')).toHaveText('2 nodes · 0 edges');

  // New: asked, Cancel keeps the work.
  page.once('dialog', (d) => (asked.push(d.message()), void d.dismiss()));
  await menu(page, 'File', /^New Ctrl\+N$/);
  await expect.poll(() => asked.length).toBe(2);
  expect(await counts(page)).toBe('2 nodes · 0 edges');

  // Open, accepted: the picker opens and the chosen design replaces the work.
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, 'other.archway.json');
  writeFileSync(file, JSON.stringify({ formatVersion: 1, metadata: { title: 'other' }, nodes: [{ id: 'x', kind: 'database', label: 'Other DB', position: { x: 0, y: 0 } }], edges: [] }));
  page.once('dialog', (d) => void d.accept());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('status-counts')).toHaveText('1 nodes · 0 edges');
  await expect(page).toHaveTitle(/^other\.archway\.json/);
  expect(pageErrors(page)).toEqual([]);
});

test('a draft of unsaved work survives opening another design without it being discarded', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'client', 300, 200);
  await page.waitForTimeout(1600); // autosave
  // A clean replacement (New over a saved design) rotates the draft but never overwrites it.
  const drafts = () => page.evaluate(() => new Promise<string[]>((resolve) => {
    const req = indexedDB.open('archway');
    req.onsuccess = () => {
      const all = req.result.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => resolve((all.result as { text: string }[]).map((d) => d.text));
    };
  }));
  expect((await drafts()).length).toBe(1);
  page.once('dialog', (d) => void d.dismiss());
  await menu(page, 'File', /^New Ctrl\+N$/);
  await page.waitForTimeout(300);
  expect((await drafts()).length).toBe(1); // canceled: the draft stays
  page.once('dialog', (d) => void d.accept());
  await menu(page, 'File', /^New Ctrl\+N$/);
  await expect(page.getByTestId('status-counts')).toHaveText('0 nodes · 0 edges');
  await dropKind(page, 'database', 300, 200);
  await page.waitForTimeout(1600);
  // The discarded work's draft went with it; the new work has a draft of its own.
  const after = await drafts();
  expect(after.length).toBe(1);
  expect(after[0]).toContain('"database"');
});

test('Tidy Layout on a fresh template never cancels itself, is one undo step, keeps the selection', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /Event-driven/);
  await expect(page).not.toHaveTitle(/^• /);
  await expect.poll(() => outsideView(page)).toEqual([]);
  const opened = await flowPositions(page);

  // On the fresh template: no "canceled"; unsaved only if the layout moved something.
  await menu(page, 'View', 'Tidy Layout');
  const tidyNotice = page.getByRole('status').filter({ hasText: 'already tidy' });
  await expect
    .poll(async () => (await tidyNotice.count()) > 0 || JSON.stringify(await flowPositions(page)) !== JSON.stringify(opened), { timeout: 20_000 })
    .toBe(true);
  await expect(page.getByText(/canceled/i)).toHaveCount(0);
  const first = await flowPositions(page);
  if (JSON.stringify(first) === JSON.stringify(opened)) {
    await expect(page).not.toHaveTitle(/^• /);
    await expect(tidyNotice).toBeVisible();
  } else {
    await expect(page).toHaveTitle(/^• /);
    await page.keyboard.press('Control+z');
    await expect.poll(() => flowPositions(page)).toEqual(opened);
  }

  // Move a component out of place, select it, and tidy: it moves back, selected, in one step.
  const leaf = page.locator('.react-flow__node').last();
  const id = await leaf.getAttribute('data-id');
  const box = (await leaf.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 220, box.y + box.height / 2 + 120, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', id!);
  const moved = await flowPositions(page);
  expect(moved).not.toEqual(opened);
  await menu(page, 'View', 'Tidy Layout');
  await expect.poll(() => flowPositions(page), { timeout: 20_000 }).not.toEqual(moved);
  await expect(page.getByText(/canceled/i)).toHaveCount(0);
  await expect(page).toHaveTitle(/^• /);
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', id!);
  await expect.poll(() => outsideView(page)).toEqual([]);

  await page.keyboard.press('Control+z');
  await expect.poll(() => flowPositions(page)).toEqual(moved);
  await page.keyboard.press('Control+z'); // and the drag before it, back to the template as opened
  await expect.poll(() => flowPositions(page)).toEqual(opened);
  await expect(page).not.toHaveTitle(/^• /);
  expect(pageErrors(page)).toEqual([]);
});

test('opening a file, a template, an import, and presentation mode all end fitted to the window', async ({ page }, info) => {
  await openApp(page);
  // A design spread far beyond the window.
  const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, kind: 'microservice', label: `Service ${i}`, position: { x: (i % 6) * 900, y: Math.floor(i / 6) * 700 } }));
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, 'wide.archway.json');
  writeFileSync(file, JSON.stringify({ formatVersion: 1, metadata: { title: 'wide' }, nodes, edges: [] }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('status-counts')).toHaveText('30 nodes · 0 edges');
  await expect.poll(() => outsideView(page)).toEqual([]);

  // Pan away, then enter presentation mode: it fits again.
  await page.evaluate(() => window.scrollTo(0, 0));
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width / 2 + 500, pane.y + pane.height / 2 + 300, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await outsideView(page)).length).toBeGreaterThan(0);
  await menu(page, 'View', 'Presentation Mode');
  await expect.poll(() => outsideView(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await openTemplate(page, /Microservices/);
  await expect.poll(() => outsideView(page)).toEqual([]);

  await menu(page, 'File', 'Import Mermaid…');
  const dialog = page.getByRole('dialog', { name: 'Import Mermaid' });
  await dialog.getByLabel('Mermaid text').fill('flowchart LR\n' + Array.from({ length: 12 }, (_, i) => `  A${i}[Step ${i}] --> A${i + 1}[Step ${i + 1}]`).join('\n'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('status-counts')).toHaveText('13 nodes · 12 edges', { timeout: 20_000 });
  await expect.poll(() => outsideView(page)).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
});

test('palette click places each new component in free space near the centre; a drop lands where dropped', async ({ page }) => {
  await openApp(page);
  const item = page.locator('.aw-palette-item[data-kind="microservice"]');
  for (let i = 0; i < 4; i++) await item.click();
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-counts')).toHaveText('5 nodes · 0 edges');
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  const overlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `nodes ${i} and ${j} overlap`).toBe(false);
  // Near the centre of the view: every one within the canvas.
  await expect.poll(() => outsideView(page)).toEqual([]);

  // A drop lands centred where it was dropped, even on top of nothing in particular.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await dropKind(page, 'database', 120, 120);
  const db = (await page.locator('.react-flow__node-database').boundingBox())!;
  expect(Math.abs(db.x + db.width / 2 - (canvas.x + 120))).toBeLessThan(12);
  expect(Math.abs(db.y + db.height / 2 - (canvas.y + 120))).toBeLessThan(12);
});

test('an empty canvas says how to start; the browser build reopens the last design after a reload', async ({ page }) => {
  await openApp(page);
  const start = page.getByRole('region', { name: 'Start a design' });
  await expect(start).toBeVisible();
  await expect(start).toContainText('Drag a component from the palette');
  await start.getByRole('button', { name: 'Start from a template…' }).click();
  const gallery = page.getByRole('dialog', { name: 'New from template' });
  await gallery.getByRole('button', { name: /Microservices/ }).first().click();
  await expect(gallery).toHaveCount(0);
  await expect(start).toHaveCount(0);
  const opened = await counts(page);
  expect(opened).not.toBe('0 nodes · 0 edges');
  await page.waitForTimeout(900); // remembered about half a second after it opened
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
  await expect(page.getByTestId('status-counts')).toHaveText(opened);
  await expect(page).not.toHaveTitle(/^• /);
  await expect.poll(() => outsideView(page)).toEqual([]);
  await expect(start).toHaveCount(0);

  // The Import Mermaid button opens the import dialog (the design is clean: New asks nothing).
  await menu(page, 'File', /^New Ctrl\+N$/);
  await expect(start).toBeVisible();
  await start.getByRole('button', { name: 'Import Mermaid…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import Mermaid' })).toBeVisible();
  await page.screenshot({ path: 'test-results/empty-canvas-import.png' });
});

test('a traced request shows as a rendered sequence diagram, its Mermaid text a click away', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /Microservices/);
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await page.getByRole('tab', { name: 'Sequence' }).click();
  await page.getByRole('button', { name: 'Trace a request' }).click();
  const figure = page.getByTestId('sequence-diagram');
  await expect(figure).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100)).toBe(true);
  const text = page.getByLabel('Mermaid sequence diagram');
  await expect(text).toBeHidden();
  await page.getByText('Mermaid text', { exact: true }).click();
  await expect(text).toBeVisible();
  await expect(text).toContainText('sequenceDiagram');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/sequence-rendered.png' });
  expect(pageErrors(page)).toEqual([]);
});

test('opening a 50,000-node design never blocks the main thread longer than 200 ms', async ({ page }, info) => {
  // Known to fail: parsing, validation, the rule check and the canvas view now run in a worker
  // and arrive in small chunks, but React Flow then mounts a DOM element per node, handle and
  // edge in one task (NodeWrapper, HandleComponent, EdgeWrapper, ResizeObserver measuring),
  // which blocks for far longer than 200 ms. It passes once the zoomed-out canvas draws big
  // designs without a component per node (renderer/src/canvas, H3); test.fail then reports it.
  test.fail();
  test.setTimeout(150_000);
  const { gridDesign } = await import('../shared/testing/generate');
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, 'big.archway.json');
  writeFileSync(file, JSON.stringify(gridDesign(50_000, 2)));
  await openApp(page);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('region', { name: 'Opening a design' })).toBeVisible();
  await expect(page.getByTestId('status-counts')).toHaveText('50000 nodes · 100000 edges', { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(`long tasks while opening 50,000 nodes (ms): ${JSON.stringify(longTasks.sort((a, b) => b - a).slice(0, 10))}`);
  expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(200);
});
