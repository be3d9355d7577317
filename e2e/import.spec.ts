/**
 * Mermaid import, automatic layout, Tidy Layout, Mermaid export and the template gallery,
 * in the production build under the app's CSP (issue 4).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { counts, openApp, pageErrors } from './helpers';

/** Figure 34.3 (microservices) exactly as the seed chapter gives it. */
function seedFigure343(): string {
  const seed = readFileSync('/work/shared/seed/ml-system-architectures.txt', 'utf8');
  // The seed writes "Figure\u00a034.3".
  const end = seed.search(/Figure\s34\.3: Microservices architecture\./);
  const start = seed.lastIndexOf('graph TB', end);
  expect(start).toBeGreaterThan(0);
  return seed.slice(start, end);
}

async function menu(page: Page, name: string, item: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function importText(page: Page, text: string): Promise<void> {
  await menu(page, 'File', 'Import Mermaid…');
  const dialog = page.getByRole('dialog', { name: 'Import Mermaid' });
  await dialog.getByLabel('Mermaid text').fill(text);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
}

type Box = { id: string; x: number; y: number; width: number; height: number };

/** Screen boxes of the component nodes (containers hold others, so they are left out). */
async function componentBoxes(page: Page): Promise<Box[]> {
  return page.locator('.react-flow__node:has(.aw-node-label)').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Each node's position in flow coordinates (React Flow's transform), independent of zoom. */
async function flowPositions(page: Page): Promise<Record<string, string>> {
  return page.locator('.react-flow__node').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-id'), (el as HTMLElement).style.transform])));
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('paste the seed\'s Figure 34.3, see it laid out; tidy, undo, export Mermaid', async ({ page }) => {
  await openApp(page);
  await importText(page, seedFigure343());
  await expect(page.getByRole('dialog', { name: 'Import Mermaid' })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('status-counts')).toHaveText('18 nodes · 21 edges');
  await expect(page.getByRole('status').filter({ hasText: 'Imported the pasted flowchart' })).toBeVisible();
  await expect(page.locator('.aw-node-label', { hasText: 'Model A Inference' })).toBeVisible();
  await expect(page.locator('.react-flow__node-database')).toHaveCount(4);

  // Laid out: every component on screen, no two on top of each other.
  await page.waitForTimeout(300); // fitView after load
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const boxes = await componentBoxes(page);
  expect(boxes).toHaveLength(14);
  for (const b of boxes) {
    expect(b.x, b.id).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(b.y, b.id).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(b.x + b.width, b.id).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(b.y + b.height, b.id).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
  await page.screenshot({ path: 'test-results/import-fig-34-3.png' });

  // Move one node out of place; Tidy Layout puts it back in one undoable step.
  const monitoring = page.locator('.react-flow__node', { has: page.locator('.aw-node-label', { hasText: 'Monitoring' }) });
  const m = (await monitoring.boundingBox())!;
  await page.mouse.move(m.x + m.width / 2, m.y + 10);
  await page.mouse.down();
  await page.mouse.move(m.x + m.width / 2 + 160, m.y + 140, { steps: 12 });
  await page.mouse.up();
  const moved = await flowPositions(page);
  await menu(page, 'View', 'Tidy Layout');
  await expect.poll(() => flowPositions(page)).not.toEqual(moved);
  const tidied = await flowPositions(page);
  const after = await componentBoxes(page);
  for (let i = 0; i < after.length; i++) for (let j = i + 1; j < after.length; j++) expect(overlap(after[i]!, after[j]!), `${after[i]!.id} overlaps ${after[j]!.id}`).toBe(false);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => flowPositions(page)).toEqual(moved);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => flowPositions(page)).toEqual(tidied);

  // Export Mermaid: a download holding a flowchart in the Archway dialect.
  const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'File', 'Export Mermaid…')]);
  expect(download.suggestedFilename()).toBe('imported-diagram.mmd');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toMatch(/^flowchart /m);
  expect(text).toContain('Model A');
  expect(text).toContain('%% archway:');
  await expect(page.getByRole('status').filter({ hasText: 'Exported imported-diagram.mmd' })).toBeVisible();
  expect(pageErrors(page)).toEqual([]);
});

test('hostile Mermaid: directives ignored, labels stay text, links inert', async ({ page }) => {
  await openApp(page);
  await importText(
    page,
    [
      '%%{init:{"securityLevel":"loose"}}%%',
      'flowchart TD',
      'A["<img src=x onerror=window.__p=1>"]-->B',
      'click B "javascript:window.__p=2"',
      'B --> C["#lt;script#gt;window.__p=3#lt;/script#gt;"]',
    ].join('\n'),
  );
  await expect(page.getByTestId('status-counts')).toHaveText('3 nodes · 2 edges', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'configuration' })).toBeVisible();
  // Markup in a label is text: the entity-escaped <script> shows as characters, and the raw
  // <img> tag (which mermaid's strict sanitizer removes) created no element.
  await expect(page.locator('.aw-node-label', { hasText: 'script' })).toHaveText('<script>window.__p=3</script>');
  expect(await page.locator('.react-flow').evaluate((el) => el.querySelectorAll('img, script, [onerror]').length)).toBe(0);
  await page.locator('.aw-node-label', { hasText: /^B$/ }).click();
  await page.locator('.aw-node-label', { hasText: /^B$/ }).dblclick();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __p?: unknown }).__p)).toBeUndefined();
  expect(page.url()).toMatch(/\/index\.html$/);
  await page.screenshot({ path: 'test-results/import-hostile.png' });
  expect(pageErrors(page)).toEqual([]);
});

