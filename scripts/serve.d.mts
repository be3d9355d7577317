import type { Server } from 'node:http';
/** Serves `dir` (default: the built renderer, out/renderer) with the app's CSP, on 127.0.0.1 unless told otherwise. */
export function serve(port?: number, host?: string, dir?: string): Promise<Server>;
/** The file a request URL names inside `dir`, or undefined (malformed escape, NUL, outside). */
export function resolveRequest(dir: string, requestUrl: string | undefined): string | undefined;
