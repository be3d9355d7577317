import { expect, test } from '@playwright/test';
import { dropKind, openApp, openFile } from './helpers';

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

  // Save (verified), then a fresh start offers no draft and reopens the saved design.
  const [download] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: 'Save' }).click()]);
  expect(await download.path()).toBeTruthy();
  await expect(page2.getByRole('status')).toContainText('Saved');
  await page2.waitForTimeout(300);
  const page3 = await context.newPage();
  await openApp(page3);
  await page3.waitForTimeout(500);
  await expect(page3.getByRole('dialog', { name: 'Recover unsaved work' })).toHaveCount(0);
  await expect(page3.getByTestId('status-counts')).toHaveText('2 nodes · 0 edges');
  await expect(page3).not.toHaveTitle(/^• /);
});

test('dropping a design file or a Mermaid file onto the window opens it', async ({ page }) => {
  await openApp(page);
  const drop = async (name: string, text: string) => {
    const dt = await page.evaluateHandle(
      ([n, t]) => {
        const d = new DataTransfer();
        d.items.add(new File([t], n, { type: 'text/plain' }));
        return d;
      },
      [name, text] as const,
    );
    await page.dispatchEvent('.react-flow__pane', 'dragover', { dataTransfer: dt });
    await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer: dt });
  };
  const design = { formatVersion: 1, metadata: { title: 'dropped' }, nodes: [{ id: 'a', kind: 'client', label: 'Dropped UI', position: { x: 0, y: 0 } }], edges: [] };
  await drop('dropped.archway.json', JSON.stringify(design));
  await expect(page.getByTestId('status-counts')).toHaveText('1 nodes · 0 edges');
  await expect(page.locator('.aw-node-label')).toHaveText('Dropped UI');
  await expect(page).toHaveTitle(/dropped\.archway\.json/);

  page.once('dialog', (d) => void d.accept());
  await page.locator('.react-flow__node').click();
  await page.keyboard.press('Delete'); // now dirty: the next drop asks first (accepted above)
  await drop('flow.mmd', 'flowchart TD\n  A[Web UI] --> B[API Gateway]\n  B --> C[(Orders DB)]');
  // Parsed by mermaid and laid out by ELK in a worker: as slow as the import tests allow.
  await expect(page.getByTestId('status-counts')).toHaveText('3 nodes · 2 edges', { timeout: 20_000 });
  await drop('notes.txt', 'hello');
  await expect(page.getByRole('alert')).toContainText('Cannot open notes.txt');
});

test('a second window opening the same file opens it read-only', async ({ context }) => {
  const file = 'assets/examples/recommendation.archway.json';
  const first = await context.newPage();
  await openApp(first);
  await openFile(first, file);
  await expect(first.getByTestId('status-counts')).toHaveText('10 nodes · 5 edges');
  await expect(first).toHaveTitle(/^recommendation\.archway\.json — Archway$/);

  const second = await context.newPage();
  await openApp(second);
  await openFile(second, file);
  await expect(second.getByRole('status')).toContainText('open in another window, so it opened read-only');
  await expect(second).toHaveTitle(/\(read-only\)/);
  await expect(second.locator('.aw-status')).toContainText('(read-only)');

  // Once the first window lets go of the file, a window opening it again may write to it.
  await first.getByRole('button', { name: 'New' }).click();
  const third = await context.newPage();
  await openApp(third);
  await openFile(third, file);
  await expect(third).toHaveTitle(/^recommendation\.archway\.json — Archway$/);
});
