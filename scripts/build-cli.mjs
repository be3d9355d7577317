#!/usr/bin/env node
/**
 * Builds the CLI bundle that bin/archway.mjs runs: shared/node/cli/main.ts and everything it
 * imports, bundled by esbuild into out/cli/ as ES modules, so starting the CLI parses one
 * small JavaScript file instead of transpiling TypeScript. Code only some commands need
 * (Mermaid reading, layout, routing, the code skeleton) is split into chunks loaded on first
 * use; mermaid, jsdom, elkjs and libavoid-js stay in node_modules and load only when a
 * command reads Mermaid text, lays out or routes.
 * Run with `npm run build:cli` (part of `npm run build` and `npm run test:unit`).
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = fileURLToPath(new URL('../out/cli/', import.meta.url));

/** Packages left to node_modules: large, with WebAssembly or DOM shims, needed by few commands. */
// The collaboration server's stack stays too (Hocuspocus, ws, Yjs; write-file-atomic reads __filename, which an ES bundle lacks).
const EXTERNAL = ['mermaid', 'jsdom', 'elkjs', 'libavoid-js', 'tsx', '@hocuspocus/server', '@hocuspocus/extension-redis', 'ws', 'yjs', 'lib0', 'write-file-atomic'];

export async function buildCli({ quiet = false } = {}) {
  const started = performance.now();
  await rm(CLI_OUT, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'shared/node/cli/main.ts' },
    outdir: CLI_OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS dependencies may call require(); give ES modules one.
    banner: { js: "import { createRequire as __archwayRequire } from 'node:module'; const require = __archwayRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    minify: true,
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  if (!quiet) console.log(`CLI bundle: ${Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length} files, ${(bytes / 1024).toFixed(0)} KB in out/cli (${Math.round(performance.now() - started)} ms)`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
