/**
 * The bridge: exposes `window.archway`, one function per contract channel plus the menu
 * listener. Never `ipcRenderer` itself nor the IPC event object (SAFETY.md).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isCommandId, type CommandId } from '../../shared/commands/catalog';
import { CHANNEL_NAMES, CHANNEL_PREFIX, MENU_EVENT } from '../../shared/ipc/channels';
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
  platform: process.platform,
} as ArchwayApi;

contextBridge.exposeInMainWorld('archway', api);
