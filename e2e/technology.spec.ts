/** Issue 17: a component names its technology in the inspector, with suggestions from the catalogue. */
import { expect, test } from '@playwright/test';
import { dropKind, openApp, pageErrors } from './helpers';

test('the inspector edits a component’s technology, suggested from the catalogue', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await dropKind(page, 'database', 500, 300);
  const db = page.locator('.react-flow__node-database');
  await db.click();
  const field = page.getByLabel('Technology');
  await expect(field).toHaveValue('');
  // The suggestions are the catalogue's product names.
  const options = await page.locator('#aw-technologies option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options.length).toBeGreaterThanOrEqual(150);
  expect(options).toContain('MinIO');
  await field.fill('MinIO');
  await field.press('Enter');
  await page.screenshot({ path: test.info().outputPath('technology-light.png') });
  // It is part of the design: undo takes it away, redo brings it back.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  await db.click();
  await expect(page.getByLabel('Technology')).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await db.click();
  await expect(page.getByLabel('Technology')).toHaveValue('MinIO');
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Switch Light/Dark Theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: test.info().outputPath('technology-dark.png') });
  expect(pageErrors(page)).toEqual([]);
});
