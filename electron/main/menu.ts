/**
 * The native application menu, built from the shared command catalog. `buildMenuTemplate`
 * is plain so it is tested under Node; index.ts turns it into an Electron Menu. Each item
 * sends its command id to the renderer, which runs it.
 */
import { COMMAND_CATALOG, MENUS, type CommandId } from '../../shared/commands/catalog';

export interface MenuItemSpec {
  label?: string;
  /** Tooltip-like detail (the full path of a recent file); shown as the item's sublabel. */
  sublabel?: string;
  enabled?: boolean;
  /** A recent file to open in the focused window, by its file-service token. */
  recentToken?: string;
  /** Forgets the recent files. */
  clearRecent?: boolean;
  accelerator?: string;
  registerAccelerator?: boolean;
  command?: CommandId;
  role?: 'quit' | 'toggleDevTools' | 'togglefullscreen' | 'about' | 'copy' | 'paste' | 'cut' | 'close';
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

/** Roles Electron provides (text editing in fields, window handling), placed after the commands. */
function extraItems(menu: string, platform: string): MenuItemSpec[] {
  const sep: MenuItemSpec = { type: 'separator' };
  if (menu === 'File') return [sep, platform === 'darwin' ? { role: 'close' } : { role: 'quit' }];
  if (menu === 'View') return [sep, { role: 'togglefullscreen' }, { role: 'toggleDevTools' }];
  return [];
}

/** A recent file as the File menu lists it. */
export interface RecentMenuEntry {
  token: string;
  name: string;
  path: string;
}

/** File › Recent Files: each recent design by name (its path beside it), then Clear. */
export function recentSubmenu(recent: readonly RecentMenuEntry[]): MenuItemSpec {
  const items: MenuItemSpec[] = recent.length
    ? [
        // `&` marks an access key in menu labels on Windows and Linux; a file name's own is doubled.
        ...recent.map((r) => ({ label: r.name.replace(/&/g, '&&'), sublabel: r.path, recentToken: r.token })),
        { type: 'separator' as const },
        { label: 'Clear Recent Files', clearRecent: true },
      ]
    : [{ label: 'No recent files', enabled: false }];
  return { label: 'Recent Files', submenu: items };
}

export function buildMenuTemplate(platform: string, recent: readonly RecentMenuEntry[] = []): MenuItemSpec[] {
  const menus: MenuItemSpec[] = [];
  for (const menu of MENUS) {
    const items: MenuItemSpec[] = [];
    let section: number | undefined;
    for (const c of COMMAND_CATALOG.filter((x) => x.menu === menu)) {
      const s = c.section ?? 0;
      if (section !== undefined && s !== section) items.push({ type: 'separator' });
      section = s;
      // The renderer handles the keys itself (so text fields keep their own undo, delete and
      // select-all); the menu only shows the accelerator.
      // Clipboard commands use Electron's roles, which fire the page's copy/cut/paste events.
      if (c.clipboard) items.push({ role: c.clipboard });
      else items.push({ label: c.label, accelerator: c.accelerator, registerAccelerator: false, command: c.id });
      if (c.id === 'openRecent') items.push(recentSubmenu(recent));
    }
    const extra = extraItems(menu, platform);
    if (items.length || extra.length) menus.push({ label: menu, submenu: [...items, ...extra] });
  }
  return menus;
}

/** What the menu's items do when chosen (index.ts wires them to the focused window). */
export interface MenuActions {
  command(id: CommandId): void;
  openRecent(token: string): void;
  clearRecent(): void;
}

/** Electron's MenuItemConstructorOptions, as far as the menu uses them (plain data and a click). */
export interface ElectronMenuItem {
  id?: string;
  label?: string;
  sublabel?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  role?: MenuItemSpec['role'];
  type?: 'separator';
  enabled?: boolean;
  submenu?: ElectronMenuItem[];
  click?: () => void;
}

/** The template as Electron's menu options; keys left unset keep Electron's defaults (enabled, visible). */
export function toElectronMenu(items: readonly MenuItemSpec[], actions: MenuActions): ElectronMenuItem[] {
  return items.map((item) => {
    const out: ElectronMenuItem = {};
    if (item.command) out.id = item.command;
    if (item.label !== undefined) out.label = item.label;
    if (item.sublabel !== undefined) out.sublabel = item.sublabel;
    if (item.accelerator !== undefined) out.accelerator = item.accelerator;
    if (item.registerAccelerator !== undefined) out.registerAccelerator = item.registerAccelerator;
    if (item.role) out.role = item.role;
    if (item.type) out.type = item.type;
    if (item.enabled !== undefined) out.enabled = item.enabled;
    if (item.submenu) out.submenu = toElectronMenu(item.submenu, actions);
    const { command, recentToken } = item;
    if (command) out.click = () => actions.command(command);
    else if (recentToken) out.click = () => actions.openRecent(recentToken);
    else if (item.clearRecent) out.click = () => actions.clearRecent();
    return out;
  });
}
