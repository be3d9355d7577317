#!/usr/bin/env node
// Serves the production build of the renderer (out/renderer) with the app's CSP, for the
// browser build (`npm start` without Electron) and the e2e tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
// 'wasm-unsafe-eval': the edge-routing worker compiles libavoid's WebAssembly (no string eval).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; frame-src 'none'; base-uri 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };

/** The file a request names inside `dir`, or undefined: a malformed escape, a NUL, or a path outside (`dir` + separator, so `out/renderer-x` is outside `out/renderer`). */
export function resolveRequest(dir, requestUrl) {
  let rel;
  try {
    const url = new URL(requestUrl ?? '/', 'http://localhost');
    rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return undefined;
  }
  if (rel.includes('\0')) return undefined;
  const file = normalize(join(dir, rel));
  return file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : undefined;
}

export function serve(port = 0, host = '127.0.0.1', dir = root) {
  const server = createServer(async (req, res) => {
    const file = resolveRequest(resolve(dir), req.url);
    if (!file) return void res.writeHead(404).end('Not found');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 5173;
  const server = await serve(port);
  console.log(`Archway (browser build) at http://127.0.0.1:${server.address().port}/`);
}
