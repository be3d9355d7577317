/**
 * The bridge: exposes `window.archway`, one function per contract channel plus the menu
 * listener. Never `ipcRenderer` itself nor the IPC event object (SAFETY.md).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, MENU_COMMANDS, MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';
import type { ArchwayApi } from '../../shared/ipc/contract';

const invoke = (channel: string) => (request: unknown) => ipcRenderer.invoke(CHANNEL_PREFIX + channel, request);

const api = {
  openFile: invoke('openFile'),
  saveFile: invoke('saveFile'),
  setDocumentState: invoke('setDocumentState'),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => void ipcRenderer.removeListener(MENU_EVENT, wrapped);
  },
  platform: process.platform,
} as ArchwayApi;

contextBridge.exposeInMainWorld('archway', api);
