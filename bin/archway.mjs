#!/usr/bin/env node
// The archway CLI. It runs the prebuilt bundle in out/cli (scripts/build-cli.mjs, part of
// `npm run build`), which starts fast; without it, it runs the TypeScript sources through tsx
// and says so, so a fresh checkout still works. ARCHWAY_CLI_FROM_SOURCE=1 runs the sources on
// purpose (while editing the engine, or to compare start-up times).
import { existsSync } from 'node:fs';

const bundle = new URL('../out/cli/main.js', import.meta.url);
const fromSource = process.env.ARCHWAY_CLI_FROM_SOURCE === '1';
if (existsSync(bundle) && !fromSource) {
  const { main } = await import(bundle.href);
  await main();
} else {
  if (!fromSource) process.stderr.write('archway: no CLI bundle in out/cli, running from source through tsx (slower start); build it with `npm run build:cli`\n');
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../shared/node/cli/main.ts');
  await main();
}
