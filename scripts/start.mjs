#!/usr/bin/env node
// `npm start`: builds and opens the desktop app; where the Electron binary is missing,
// says so in one line and serves the same app in the browser.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the binary's path
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

if (electronBinary()) {
  const child = spawn('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): opening the browser build instead.');
  await import('./serve.mjs').then(async ({ serve }) => {
    const server = await serve(Number(process.env.PORT ?? 5173));
    console.log(`Archway (browser build) at http://127.0.0.1:${server.address().port}/`);
  });
}
