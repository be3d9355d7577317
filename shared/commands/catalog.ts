/**
 * Every user command, once: id, label, menu and accelerator. The Electron main process
 * builds the native menu from this list, the renderer's in-app menu bar, toolbar and
 * keyboard shortcuts read it, and the renderer's handler table is typed
 * `Record<CommandId, …>`, so a command without a handler fails to compile.
 * Add a command: one `defineCommand` entry here, one handler in renderer/src/commands.ts.
 */
export const MENUS = ['File', 'Edit', 'View', 'Insert', 'Simulate', 'Help'] as const;
export type MenuName = (typeof MENUS)[number];

export interface CommandDef<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly menu: MenuName;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+Z"); the renderer matches keys with it too. */
  readonly accelerator?: string;
  /** More accelerators that run the same command (not shown in menus). */
  readonly alternates?: readonly string[];
  /** Commands with different sections in one menu are separated by a line. */
  readonly section?: number;
  /**
   * Runs through the browser's own clipboard events (copy, cut, paste): the key goes to the
   * page untouched and Electron's menu uses the matching role.
   */
  readonly clipboard?: 'copy' | 'cut' | 'paste';
}

export function defineCommand<const Id extends string>(def: CommandDef<Id>): CommandDef<Id> {
  return def;
}

export const COMMAND_CATALOG = [
  defineCommand({ id: 'new', label: 'New', menu: 'File', accelerator: 'CmdOrCtrl+N' }),
  defineCommand({ id: 'newWindow', label: 'New Window', menu: 'File', accelerator: 'CmdOrCtrl+Shift+N' }),
  defineCommand({ id: 'newFromTemplate', label: 'New from Template…', menu: 'File' }),
  defineCommand({ id: 'open', label: 'Open…', menu: 'File', accelerator: 'CmdOrCtrl+O' }),
  defineCommand({ id: 'openRecent', label: 'Open Recent…', menu: 'File', accelerator: 'CmdOrCtrl+Shift+O' }),
  defineCommand({ id: 'save', label: 'Save', menu: 'File', accelerator: 'CmdOrCtrl+S', section: 1 }),
  defineCommand({ id: 'saveAs', label: 'Save As…', menu: 'File', accelerator: 'CmdOrCtrl+Shift+S', section: 1 }),
  defineCommand({ id: 'importMermaid', label: 'Import Mermaid…', menu: 'File', section: 2 }),
  defineCommand({ id: 'exportMermaid', label: 'Export Mermaid…', menu: 'File', section: 2 }),
  defineCommand({ id: 'importDrawio', label: 'Import draw.io…', menu: 'File', section: 2 }),
  defineCommand({ id: 'exportDrawio', label: 'Export draw.io…', menu: 'File', section: 2 }),
  defineCommand({ id: 'exportImage', label: 'Export Image…', menu: 'File', section: 2 }),
  defineCommand({ id: 'exportSkeleton', label: 'Export Code Skeleton…', menu: 'File', section: 2 }),
  defineCommand({ id: 'undo', label: 'Undo', menu: 'Edit', accelerator: 'CmdOrCtrl+Z' }),
  defineCommand({ id: 'redo', label: 'Redo', menu: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z', alternates: ['CmdOrCtrl+Y'] }),
  defineCommand({ id: 'cut', label: 'Cut', menu: 'Edit', accelerator: 'CmdOrCtrl+X', section: 1, clipboard: 'cut' }),
  defineCommand({ id: 'copy', label: 'Copy', menu: 'Edit', accelerator: 'CmdOrCtrl+C', section: 1, clipboard: 'copy' }),
  defineCommand({ id: 'paste', label: 'Paste', menu: 'Edit', accelerator: 'CmdOrCtrl+V', section: 1, clipboard: 'paste' }),
  defineCommand({ id: 'duplicate', label: 'Duplicate', menu: 'Edit', accelerator: 'CmdOrCtrl+D', section: 1 }),
  defineCommand({ id: 'delete', label: 'Delete', menu: 'Edit', accelerator: 'Delete', section: 1 }),
  defineCommand({ id: 'selectAll', label: 'Select All', menu: 'Edit', accelerator: 'CmdOrCtrl+A', section: 1 }),
  defineCommand({ id: 'search', label: 'Find Component…', menu: 'Edit', accelerator: 'CmdOrCtrl+F', section: 2 }),
  defineCommand({ id: 'alignLeft', label: 'Align Left', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'alignCenter', label: 'Align Centres', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'alignRight', label: 'Align Right', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'alignTop', label: 'Align Top', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'alignMiddle', label: 'Align Middles', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'alignBottom', label: 'Align Bottom', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'distributeHorizontally', label: 'Distribute Horizontally', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'distributeVertically', label: 'Distribute Vertically', menu: 'Edit', section: 3 }),
  defineCommand({ id: 'fitView', label: 'Fit View', menu: 'View', accelerator: 'Shift+1' }),
  defineCommand({ id: 'tidyLayout', label: 'Tidy Layout', menu: 'View', accelerator: 'CmdOrCtrl+Shift+L' }),
  defineCommand({ id: 'showProblems', label: 'Problems', menu: 'View', section: 1 }),
  defineCommand({ id: 'toggleMinimap', label: 'Show or Hide the Minimap', menu: 'View', section: 1 }),
  defineCommand({ id: 'toggleLegend', label: 'Show or Hide the Edge Legend', menu: 'View', section: 1 }),
  defineCommand({ id: 'simRun', label: 'Run / Resume', menu: 'Simulate', accelerator: 'F5' }),
  defineCommand({ id: 'simPause', label: 'Pause', menu: 'Simulate', accelerator: 'F6' }),
  defineCommand({ id: 'simStep', label: 'Step', menu: 'Simulate', accelerator: 'F10' }),
  defineCommand({ id: 'simReset', label: 'Reset', menu: 'Simulate', accelerator: 'Shift+F5' }),
  defineCommand({ id: 'simSweep', label: 'Load Sweep', menu: 'Simulate', section: 1 }),
  defineCommand({ id: 'sizeForTargets', label: 'Size for the Targets', menu: 'Simulate', section: 1 }),
  defineCommand({ id: 'toggleEstimates', label: 'Show or Hide Estimates', menu: 'View', section: 1 }),
  defineCommand({ id: 'toggleTheme', label: 'Switch Light/Dark Theme', menu: 'View', section: 2 }),
  defineCommand({ id: 'systemTheme', label: 'Follow System Theme', menu: 'View', section: 2 }),
  defineCommand({ id: 'presentation', label: 'Presentation Mode', menu: 'View', accelerator: 'CmdOrCtrl+Shift+F', section: 2 }),
  defineCommand({ id: 'commandPalette', label: 'Command Palette…', menu: 'Help', accelerator: 'CmdOrCtrl+K' }),
  defineCommand({ id: 'shortcuts', label: 'Keyboard Shortcuts', menu: 'Help' }),
] as const;

export type CommandId = (typeof COMMAND_CATALOG)[number]['id'];

const BY_ID: ReadonlyMap<string, CommandDef<CommandId>> = new Map(COMMAND_CATALOG.map((c) => [c.id, c]));

export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && BY_ID.has(id);
}

export function commandDef(id: CommandId): CommandDef<CommandId> {
  return BY_ID.get(id)!;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key event matches an accelerator. CmdOrCtrl is Cmd on macOS, Ctrl elsewhere. */
export function acceleratorMatches(accelerator: string, e: KeyLike, mac: boolean): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantCtrl = mods.has('ctrl') || (!mac && mods.has('cmdorctrl'));
  const wantMeta = mods.has('cmd') || (mac && mods.has('cmdorctrl'));
  const wantShift = mods.has('shift');
  const wantAlt = mods.has('alt');
  // Shift changes e.key for digits and symbols ("Shift+1" arrives as "!"), so compare codes too.
  const pressed = e.key.toLowerCase();
  const shifted: Record<string, string> = { '!': '1', '@': '2', '#': '3', $: '4', '%': '5', '^': '6', '&': '7', '*': '8', '(': '9', ')': '0' };
  const keyOk = pressed === key || shifted[pressed] === key;
  return keyOk && e.ctrlKey === wantCtrl && e.metaKey === wantMeta && e.shiftKey === wantShift && e.altKey === wantAlt;
}

/** The accelerator as shown to users ("Ctrl+Shift+Z", "⌘⇧Z"). */
export function displayAccelerator(accelerator: string, mac: boolean): string {
  if (!mac) return accelerator.replace('CmdOrCtrl', 'Ctrl');
  return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥').replace('Ctrl+', '⌃');
}
