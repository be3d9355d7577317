/** Creates the main window with the security checklist of SAFETY.md applied. */
import { BrowserWindow, dialog, session, shell, type Session } from 'electron';
import { join } from 'node:path';
import { CLOSE_PROMPT, shouldPromptOnClose } from './unsaved';
import { isSafeExternalUrl } from './security';

export interface WindowState {
  dirty: boolean;
}

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function createMainWindow(opts: { preloadPath: string; url: string; state: WindowState }): BrowserWindow {
  // Written out literally (not spread from WEB_PREFERENCES) so electronegativity's static
  // checks can see them; security.test.ts keeps the two in step.
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    title: 'Archway',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: opts.preloadPath,
    },
  });
  hardenSession(session.defaultSession);
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  let confirmed = false;
  win.on('close', (event) => {
    if (!shouldPromptOnClose(opts.state.dirty, confirmed)) return;
    event.preventDefault();
    const choice = dialog.showMessageBoxSync(win, { type: 'warning', message: CLOSE_PROMPT.message, detail: CLOSE_PROMPT.detail, buttons: CLOSE_PROMPT.buttons, defaultId: 1, cancelId: 1 });
    if (CLOSE_PROMPT.choices[choice] === 'discard') {
      confirmed = true;
      win.close();
    }
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.url);
  return win;
}

export const preloadPath = (): string => join(__dirname, '../preload/index.cjs');
