/** SAFETY.md hostile inputs, through the real editor: labels stay text, bad files change nothing. */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bomText, deepChainText, noKindText, parentCycleText } from '../shared/testing/hostile';
import { counts, dropKind, openApp, openFile, pageErrors } from './helpers';

const HOSTILE = ['<img src=x onerror=window.__p=1>', '<svg onload=window.__p=2>', '"><script>window.__p=3</script>', 'javascript:window.__p=4'];

test('hostile labels render as plain text on the canvas, in panels and the inspector', async ({ page }) => {
  await openApp(page);
  const design = {
    formatVersion: 1,
    metadata: { title: '<b onmouseover=window.__p=5>t</b>', description: '' },
    nodes: HOSTILE.map((label, i) => ({ id: `n${i}`, kind: 'microservice', label, position: { x: i * 240, y: 0 }, properties: {} })),
    edges: [{ id: 'e1', source: 'n0', target: 'n1', label: HOSTILE[2], timing: 'sync', delivery: 'push', processing: 'stream', protocol: '<i>REST</i>', properties: {} }],
    requirements: {},
    settings: {},
  };
  const file = join(tmpdir(), 'hostile.archway.json');
  await writeFile(file, JSON.stringify(design));
  await openFile(page, file);
  await expect(page.getByTestId('status-counts')).toHaveText('4 nodes · 1 edges');
  for (const label of HOSTILE) await expect(page.locator('.aw-node-label', { hasText: label })).toHaveCount(1);
  await expect(page.locator('.aw-edge-label')).toContainText('<i>REST</i>');
  // Problems name the elements by label: still text.
  await expect(page.locator('.aw-problem').first()).toBeVisible();
  await page.locator('.react-flow__node[data-id="n0"]').click();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue(HOSTILE[0]!);
  await page.locator('.react-flow__node[data-id="n1"]').hover();
  expect(await page.evaluate(() => (window as unknown as { __p?: number }).__p)).toBeUndefined();
  expect(await page.locator('img[src="x"], .react-flow svg[onload], script:not([src])').count()).toBe(0);
});

test('polluted, binary, empty and oversized files are refused and change nothing', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'client', 300, 200);
  // Open asks before replacing unsaved work; agree, so each bad file is really read (and refused).
  page.on('dialog', (d) => void d.accept());
  const before = await counts(page);
  const cases: [string, string | Buffer, RegExp][] = [
    ['nul.archway.json', Buffer.alloc(4096, 0), /binary data/],
    ['zero.archway.json', '', /empty/],
    ['proto.archway.json', '{"formatVersion":1,"__proto__":{"polluted":1},"metadata":{"title":"x"},"nodes":[{"id":"a","kind":"client","label":"a","position":{"x":1e308,"y":0}}],"edges":[]}', /position/],
    ['nan.archway.json', '{"formatVersion":1,"metadata":{"title":"x"},"nodes":[{"id":"a","kind":"client","label":"a","position":{"x":NaN,"y":0}}],"edges":[]}', /not valid JSON/],
    ['big.archway.json', `{"formatVersion":1,"metadata":{"title":"x"},"nodes":[],"edges":[${Array.from({ length: 100_001 }, (_, i) => `{"id":"e${i}"}`).join(',')}]}`, /at most 100,000/],
  ];
  for (const [name, content, message] of cases) {
    const file = join(tmpdir(), name);
    await writeFile(file, content);
    await openFile(page, file);
    await expect(page.getByRole('alert')).toContainText(message);
    expect(await counts(page)).toBe(before);
  }
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
});

test('issue 13 files: a node without kind, a 50,000-deep chain and a cycle get a clear message; a BOM is accepted', async ({ page }) => {
  await openApp(page);
  const cases: [string, string, RegExp][] = [
    ['no-kind.archway.json', noKindText(), /node 1 \(id "api"\), field kind: the component kind is missing/],
    ['chain.archway.json', deepChainText(50_000), /nested 49,999 containers deep .*at most 64/],
    ['cycle.archway.json', parentCycleText(50_000), /in a cycle: "g0" → "g1" → "g2" → "g3" → … \(50,000 containers\)/],
  ];
  for (const [name, content, message] of cases) {
    const file = join(tmpdir(), name);
    await writeFile(file, content);
    await openFile(page, file);
    await expect(page.getByRole('alert')).toContainText(message, { timeout: 20_000 });
    expect(await counts(page)).toBe('0 nodes · 0 edges');
  }
  const bom = join(tmpdir(), 'bom.archway.json');
  await writeFile(bom, bomText());
  await openFile(page, bom);
  await expect(page.getByTestId('status-counts')).toHaveText('4 nodes · 2 edges');
  expect(pageErrors(page)).toEqual([]);
});
