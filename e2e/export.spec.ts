/**
 * Image export (SVG and PNG of the design or the selection, light and dark) and the code
 * skeleton export (file tree preview, .zip download), against the production build under
 * the app's CSP.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { skeletonExporter } from '../shared/io/skeleton/exporter';
import { parseDesign, serializeDesign } from '../shared/model/document';
import type { Design } from '../shared/model/schema';
import { design } from '../shared/testing/builder';
import { openApp, openFile, pageErrors } from './helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function smallDesign(): Design {
  return design()
    .title('Export test')
    .node('web', 'client', { label: 'Web UI', at: { x: 0, y: 0 } })
    .node('api', 'microservice', { label: HOSTILE, at: { x: 320, y: 0 } })
    .node('db', 'database', { label: 'Orders DB', at: { x: 640, y: 0 } })
    .edge('web', 'api', 'request-response', { label: 'order' })
    .edge('api', 'db', 'request-response')
    .build();
}

/** An event-driven order flow: a gateway, two services, a broker and a database. */
function orderDesign(): Design {
  return design()
    .title('Order platform')
    .node('web', 'client', { label: 'Web UI', at: { x: 0, y: 0 } })
    .node('gw', 'api-gateway', { label: 'Gateway', at: { x: 260, y: 0 } })
    .node('orders', 'microservice', { label: 'Orders API', at: { x: 520, y: 0 } })
    .node('db', 'database', { label: 'Orders DB', at: { x: 780, y: 0 } })
    .node('bus', 'event-broker', { label: 'Events', at: { x: 520, y: 200 } })
    .node('billing', 'microservice', { label: 'Billing', at: { x: 780, y: 200 } })
    .edge('web', 'gw')
    .edge('gw', 'orders')
    .edge('orders', 'db', 'request-response', { attrs: { protocol: 'SQL' } })
    .edge('orders', 'bus', 'event-stream')
    .edge('bus', 'billing', 'event-stream')
    .build();
}

/** A template from assets/templates when there is one (the first by name), else the order design. */
async function skeletonSource(): Promise<{ design: Design; path: string }> {
  const dir = join(process.cwd(), 'assets/templates');
  const template = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.archway.json')).sort()[0] : undefined;
  if (template) {
    const path = join(dir, template);
    const parsed = parseDesign(await readFile(path, 'utf8'));
    if (parsed.ok) return { design: parsed.design, path };
  }
  const d = orderDesign();
  return { design: d, path: await writeDesign(d, 'order-platform') };
}

async function writeDesign(d: Design, name: string): Promise<string> {
  const path = join(tmpdir(), `aw-export-${name}-${process.pid}.archway.json`);
  await writeFile(path, serializeDesign(d));
  return path;
}

async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** What the browser's own XML parser sees in an SVG: parse errors, text, and anything executable. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.getElementsByTagName('*')];
    return {
      root: doc.documentElement.localName,
      parseErrors: doc.getElementsByTagName('parsererror').length,
      text: doc.documentElement.textContent ?? '',
      scripts: all.filter((el) => el.localName === 'script').length,
      onAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.localName)).map((a) => `${el.localName}[${a.name}]`)),
      jsLinks: all.flatMap((el) => [...el.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => a.name)),
      imgs: all.filter((el) => el.localName === 'img').length,
      // Vector shapes from the shared exporter, never a snapshot of the DOM.
      foreignObjects: all.filter((el) => el.localName === 'foreignObject').length,
      edgePaths: all.filter((el) => el.localName === 'path' && el.hasAttribute('data-es')).length,
      problemMarks: all.filter((el) => el.hasAttribute('data-problem')).length,
      // The page background: a dark rectangle as wide as the drawing (the legend has its own, smaller).
      hasDarkBackground: all.some((el) => el.localName === 'rect' && el.getAttribute('fill') === '#0f172a' && el.getAttribute('width') === doc.documentElement.getAttribute('width')),
    };
  }, svg);
}