test('a big flowchart shows the layout progress', async ({ page }) => {
  await openApp(page);
  const lines = ['flowchart TB'];
  // 400 services: a tree plus 300 cross links (a fixed pseudo-random graph, so ELK takes a while).
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  for (let i = 1; i < 400; i++) lines.push(`  n${Math.floor((i - 1) / 3)} --> n${i}[Service ${i}]`);
  for (let k = 0; k < 300; k++) {
    const a = next(400);
    const b = next(400);
    if (a < b && Math.floor((b - 1) / 3) !== a) lines.push(`  n${a} -.-> n${b}`);
  }
  await importText(page, lines.join('\n'));
  const dialog = page.getByRole('dialog', { name: 'Import Mermaid' });
  await expect(dialog.getByRole('progressbar', { name: 'Laying out 400 nodes…' })).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('status-counts')).toHaveText(/^400 nodes · \d+ edges$/);

  expect(pageErrors(page)).toEqual([]);
});

test('unsupported diagrams and syntax errors get a clear message and change nothing', async ({ page }) => {
  await openApp(page);
  await importText(page, 'sequenceDiagram\n  Client->>Gateway: predict');
  const dialog = page.getByRole('dialog', { name: 'Import Mermaid' });
  await expect(dialog.getByRole('alert')).toContainText('Archway imports Mermaid flowcharts');
  await expect(dialog.getByRole('alert')).toContainText('sequence');
  await dialog.getByLabel('Mermaid text').fill('flowchart TD\n  A[Web UI] --> --> B');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('does not parse');
  // The parser's excerpt is shown verbatim in a fixed-width block, its ^ pointer on its own line.
  await expect(dialog.getByRole('alert').locator('pre')).toContainText(/--> --> B\n-+\^/);
  await page.screenshot({ path: 'test-results/import-error.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await counts(page)).toBe('0 nodes · 0 edges');
});

test('a .mmd file, then a template over unsaved changes after confirming', async ({ page }) => {
  await openApp(page);
  await menu(page, 'File', 'Import Mermaid…');
  const dialog = page.getByRole('dialog', { name: 'Import Mermaid' });
  await dialog.getByLabel('Mermaid file').setInputFiles({ name: 'pipeline.mmd', mimeType: 'text/plain', buffer: Buffer.from('flowchart LR\n  S[Scheduler] --> T[Training Job]\n  T --> R[Model Registry]\n') });
  await expect(dialog.getByLabel('Mermaid text')).toHaveValue(/Training Job/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('status-counts')).toHaveText('3 nodes · 2 edges', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Imported pipeline.mmd' })).toBeVisible();

  // Make the design dirty: rename it.
  await page.getByLabel('Title').fill('Changed');
  await page.getByLabel('Title').press('Enter');

  // Importing over unsaved changes asks first; keeping them leaves the design as it was.
  await importText(page, 'flowchart LR\n  A --> B');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await counts(page)).toBe('3 nodes · 2 edges');
  await expect(page.getByLabel('Title')).toHaveValue('Changed');

  const index = join(process.cwd(), 'assets/templates/index.json');
  await menu(page, 'File', 'New from Template…');
  const gallery = page.getByRole('dialog', { name: 'New from template' });
  if (!existsSync(index)) {
    await expect(gallery.getByText('No templates are installed')).toBeVisible();
    return;
  }
  const raw = JSON.parse(readFileSync(index, 'utf8'));
  const entries: { title: string; figure: string; file: string }[] = Array.isArray(raw) ? raw : raw.templates;
  const first = entries[0]!;
  const file = JSON.parse(readFileSync(join(process.cwd(), 'assets/templates', first.file), 'utf8'));
  await expect(gallery.getByRole('button', { name: first.title }).first()).toBeEnabled();
  await page.screenshot({ path: 'test-results/template-gallery.png' });
  await gallery.getByRole('button', { name: first.title }).first().click();
  // Unsaved changes: asked first; keeping them changes nothing.
  await gallery.getByRole('button', { name: 'Keep editing' }).click();
  expect(await counts(page)).toBe('3 nodes · 2 edges');
  await gallery.getByRole('button', { name: first.title }).first().click();
  await gallery.getByRole('button', { name: 'Discard changes' }).click();
  await expect(gallery).toHaveCount(0);
  await expect(page.getByTestId('status-counts')).toHaveText(`${file.nodes.length} nodes · ${file.edges.length} edges`);
  await expect(page.getByLabel('Title')).toHaveValue(file.metadata.title);
  expect(pageErrors(page)).toEqual([]);
});
