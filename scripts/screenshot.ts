/**
 * Takes the README screenshot (assets/screenshot.png): the browser build with the example
 * design open. Run after `npm run build`: `npx tsx scripts/screenshot.ts [design] [out.png]`.
 */
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../playwright.config';
import { serve } from './serve.mjs';

const designPath = process.argv[2] ?? 'assets/examples/recommendation.archway.json';
const out = process.argv[3] ?? 'assets/screenshot.png';
const server: Server = await serve(0);
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
await page.goto(`http://127.0.0.1:${port}/index.html`);
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open' }).click();
await (await chooser).setFiles(designPath);
await page.waitForTimeout(600);
const focus = page.locator('.react-flow__node-model-server');
if (await focus.count()) await focus.first().click();
await page.waitForTimeout(200);
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log(`wrote ${out}`);
