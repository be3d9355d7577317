/**
 * The Electron main process: thin wiring of the plain modules beside it (files, ipc, menu,
 * security). Logic lives in those modules, tested under Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol } from 'electron';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_EVENT, OPEN_RECENT_EVENT } from '../../shared/ipc/contract';
import { ExportService } from './exports';
import { FileService } from './files';
import { RecoveryStore } from './recovery';
import { displayName, RecentFiles } from './recent';
import { isTrustedUrl, registerIpcHandlers } from './ipc';
import { buildMenuTemplate, toElectronMenu, type MenuActions, type RecentMenuEntry } from './menu';
import { CSP, resolveAppPath } from './security';
import { SkeletonService } from './skeleton';
import { createMainWindow, type WindowState } from './window';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(__dirname, '../renderer');
/** Every editor window, by its webContents id, with its unsaved-changes state. */
const windows = new Map<number, { win: BrowserWindow; state: WindowState }>();
const focused = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? windows.values().next().value?.win;

function openWindow(): BrowserWindow {
  const state: WindowState = { dirty: false };
  const win = createMainWindow({ preloadPath: join(__dirname, '../preload/index.cjs'), url: devServerUrl ?? 'app://archway/index.html', state });
  const id = win.webContents.id;
  windows.set(id, { win, state });
  win.on('closed', () => windows.delete(id));
  return win;
}

let recovery: RecoveryStore;
let recent: RecentFiles | undefined;
const files = new FileService({
  async chooseOpenPath() {
    const r = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Archway designs', extensions: ['json'] }] });
    return r.canceled ? undefined : r.filePaths[0];
  },
  async chooseSavePath(suggestedName) {
    const r = await dialog.showSaveDialog({ defaultPath: suggestedName, filters: [{ name: 'Archway designs', extensions: ['json'] }] });
    return r.canceled ? undefined : r.filePath;
  },
}, async (path) => {
  await recent?.add(path);
  // The system's own recent documents (macOS Dock menu, Windows jump list).
  app.addRecentDocument(path);
  await refreshMenu();
});

async function recentEntries(): Promise<RecentMenuEntry[]> {
  return ((await recent?.list()) ?? []).map((e) => ({ token: files.grant(e.path), name: displayName(e.path), path: e.path }));
}

/** Rebuilds the native menu, so File › Recent Files lists the files as they are now. */
async function refreshMenu(): Promise<void> {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(buildMenuTemplate(process.platform, await recentEntries()), menuActions) as Electron.MenuItemConstructorOptions[]));
}

const exporter = new ExportService({
  async chooseExportPath(suggestedName, filter) {
    const r = await dialog.showSaveDialog({ defaultPath: suggestedName, filters: [filter] });
    return r.canceled ? undefined : r.filePath;
  },
});

const skeletons = new SkeletonService({
  async chooseFolder() {
    const r = await dialog.showOpenDialog({ title: 'Folder for the code skeleton', properties: ['openDirectory', 'createDirectory'] });
    return r.canceled ? undefined : r.filePaths[0];
  },
});

/** What the native menu's items do: send a command or a recent file to the focused window, or clear the list. */
const menuActions: MenuActions = {
  command: (id) => focused()?.webContents.send(MENU_EVENT, id),
  openRecent: (token) => focused()?.webContents.send(OPEN_RECENT_EVENT, token),
  clearRecent: () => void recent?.clear().then(() => app.clearRecentDocuments()).then(refreshMenu),
};

app.whenReady().then(() => {
  recovery = new RecoveryStore(join(app.getPath('userData'), 'recovery'));
  recent = new RecentFiles(join(app.getPath('userData'), 'recent.json'));
  protocol.handle('app', (request) => {
    const path = resolveAppPath(rendererDir, request.url, join, normalize);
    if (!path) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString()).then((res) => {
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CSP);
      return new Response(res.body, { status: res.status, headers });
    });
  });

  registerIpcHandlers(
    ipcMain,
    {
      openFile: () => files.openFile(),
      listRecent: async () => (await recent!.list()).map((e) => ({ token: files.grant(e.path), name: displayName(e.path), path: e.path, openedAt: e.openedAt })),
      openRecent: async ({ token }) => {
        const path = files.pathOf(token);
        if (!path) throw new Error('Unknown recent file.');
        try {
          return await files.read(path);
        } catch (err) {
          await recent!.remove(path);
          await refreshMenu();
          throw new Error(`${displayName(path)} can no longer be opened (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}); it was removed from the recent files.`);
        }
      },
      saveFile: (req) => files.saveFile(req),
      saveDraft: (draft) => recovery.save(draft),
      listDrafts: () => recovery.list(),
      discardDraft: ({ draftId }) => recovery.discard(draftId),
      chooseFolder: () => skeletons.chooseFolder(),
      writeSkeleton: (req) => skeletons.writeSkeleton(req),
      openWindow: async () => void openWindow(),
      exportFile: (req) => exporter.exportFile(req),
      setDocumentState: async ({ title, dirty }, { senderId }) => {
        const w = windows.get(senderId);
        if (!w) return;
        w.state.dirty = dirty;
        w.win.setTitle(title);
        w.win.setDocumentEdited(dirty);
      },
    },
    (url) => isTrustedUrl(url, devServerUrl),
  );

  void refreshMenu();
  openWindow();
});

app.on('window-all-closed', () => app.quit());
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
