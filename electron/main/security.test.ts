import { join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, toElectronMenu, type ElectronMenuItem, type MenuItemSpec } from './menu';
import { CSP, isSafeExternalUrl, resolveAppPath, WEB_PREFERENCES } from './security';

describe('shell security settings', () => {
  it('isolate, sandbox and keep Node out of the page', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    // window.ts writes the same options literally (for electronegativity): keep them in step.
    const source = readFileSync(new URL('./window.ts', import.meta.url), 'utf8');
    for (const [key, value] of Object.entries(WEB_PREFERENCES)) expect(source).toContain(`${key}: ${JSON.stringify(value).replace(/"/g, "'")},`);
  });

  it('use the CSP of SAFETY.md, also in the built page', () => {
    expect(CSP).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; frame-src 'none'; base-uri 'none'");
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).toContain(`content="${CSP}"`);
    // The bench page and the browser build's server send the same policy.
    expect(readFileSync(new URL('../../renderer/bench.html', import.meta.url), 'utf8')).toContain(`content="${CSP}"`);
    expect(readFileSync(new URL('../../scripts/serve.mjs', import.meta.url), 'utf8')).toContain(`const CSP = "${CSP}"`);
  });

  it('let scripts compile WebAssembly (the router) but never evaluate strings', () => {
    const scriptSrc = CSP.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc.split(/\s+/).sort()).toEqual(["'self'", "'wasm-unsafe-eval'", 'script-src']);
    expect(CSP).not.toContain("'unsafe-eval'");
  });

  it('open only https and mailto links externally', () => {
    expect(isSafeExternalUrl('https://example.org')).toBe(true);
    expect(isSafeExternalUrl('mailto:a@b.c')).toBe(true);
    for (const bad of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'nonsense']) expect(isSafeExternalUrl(bad)).toBe(false);
  });

  it('serve app:// only from inside the renderer folder', () => {
    const root = '/opt/archway/renderer';
    expect(resolveAppPath(root, 'app://archway/', join, normalize)).toBe('/opt/archway/renderer/index.html');
    expect(resolveAppPath(root, 'app://archway/assets/x.js', join, normalize)).toBe('/opt/archway/renderer/assets/x.js');
    expect(resolveAppPath(root, 'app://archway/..%2F..%2Fetc%2Fpasswd', join, normalize)).toBeUndefined();
    expect(resolveAppPath(root, 'app://evil/index.html', join, normalize)).toBeUndefined();
    // Outside by a shared prefix: /opt/archway/renderer-other is not inside /opt/archway/renderer.
    expect(resolveAppPath(root, 'app://archway/..%2Frenderer-other%2Fx.js', join, normalize)).toBeUndefined();
  });

  it('answer a malformed % escape or a NUL with 404 instead of throwing', () => {
    const root = '/opt/archway/renderer';
    for (const url of ['app://archway/%E0%A4%A', 'app://archway/%', 'app://archway/a%ZZb.js', 'app://archway/x%00.js']) {
      expect(() => resolveAppPath(root, url, join, normalize), url).not.toThrow();
      expect(resolveAppPath(root, url, join, normalize), url).toBeUndefined();
    }
  });
});

describe('menu', () => {
  it('offers the file and edit commands with their accelerators', () => {
    const items = buildMenuTemplate('linux').flatMap((m) => m.submenu ?? []);
    const byCommand = Object.fromEntries(items.filter((i) => i.command).map((i) => [i.command, i.accelerator]));
    expect(byCommand).toMatchObject({ new: 'CmdOrCtrl+N', open: 'CmdOrCtrl+O', save: 'CmdOrCtrl+S', undo: 'CmdOrCtrl+Z' });
  });

  it('lists recent files under File › Recent Files, right after Open Recent…, with Clear', () => {
    const file = (recent: Parameters<typeof buildMenuTemplate>[1]) => buildMenuTemplate('linux', recent).find((m) => m.label === 'File')!.submenu!;
    const items = file([
      { token: 't1', name: 'orders.archway.json', path: '/home/ada/orders.archway.json' },
      { token: 't2', name: 'R&D.archway.json', path: '/home/ada/R&D.archway.json' },
    ]);
    const at = items.findIndex((i) => i.command === 'openRecent');
    const recent = items[at + 1]!;
    expect(recent.label).toBe('Recent Files');
    expect(recent.submenu!.map((i: MenuItemSpec) => [i.label, i.recentToken, i.sublabel])).toEqual([
      ['orders.archway.json', 't1', '/home/ada/orders.archway.json'],
      // A file's own & is doubled so menus do not read it as an access key.
      ['R&&D.archway.json', 't2', '/home/ada/R&D.archway.json'],
      [undefined, undefined, undefined],
      ['Clear Recent Files', undefined, undefined],
    ]);
    expect(recent.submenu![3]!.clearRecent).toBe(true);
    expect(file([]).find((i) => i.label === 'Recent Files')!.submenu).toEqual([{ label: 'No recent files', enabled: false }]);
  });

  it('wires every item to its action and leaves Electron defaults alone where nothing is set', () => {
    const calls: string[] = [];
    const menu = toElectronMenu(buildMenuTemplate('linux', [{ token: 't1', name: 'orders.archway.json', path: '/p/orders.archway.json' }]), {
      command: (id) => calls.push(`command ${id}`),
      openRecent: (token) => calls.push(`recent ${token}`),
      clearRecent: () => calls.push('clear'),
    });
    const all = (items: ElectronMenuItem[]): ElectronMenuItem[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
    const items = all(menu);
    items.find((i) => i.id === 'save')!.click!();
    items.find((i) => i.label === 'orders.archway.json')!.click!();
    items.find((i) => i.label === 'Clear Recent Files')!.click!();
    expect(calls).toEqual(['command save', 'recent t1', 'clear']);
    // Only the placeholder of an empty list is ever disabled; no item passes undefined keys.
    expect(items.filter((i) => 'enabled' in i)).toEqual([]);
    expect(items.every((i) => Object.values(i).every((v) => v !== undefined))).toBe(true);
    const empty = all(toElectronMenu(buildMenuTemplate('linux', []), { command() {}, openRecent() {}, clearRecent() {} }));
    expect(empty.filter((i) => 'enabled' in i)).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});
