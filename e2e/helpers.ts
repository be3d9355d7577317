/** Shared steps for the e2e tests: they drive the production build in Debian's Chromium. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openApp(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/index.html');
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
  (page as Page & { __errors?: string[] }).__errors = errors;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { __errors?: string[] }).__errors ?? [];
}

/** Drags a kind from the palette onto the canvas at a point relative to the canvas. */
export async function dropKind(page: Page, kind: string, x: number, y: number): Promise<void> {
  await page.locator(`.aw-palette-item[data-kind="${kind}"]`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
}

export function nodesOfKind(page: Page, kind: string): Locator {
  return page.locator(`.react-flow__node[data-id] [data-kind="${kind}"]`);
}

/** Drags from one node's right handle to another node's left handle, in steps (React Flow needs moves). */
export async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.locator('.react-flow__handle-right').boundingBox();
  const b = await to.locator('.react-flow__handle-left').boundingBox();
  if (!a || !b) throw new Error('handle not found');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

export async function counts(page: Page): Promise<string> {
  return (await page.getByTestId('status-counts').textContent()) ?? '';
}

/** Opens a design file through the toolbar's Open button (the browser build's file picker). */
export async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(path);
}

/** File > New from Template…, then the template with this title (the canvas starts empty, so no prompt). */
export async function openTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New from Template…' }).click();
  const gallery = page.getByRole('dialog', { name: 'New from template' });
  await gallery.getByRole('button', { name: title }).first().click();
  await expect(gallery).toHaveCount(0);
}

/** Waits until the routing worker has drawn `count` edges along their routes. */
export async function routedEdges(page: Page, count: number): Promise<void> {
  await expect(page.locator('.react-flow__edge path.aw-edge.routed')).toHaveCount(count, { timeout: 15_000 });
}
