/**
 * The shell's security settings (SAFETY.md), in one place so tests can read them.
 * 'wasm-unsafe-eval' lets the edge-routing worker compile libavoid's WebAssembly
 * (renderer/src/routing); it allows WebAssembly compilation only, not eval() of strings.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; object-src 'none'; frame-src 'none'; base-uri 'none'";

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  webviewTag: false,
  allowRunningInsecureContent: false,
  spellcheck: false,
  disableBlinkFeatures: 'Auxclick',
} as const;

/** `shell.openExternal` only for parsed https: and mailto: URLs. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Resolves an app:// request to a file inside the renderer folder, or undefined (answered 404). Never throws. */
export function resolveAppPath(rootDir: string, requestUrl: string, join: (...p: string[]) => string, normalize: (p: string) => string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'app:' || url.host !== 'archway') return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return undefined; // a malformed % escape (`%E0%A4%A`) names no file: 404, not an exception in the handler
  }
  if (rel.includes('\0')) return undefined;
  const full = normalize(join(rootDir, rel));
  const root = normalize(rootDir.endsWith('/') || rootDir.endsWith('\\') ? rootDir : `${rootDir}/`);
  return full.startsWith(normalize(root)) ? full : undefined;
}
