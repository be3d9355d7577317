/**
 * draw.io in the app (issue 17): File › Import draw.io… reads a real AWS diagram (compressed
 * page, AWS 4 icons, groups), the kinds show on the canvas; File › Export draw.io… saves a
 * .drawio that imports back to the same design; a hostile file is refused with a notice.
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { counts, openApp, pageErrors } from './helpers';

const AWS = fileURLToPath(new URL('../test-data/drawio/examples--aws-saas-example.drawio', import.meta.url));

async function menu(page: Page, name: string, item: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await menu(page, 'File', 'Import draw.io…');
  await (await chooser).setFiles(path);
}

async function kindsOnCanvas(page: Page): Promise<Record<string, number>> {
  const kinds = await page.locator('.react-flow__node[data-id] [data-kind]').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind') ?? ''));
  const out: Record<string, number> = {};
  for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

test.use({ viewport: { width: 1920, height: 1080 } });

test('imports an AWS draw.io diagram with its kinds, exports it to draw.io and imports that back', async ({ page }) => {
  await openApp(page);
  await importFile(page, AWS);
  await expect(page.getByRole('status').filter({ hasText: /Imported examples--aws-saas-example\.drawio: \d+ nodes, \d+ edges/ })).toBeVisible({ timeout: 20_000 });
  const imported = await counts(page);
  expect(imported).toMatch(/^\d+ nodes · \d+ edges$/);
  const kinds = await kindsOnCanvas(page);
  for (const k of ['database', 'api-gateway', 'microservice', 'client', 'cluster']) expect(kinds[k] ?? 0, `${k} in ${JSON.stringify(kinds)}`).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/drawio-import-light.png' });
  await menu(page, 'View', 'Switch Light/Dark Theme');
  await page.screenshot({ path: 'test-results/drawio-import-dark.png' });
  await menu(page, 'View', 'Switch Light/Dark Theme');

  const download = page.waitForEvent('download');
  await menu(page, 'File', 'Export draw.io…');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.drawio$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toMatch(/^<mxfile host="Archway"/);
  expect(text).toContain('archway_kind="database"');
  const dir = await mkdtemp(join(tmpdir(), 'archway-e2e-drawio-'));
  const exported = join(dir, 'exported.drawio');
  await writeFile(exported, text);

  page.on('dialog', (d) => void d.accept());
  await importFile(page, exported);
  await expect(page.getByRole('status').filter({ hasText: 'Imported exported.drawio' })).toBeVisible({ timeout: 20_000 });
  expect(await counts(page)).toBe(imported);
  expect(await kindsOnCanvas(page)).toEqual(kinds);
  expect(pageErrors(page)).toEqual([]);
});

test('refuses a billion-laughs file with a clear notice and keeps the design', async ({ page }) => {
  await openApp(page);
  const dir = await mkdtemp(join(tmpdir(), 'archway-e2e-drawio-'));
  const lol = join(dir, 'lol.drawio');
  await writeFile(lol, '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><mxfile><diagram name="&lol1;"/></mxfile>');
  const before = await counts(page);
  await importFile(page, lol);
  await expect(page.getByRole('alert').filter({ hasText: /Could not import lol\.drawio: .*DOCTYPE or entities/ })).toBeVisible();
  expect(await counts(page)).toBe(before);
  expect(pageErrors(page)).toEqual([]);
});
