#!/usr/bin/env node
// Fetches the Electron binary where the network allows it, without failing `npm install`
// where it does not (offline machines, CI with ELECTRON_SKIP_BINARY_DOWNLOAD=1): there
// `npm start` opens the browser build instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installer = 'node_modules/electron/install.js';
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(installer)) process.exit(0);
const r = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
if (r.status !== 0) console.log('archway: the Electron binary could not be downloaded; `npm start` will open the browser build.');
