import { request, type Server } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, serve } from './serve.mjs';
import { CSP } from '../electron/main/security';

/** A raw GET, so malformed paths reach the server exactly as written. */
function get(port: number, path: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (t: string) => (body += t));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

describe('the browser build server', () => {
  let server: Server;
  let port: number;
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'aw-serve-'));
    await mkdir(join(parent, 'renderer'));
    await mkdir(join(parent, 'renderer-secrets'));
    await writeFile(join(parent, 'renderer', 'index.html'), '<!doctype html><title>Archway</title>');
    await writeFile(join(parent, 'renderer-secrets', 'key.txt'), 'secret');
    await writeFile(join(parent, 'outside.txt'), 'outside');
    server = await serve(0, '127.0.0.1', join(parent, 'renderer'));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the page with the CSP', async () => {
    const r = await get(port, '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Archway</title>');
    // The same policy as the desktop app's (security.ts), 'wasm-unsafe-eval' for the router included.
    expect(r.csp).toBe(CSP);
  });

  it('answers 404 to a malformed % escape, and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/a%ZZ.js', '/x%00.js']) expect((await get(port, path)).status, path).toBe(404);
    expect((await get(port, '/index.html')).status).toBe(200);
  });

  it('never serves outside its folder, not even a sibling sharing its name as a prefix', async () => {
    for (const path of ['/../outside.txt', '/..%2Foutside.txt', '/..%2Frenderer-secrets%2Fkey.txt', '/%2e%2e/renderer-secrets/key.txt']) {
      const r = await get(port, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toMatch(/secret|outside/);
    }
    expect(resolveRequest('/srv/renderer', '/..%2Frenderer-secrets%2Fkey.txt')).toBeUndefined();
    expect(resolveRequest('/srv/renderer', '/assets/a.js')).toBe('/srv/renderer/assets/a.js');
  });
});
