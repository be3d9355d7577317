/**
 * The native application menu as data. `buildMenuTemplate` is plain so it is tested under
 * Node; index.ts turns it into an Electron Menu. Each item sends one renderer command.
 */
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuItemSpec {
  label?: string;
  accelerator?: string;
  command?: MenuCommand;
  role?: 'quit' | 'toggleDevTools' | 'togglefullscreen' | 'about' | 'copy' | 'paste' | 'cut' | 'close';
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

export function buildMenuTemplate(platform: string): MenuItemSpec[] {
  const sep: MenuItemSpec = { type: 'separator' };
  return [
    {
      label: 'File',
      submenu: [
        { label: 'New', accelerator: 'CmdOrCtrl+N', command: 'new' },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', command: 'open' },
        sep,
        { label: 'Save', accelerator: 'CmdOrCtrl+S', command: 'save' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', command: 'saveAs' },
        sep,
        platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', command: 'undo' },
        { label: 'Redo', accelerator: platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y', command: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { label: 'Delete', accelerator: 'Delete', command: 'delete' },
        { label: 'Select All', accelerator: 'CmdOrCtrl+A', command: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [{ label: 'Fit View', accelerator: 'Shift+1', command: 'fitView' }, sep, { role: 'togglefullscreen' }, { role: 'toggleDevTools' }],
    },
  ];
}
