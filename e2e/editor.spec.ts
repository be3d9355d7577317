import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { connect, counts, dropKind, nodesOfKind, openApp, pageErrors } from './helpers';

test('draw, connect, edit, undo/redo, save, reload and reopen the same design', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'layer', 450, 420);
  await dropKind(page, 'client', 300, 150);
  await dropKind(page, 'microservice', 420, 420); // into the layer
  await dropKind(page, 'database', 700, 160);
  await expect(page.getByTestId('status-counts')).toHaveText('4 nodes · 0 edges');

  // The microservice went into the layer: its node is a child of the layer.
  const layerId = await page.locator('.react-flow__node-layer').getAttribute('data-id');
  const svc = page.locator('.react-flow__node-microservice');
  const client = page.locator('.react-flow__node-client');

  // Connect client → microservice with an async edge.
  await page.getByLabel('Preset for new edges').selectOption('async-message');
  await connect(page, client, svc);
  await expect(page.getByTestId('status-counts')).toHaveText('4 nodes · 1 edges');
  await expect(page.locator('.aw-edge.timing-async')).toHaveCount(1);
  await expect(page.getByLabel('Timing')).toHaveValue('async');

  // Change a property in the inspector.
  await svc.click();
  const workers = page.getByLabel('Workers');
  await workers.fill('12');
  await workers.press('Enter');
  await expect(page.getByLabel('Workers')).toHaveValue('12');

  // Undo and redo it.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Workers')).toHaveValue('4');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel('Workers')).toHaveValue('12');

  // Save (a download in the browser build).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save' }).click()]);
  const saved = join(tmpdir(), `aw-e2e-${Date.now()}.archway.json`);
  await download.saveAs(saved);
  const text = await readFile(saved, 'utf8');
  const doc = JSON.parse(text);
  expect(doc.formatVersion).toBe(1);
  expect(doc.nodes).toHaveLength(4);
  const savedSvc = doc.nodes.find((n: { kind: string }) => n.kind === 'microservice');
  expect(savedSvc.parent).toBe(layerId);
  expect(savedSvc.properties.workers).toBe(12);
  expect(doc.edges[0]).toMatchObject({ timing: 'async', delivery: 'push', processing: 'stream', protocol: 'AMQP' });
  await expect(page).toHaveTitle(/^[^•]*— Archway$/);

  // Reload: a fresh, empty editor; open the saved file and find the same design.
  await page.reload();
  await expect(page.getByTestId('status-counts')).toHaveText('0 nodes · 0 edges');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(saved);
  await expect(page.getByTestId('status-counts')).toHaveText('4 nodes · 1 edges');
  await page.locator('.react-flow__node-microservice').click();
  await expect(page.getByLabel('Workers')).toHaveValue('12');
  await expect(page.locator('.react-flow__node-layer .aw-container-kind')).toContainText('rank');
  expect(pageErrors(page)).toEqual([]);
});

test('a broken file shows a clear message and leaves the open design untouched', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'microservice', 400, 300);
  await expect(page.getByTestId('status-counts')).toHaveText('1 nodes · 0 edges');
  // The design has unsaved changes, so each Open asks first (issue 13): agree, then pick the file.
  page.on('dialog', (d) => void d.accept());
  const cases: [string, string, RegExp][] = [
    ['truncated.archway.json', '{"formatVersion": 1, "nodes": [', /not valid JSON/],
    ['newer.archway.json', JSON.stringify({ formatVersion: 7, metadata: { title: 'x' }, nodes: [], edges: [] }), /newer Archway \(format version 7/],
    ['schema.archway.json', JSON.stringify({ formatVersion: 1, metadata: { title: 'x' }, nodes: [{ id: 'a', kind: 'spaceship', label: 'x', position: { x: 0, y: 0 } }], edges: [] }), /unknown component kind "spaceship"/],
    ['empty.archway.json', '', /empty/],
  ];
  for (const [name, content, message] of cases) {
    const file = join(tmpdir(), name);
    await writeFile(file, content);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('alert')).toContainText(name);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('status-counts')).toHaveText('1 nodes · 0 edges');
  }
  expect(await counts(page)).toBe('1 nodes · 0 edges');
});

test('dragging a node into a container makes it move with the container; dragging it out frees it', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'layer', 450, 160);
  await dropKind(page, 'microservice', 450, 450);
  const layer = page.locator('.react-flow__node-layer');
  const svc = page.locator('.react-flow__node-microservice');
  const drag = async (el: typeof svc, dx: number, dy: number, grab = { x: 20, y: 12 }) => {
    const b = (await el.boundingBox())!;
    await page.mouse.move(b.x + grab.x, b.y + grab.y);
    await page.mouse.down();
    await page.mouse.move(b.x + grab.x + dx, b.y + grab.y + dy, { steps: 12 });
    await page.mouse.up();
  };
  const box = async (el: typeof svc) => (await el.boundingBox())!;

  const start = await box(svc);
  const frame = await box(layer);
  await drag(svc, 0, frame.y + frame.height / 2 - (start.y + start.height / 2)); // into the layer
  const inside = await box(svc);
  const l = await box(layer);
  expect(inside.y).toBeGreaterThan(l.y);
  expect(inside.y + inside.height).toBeLessThan(l.y + l.height);

  await drag(layer, 0, 120); // the layer carries it along
  await expect.poll(async () => Math.round((await box(svc)).y - inside.y)).toBeGreaterThan(100);

  const moved = await box(svc);
  const frame2 = await box(layer);
  await drag(svc, 0, frame2.y + frame2.height + 80 - moved.y); // out again, below the layer
  const out = await box(svc);
  await drag(layer, 0, -100); // now the layer moves alone
  await expect.poll(async () => Math.round((await box(svc)).y)).toBe(Math.round(out.y));

  // Each drag is one undo step: two undos put the node back inside the layer.
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => {
    const [n, c] = [await box(svc), await box(layer)];
    return n.y > c.y && n.y + n.height < c.y + c.height;
  }).toBe(true);
});