test('exports the design as SVG and PNG, light and dark, with a hostile label kept as inert text', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && cspViolations.push(m.text()));
  await openApp(page);
  await openFile(page, await writeDesign(smallDesign(), 'small'));
  await expect(page.getByTestId('node-api')).toBeVisible();

  await menu(page, 'Export Image…');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog.getByTestId('image-size')).toContainText('3 nodes, 2 edges');
  await expect(dialog.getByRole('img', { name: 'Preview of the design' })).toBeVisible();
  await expect(dialog.getByLabel('Selection (nothing selected)')).toBeDisabled();
  await page.screenshot({ path: 'test-results/export-image-light.png' });

  const svgDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('export-test.svg');
  const svg = (await bytesOf(svgFile)).toString('utf8');
  expect(svg.length).toBeGreaterThan(1000);
  const light = await inspectSvg(page, svg);
  expect(light).toMatchObject({ root: 'svg', parseErrors: 0, scripts: 0, onAttributes: [], jsLinks: [], imgs: 0, foreignObjects: 0, edgePaths: 2, hasDarkBackground: false });
  // Problem marks as on the canvas, unless a clean copy is asked for.
  const marked = await page.locator('.aw-problem-dot').count();
  expect(light.problemMarks).toBe(marked);
  expect(light.text).toContain('Web UI');
  expect(light.text).toContain('Orders DB');
  // The hostile label is there, as the words a user typed, not as an element.
  expect(light.text).toContain(HOSTILE);
  expect(svg).not.toMatch(/<img[^>]*onerror/i);

  const pngDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const png = await bytesOf(await pngDownload);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.length).toBeGreaterThan(2000);
  // IHDR: width and height at twice the drawing's size (pixel ratio 2).
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const size = (await dialog.getByTestId('image-size').textContent())!.match(/(\d+) × (\d+)/)!;
  expect([w, h]).toEqual([Number(size[1]) * 2, Number(size[2]) * 2]);

  // Dark and transparent: the preview is redrawn, and the file carries the dark background only when not transparent.
  await dialog.getByLabel('Dark').check();
  await expect(dialog.getByRole('button', { name: 'Download SVG' })).toBeEnabled();
  const darkDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const darkFile = await darkDownload;
  expect(darkFile.suggestedFilename()).toBe('export-test-dark.svg');
  const dark = await inspectSvg(page, (await bytesOf(darkFile)).toString('utf8'));
  expect(dark).toMatchObject({ parseErrors: 0, scripts: 0, onAttributes: [], hasDarkBackground: true });
  await page.screenshot({ path: 'test-results/export-image-dark.png' });

  await dialog.getByLabel('Transparent background').check();
  await expect(dialog.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  const clearDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const clear = await inspectSvg(page, (await bytesOf(await clearDownload)).toString('utf8'));
  expect(clear.hasDarkBackground).toBe(false);
  await dialog.getByLabel('Clean (no problem marks)').check();
  await expect(dialog.getByRole('button', { name: 'Download SVG' })).toBeEnabled();
  const cleanDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const cleanFile = await cleanDownload;
  expect(cleanFile.suggestedFilename()).toBe('export-test-dark-clean.svg');
  expect(await inspectSvg(page, (await bytesOf(cleanFile)).toString('utf8'))).toMatchObject({ parseErrors: 0, problemMarks: 0, foreignObjects: 0 });

  expect(cspViolations).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
});

test('exports only the selection', async ({ page }) => {
  await openApp(page);
  await openFile(page, await writeDesign(smallDesign(), 'selection'));
  await page.getByTestId('node-db').click();
  await menu(page, 'Export Image…');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog.getByLabel('Selection')).toBeChecked();
  await expect(dialog.getByTestId('image-size')).toContainText('1 node, 0 edges');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('export-test-selection.svg');
  const inspected = await inspectSvg(page, (await bytesOf(file)).toString('utf8'));
  expect(inspected.text).toContain('Orders DB');
  expect(inspected.text).not.toContain('Web UI');
  expect(inspected.text).not.toContain(HOSTILE);
  expect(pageErrors(page)).toEqual([]);
});

test('zoomed far out, where the canvas hides labels, the image still has them and the view comes back', async ({ page }) => {
  await openApp(page);
  await openFile(page, await writeDesign(smallDesign(), 'zoomed'));
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  while (!(await page.locator('.aw-node.simple').count())) await zoomOut.click();
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  await menu(page, 'Export Image…');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog.getByTestId('image-size')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const inspected = await inspectSvg(page, (await bytesOf(await download)).toString('utf8'));
  expect(inspected.text).toContain('Web UI');
  expect(inspected.text).toContain('Orders DB');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.aw-node.simple')).toHaveCount(3);
  expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(before);
});

