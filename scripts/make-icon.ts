/** Renders assets/icon.svg to assets/build/icon.png (512×512) for electron-builder. */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../playwright.config';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'assets/build/icon.png', omitBackground: true });
await browser.close();
console.log('wrote assets/build/icon.png');
