/**
 * The command registry: one list feeds the toolbar, the keyboard shortcuts and the native
 * menu (whose items send command ids). Add a command here and every surface has it.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { newDesign, openDesign, saveDesign } from './fileActions';
import type { Platform } from './platform/platform';
import type { DesignStore } from './state/designStore';
import type { FlowNode } from './state/flowModel';

export interface CommandContext {
  store: DesignStore;
  platform: Platform;
  flow: ReactFlowInstance<FlowNode>;
}

export interface Command {
  id: MenuCommand;
  label: string;
  /** Display form; `keys` are matched against keyboard events. */
  shortcut?: string;
  keys?: { key: string; mod: boolean; shift?: boolean }[];
  run(ctx: CommandContext): void | Promise<void>;
}

export const COMMANDS: Command[] = [
  { id: 'new', label: 'New', shortcut: 'Ctrl+N', keys: [{ key: 'n', mod: true }], run: ({ store }) => newDesign(store) },
  { id: 'open', label: 'Open…', shortcut: 'Ctrl+O', keys: [{ key: 'o', mod: true }], run: ({ store, platform }) => openDesign(store, platform) },
  { id: 'save', label: 'Save', shortcut: 'Ctrl+S', keys: [{ key: 's', mod: true }], run: ({ store, platform }) => saveDesign(store, platform) },
  { id: 'saveAs', label: 'Save As…', shortcut: 'Ctrl+Shift+S', keys: [{ key: 's', mod: true, shift: true }], run: ({ store, platform }) => saveDesign(store, platform, true) },
  { id: 'undo', label: 'Undo', shortcut: 'Ctrl+Z', keys: [{ key: 'z', mod: true }], run: ({ store }) => store.temporal.getState().undo() },
  { id: 'redo', label: 'Redo', shortcut: 'Ctrl+Shift+Z', keys: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }], run: ({ store }) => store.temporal.getState().redo() },
  { id: 'fitView', label: 'Fit view', shortcut: 'Shift+1', run: ({ flow }) => void flow.fitView({ duration: 200 }) },
  {
    id: 'delete',
    label: 'Delete',
    shortcut: 'Delete',
    run: ({ store }) => {
      const s = store.getState();
      s.apply({ type: 'remove', nodeIds: s.nodes.filter((n) => n.selected).map((n) => n.id), edgeIds: s.edges.filter((e) => e.selected).map((e) => e.id) });
    },
  },
  {
    id: 'selectAll',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    run: ({ store }) => {
      const s = store.getState();
      s.select(s.nodes.map((n) => n.id), s.edges.map((e) => e.id));
    },
  },
];

export function command(id: MenuCommand): Command {
  return COMMANDS.find((c) => c.id === id)!;
}

/** The command a key press asks for, if any. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): Command | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  return COMMANDS.find((c) => c.keys?.some((k) => k.key === key && k.mod === mod && (k.shift ?? false) === e.shiftKey));
}
