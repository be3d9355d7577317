import { expect, test } from '@playwright/test';
import { counts, dropKind, openApp } from './helpers';

test('after a crash, the next start offers the autosaved draft; a verified save removes it', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'client', 300, 200);
  await dropKind(page, 'microservice', 600, 200);
  await expect(page.getByTestId('status-counts')).toHaveText('2 nodes · 0 edges');
  await page.waitForTimeout(1600); // autosave runs about a second after the last change

  // A "crash": the page goes away without saving and without its unload handlers.
  const context = page.context();
  await page.close({ runBeforeUnload: false });
  const page2 = await context.newPage();
  await openApp(page2);
  const dialog = page2.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore' }).first().click();
  await expect(page2.getByTestId('status-counts')).toHaveText('2 nodes · 0 edges');
  await expect(page2).toHaveTitle(/^• /); // restored work is unsaved

  // Save (verified), then a fresh start offers nothing.
  const [download] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: 'Save' }).click()]);
  expect(await download.path()).toBeTruthy();
  await expect(page2.getByRole('status')).toContainText('Saved');
  await page2.waitForTimeout(300);
  const page3 = await context.newPage();
  await openApp(page3);
  await page3.waitForTimeout(500);
  await expect(page3.getByRole('dialog', { name: 'Recover unsaved work' })).toHaveCount(0);
  expect(await counts(page3)).toBe('0 nodes · 0 edges');
});
