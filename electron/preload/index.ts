/**
 * The bridge: exposes `window.archway`, one function per contract channel plus the menu
 * and recent-file listeners. Never `ipcRenderer` itself nor the IPC event object (SAFETY.md).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isCommandId, type CommandId } from '../../shared/commands/catalog';
import { CHANNEL_NAMES, CHANNEL_PREFIX, MENU_EVENT, OPEN_RECENT_EVENT } from '../../shared/ipc/channels';
import type { ArchwayApi } from '../../shared/ipc/contract';

const invoke = (channel: string) => (request: unknown) => ipcRenderer.invoke(CHANNEL_PREFIX + channel, request);

const api = {
  ...Object.fromEntries(CHANNEL_NAMES.map((c) => [c, invoke(c)])),
  onMenuCommand(listener: (command: CommandId) => void) {
    const wrapped = (_event: unknown, command: unknown) => {
      if (isCommandId(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => void ipcRenderer.removeListener(MENU_EVENT, wrapped);
  },
  onOpenRecent(listener: (token: string) => void) {
    const wrapped = (_event: unknown, token: unknown) => {
      if (typeof token === 'string' && token.length <= 100) listener(token);
    };
    ipcRenderer.on(OPEN_RECENT_EVENT, wrapped);
    return () => void ipcRenderer.removeListener(OPEN_RECENT_EVENT, wrapped);
  },
  platform: process.platform,
} as ArchwayApi;

contextBridge.exposeInMainWorld('archway', api);
