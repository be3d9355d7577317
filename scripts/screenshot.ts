/**
 * Takes the README screenshot (assets/screenshot.png): the browser build on a 1920×1080 window
 * with a template open as it opens (fitted, edges routed). Run after `npm run build`:
 * `npx tsx scripts/screenshot.ts [design] [out.png] [light|dark]`.
 */
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../playwright.config';
import { serve } from './serve.mjs';

const designPath = process.argv[2] ?? 'assets/templates/event-driven.archway.json';
const out = process.argv[3] ?? 'assets/screenshot.png';
const theme = process.argv[4] === 'dark' ? 'dark' : 'light';
const server: Server = await serve(0);
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, colorScheme: theme });
await page.goto(`http://127.0.0.1:${port}/index.html`);
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open' }).click();
await (await chooser).setFiles(designPath);
// Wait until every edge follows its route from the router worker.
await page.waitForFunction(() => {
  const edges = document.querySelectorAll('.react-flow__edge path.aw-edge');
  return edges.length > 0 && [...edges].every((e) => e.classList.contains('routed'));
}, undefined, { timeout: 30_000 });
await page.waitForTimeout(400);
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log(`wrote ${out}`);