test('exports a code skeleton: file tree preview, then a .zip with a folder per service', async ({ page }) => {
  const source = await skeletonSource();
  const expected = await skeletonExporter.run(source.design, { lang: 'ts' });
  if (expected.kind !== 'files') throw new Error('no files');
  const packages = [...new Set(expected.files.map((f) => f.path.match(/^services\/([^/]+)\//)?.[1]).filter((p): p is string => !!p))];
  expect(packages.length).toBeGreaterThan(0);

  await openApp(page);
  await openFile(page, source.path);
  await menu(page, 'Export Code Skeleton…');
  const dialog = page.getByRole('dialog', { name: 'Export code skeleton' });
  const tree = dialog.getByRole('group', { name: 'File tree preview' });
  await expect(tree).toBeVisible();
  await expect(dialog.getByTestId('skeleton-summary')).toHaveText(new RegExp(`^${expected.files.length} files · ${packages.length} packages? · `));
  await expect(tree.getByText('services/', { exact: true })).toBeVisible();
  for (const p of packages) await expect(tree.getByText(`${p}/`, { exact: true })).toBeVisible();
  await expect(tree.getByText('docker-compose.yml', { exact: true })).toBeVisible();
  // Folders collapse and open.
  const summary = tree.locator('summary', { hasText: `${packages[0]}/` });
  const folder = summary.locator('xpath=..');
  const manifest = folder.locator(':scope > ul > li').getByText('package.json', { exact: true });
  await expect(manifest).toBeHidden();
  await summary.click();
  await expect(manifest).toBeVisible();
  await page.screenshot({ path: 'test-results/export-skeleton-tree.png' });

  // Python: the same design, other files.
  await dialog.getByLabel('Python').check();
  await expect(tree.getByText('requirements.txt').first()).toBeAttached();
  await expect(tree.getByText('package.json')).toHaveCount(0);
  await dialog.getByLabel('TypeScript').check();
  await expect(dialog.getByTestId('skeleton-summary')).toHaveText(new RegExp(`^${expected.files.length} files`));

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .zip' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-skeleton\.zip$/);
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved' })).toContainText(`${expected.files.length} files`);
  const zip = await JSZip.loadAsync(await bytesOf(file));
  const root = file.suggestedFilename().replace(/\.zip$/, '');
  const inZip = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  expect(inZip.sort()).toEqual(expected.files.map((f) => `${root}/${f.path}`).sort());
  for (const p of packages) expect(zip.files[`${root}/services/${p}/`]?.dir).toBe(true);
  const readme = await zip.file(`${root}/README.md`)!.async('string');
  expect(readme).toBe(expected.files.find((f) => f.path === 'README.md')!.content);
  await page.screenshot({ path: 'test-results/export-skeleton-done.png' });
  expect(pageErrors(page)).toEqual([]);
});

/**
 * The desktop flows, with the preload's API stood in for by a recording fake (the Electron
 * binary is not available everywhere; electron/main/skeleton.test.ts covers main's side).
 */
test('desktop: asks for a folder, asks again before writing into a non-empty one, reports what was written; exports and recent files go through main', async ({ page }) => {
  const text = serializeDesign(orderDesign());
  await page.addInitScript((designText) => {
    const calls: { channel: string; request: unknown }[] = [];
    let menu: ((command: string) => void) | undefined;
    const record = (channel: string, answer: (request: never) => unknown) => async (request: never) => {
      calls.push({ channel, request: JSON.parse(JSON.stringify(request)) });
      return answer(request);
    };
    (window as unknown as { __calls: typeof calls; __menu: (c: string) => void }).__calls = calls;
    (window as unknown as { __menu: (c: string) => void }).__menu = (c) => menu?.(c);
    (window as unknown as { archway: unknown }).archway = {
      platform: 'linux',
      openFile: record('openFile', () => ({ canceled: false, file: { token: 'f1', name: 'orders.archway.json', mtimeMs: 1 }, text: designText })),
      saveFile: record('saveFile', () => ({ canceled: true })),
      setDocumentState: record('setDocumentState', () => undefined),
      saveDraft: record('saveDraft', () => undefined),
      listDrafts: record('listDrafts', () => []),
      discardDraft: record('discardDraft', () => undefined),
      listRecent: record('listRecent', () => []),
      openRecent: record('openRecent', () => {
        throw new Error('no recent files');
      }),
      openWindow: record('openWindow', () => undefined),
      chooseFolder: record('chooseFolder', () => ({ canceled: false, token: 'folder-1', name: 'my-project', empty: false, earlierSkeleton: false })),
      writeSkeleton: record('writeSkeleton', (req: { files: { path: string }[] }) => ({
        ok: true,
        folder: 'my-project',
        written: req.files.slice(1).map((f) => f.path),
        unchanged: [],
        keptUserEdits: [req.files[0]!.path],
        skipped: [],
      })),
      exportFile: record('exportFile', (req: { suggestedName: string }) => ({ canceled: false, name: req.suggestedName })),
      onMenuCommand(listener: (command: string) => void) {
        menu = listener;
        return () => undefined;
      },
      onOpenRecent(listener: (token: string) => void) {
        (window as unknown as { __openRecent: (t: string) => void }).__openRecent = listener;
        return () => undefined;
      },
    };
  }, text);
  await openApp(page);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('node-billing')).toBeVisible();
  await page.evaluate(() => (window as unknown as { __menu: (c: string) => void }).__menu('exportSkeleton'));
  const dialog = page.getByRole('dialog', { name: 'Export code skeleton' });
  await expect(dialog.getByRole('group', { name: 'File tree preview' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download .zip' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Write to folder…' }).click();
  const confirm = dialog.getByRole('alertdialog', { name: 'Folder is not empty' });
  await expect(confirm).toContainText('my-project');
  const calls = () => page.evaluate(() => (window as unknown as { __calls: { channel: string; request: { force?: boolean; folderToken?: string; files?: unknown[] } }[] }).__calls.filter((c) => c.channel === 'chooseFolder' || c.channel === 'writeSkeleton'));
  // Nothing is written before the second yes.
  expect((await calls()).map((c) => c.channel)).toEqual(['chooseFolder']);
  await page.screenshot({ path: 'test-results/export-skeleton-confirm.png' });
  await confirm.getByRole('button', { name: 'Write into it anyway' }).click();

  const report = dialog.getByRole('region', { name: 'Write report' });
  await expect(report).toContainText(/my-project: wrote \d+, unchanged 0, kept 1 edited, skipped 0/);
  const writes = (await calls()).filter((c) => c.channel === 'writeSkeleton');
  expect(writes).toHaveLength(1);
  expect(writes[0]!.request).toMatchObject({ folderToken: 'folder-1', force: true });
  const expected = await skeletonExporter.run(orderDesign(), { lang: 'ts' });
  expect(writes[0]!.request.files).toEqual(expected.kind === 'files' ? expected.files : []);
  await report.getByText(/^Kept/).click();
  await expect(report.getByText('README.md')).toBeVisible();
  await page.screenshot({ path: 'test-results/export-skeleton-report.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Other exports go to main's save dialog (exportFile), text as text.
  await page.evaluate(() => (window as unknown as { __menu: (c: string) => void }).__menu('exportMermaid'));
  await expect(page.getByText(/Exported .*\.mmd/)).toBeVisible();
  const exported = await page.evaluate(() => (window as unknown as { __calls: { channel: string; request: { suggestedName: string; data: unknown } }[] }).__calls.filter((c) => c.channel === 'exportFile'));
  expect(exported).toHaveLength(1);
  expect(exported[0]!.request.suggestedName).toMatch(/\.mmd$/);
  expect(String(exported[0]!.request.data)).toMatch(/^flowchart /m);
  // File › Recent Files in the native menu asks the page to open a token; a file main cannot read shows why.
  await page.evaluate(() => (window as unknown as { __openRecent: (t: string) => void }).__openRecent('f2'));
  await expect(page.getByRole('alert')).toContainText('no recent files');
  expect(pageErrors(page)).toEqual([]);
});
