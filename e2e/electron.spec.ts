/**
 * The desktop app itself, through Playwright's Electron driver. It needs the Electron
 * binary, which `npm install` downloads where the network allows; on machines without it
 * (CI here installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1) the test is skipped and says why.
 * The same renderer is covered in Chromium by the other specs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
function electronPath(): string | undefined {
  try {
    const p = require('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}
const binary = electronPath();
const SKIP_REASON =
  'Electron binary not installed (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline). These tests run on any machine where `node node_modules/electron/install.js` can fetch it, with `npm run test:e2e`; the same renderer is covered in Chromium by the other e2e specs here.';
if (!binary) console.log(`[electron e2e] skipped: ${SKIP_REASON}`);

test.describe('Electron app', () => {
  test.skip(!binary, SKIP_REASON);

  test('opens a hardened window that draws designs', async () => {
    const app = await electron.launch({ executablePath: binary, args: ['out/main/index.js'] });
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
    const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
    expect(url).toMatch(/^app:\/\/archway\//);
    // No Node in the page (nodeIntegration off, context isolation on, sandboxed preload):
    // only the bridge's narrow API is visible.
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [typeof w.require, typeof w.process, typeof w.module, typeof w.ipcRenderer, typeof (w.archway as Record<string, unknown>)?.openFile];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'function']);
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(csp).toContain("script-src 'self'");
    // Navigation away and new windows are blocked.
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/^app:\/\/archway\//);
    await page.evaluate(() => window.open('https://example.org/'));
    await page.waitForTimeout(300);
    expect(app.windows()).toHaveLength(1);
    // The open dialog goes through main (stubbed here so no native dialog blocks the test).
    await app.evaluate(({ dialog }) => {
      dialog.showOpenDialog = (async () => ({ canceled: true, filePaths: [] })) as typeof dialog.showOpenDialog;
    });
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await app.close();
  });

  test('the native menu holds the command catalog and runs its commands in the page', async () => {
    const app = await electron.launch({ executablePath: binary, args: ['out/main/index.js'] });
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => i.label));
    expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Simulate', 'Help']));
    await page.locator('.aw-palette-item[data-kind="client"]').click();
    await page.locator('.aw-palette-item[data-kind="microservice"]').click();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await app.evaluate(({ Menu, BrowserWindow }) => Menu.getApplicationMenu()!.getMenuItemById('selectAll')!.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never));
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await app.evaluate(({ Menu, BrowserWindow }) => Menu.getApplicationMenu()!.getMenuItemById('commandPalette')!.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never));
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await app.close();
  });

  test('exports go through the native save dialog and land on disk, atomically written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archway-electron-export-'));
    const app = await electron.launch({ executablePath: binary, args: ['out/main/index.js'] });
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
    await page.locator('.aw-palette-item[data-kind="client"]').click();
    // The save dialog is stubbed to answer a path in a temporary folder (no native dialog blocks the test).
    await app.evaluate(({ dialog }, folder) => {
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const opts = args.at(-1) as { defaultPath?: string };
        return { canceled: false, filePath: `${folder}/${opts.defaultPath}` };
      }) as typeof dialog.showSaveDialog;
    }, dir);
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Export Mermaid…' }).click();
    await expect(page.getByText(/Exported .*\.mmd/)).toBeVisible();
    const mmd = readdirSync(dir).find((f) => f.endsWith('.mmd'))!;
    expect(readFileSync(join(dir, mmd), 'utf8')).toMatch(/^flowchart /m);
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Export Image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('button', { name: 'Save PNG…' }).click();
    await expect(dialog.getByText(/Saved .*\.png/)).toBeVisible();
    const png = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.png'))!));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await app.close();
  });

  test('File › Recent Files in the native menu lists a saved design and opens it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archway-electron-recent-'));
    const app = await electron.launch({ executablePath: binary, args: ['out/main/index.js'] });
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
    await page.locator('.aw-palette-item[data-kind="client"]').click();
    await app.evaluate(({ dialog }, folder) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: `${folder}/recent-test.archway.json` })) as typeof dialog.showSaveDialog;
    }, dir);
    await page.keyboard.press('Control+S');
    await expect.poll(() => readdirSync(dir)).toContain('recent-test.archway.json');
    const labels = async () =>
      app.evaluate(({ Menu }) => {
        const file = Menu.getApplicationMenu()!.items.find((i) => i.label === 'File')!.submenu!;
        return file.items.find((i) => i.label === 'Recent Files')!.submenu!.items.map((i) => i.label);
      });
    await expect.poll(labels).toContain('recent-test.archway.json');
    // A new design, then the recent file from the menu brings the saved one back.
    await page.getByRole('button', { name: 'New' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await app.evaluate(({ Menu, BrowserWindow }) => {
      const file = Menu.getApplicationMenu()!.items.find((i) => i.label === 'File')!.submenu!;
      const item = file.items.find((i) => i.label === 'Recent Files')!.submenu!.items.find((i) => i.label === 'recent-test.archway.json')!;
      item.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never);
    });
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await app.close();
  });
});
