/**
 * The IPC contract between the renderer and the Electron main process, declared once
 * (STYLE.md "IPC typed once"). Main registers one handler per key through a mapped type
 * and validates every request with its schema; the preload maps each key to
 * `ipcRenderer.invoke(CHANNEL_PREFIX + key)` and exposes nothing else.
 */
import { z } from 'zod';

import type { CommandId } from '../commands/catalog';

export { CHANNEL_PREFIX, MENU_EVENT } from './channels';

const FileText = z.string().max(64 * 1024 * 1024);
const FileName = z.string().min(1).max(4096);

/** A file the main process opened or saved; `token` stands for its path (the renderer never sends paths). */
export const FileRefSchema = z.object({ token: z.string().min(1).max(100), name: FileName, mtimeMs: z.number() });
export type FileRef = z.infer<typeof FileRefSchema>;

export const CONTRACT = {
  /** Shows the native open dialog and reads the chosen file. */
  openFile: {
    request: z.object({}).strict(),
    response: z.union([z.object({ canceled: z.literal(true) }), z.object({ canceled: z.literal(false), file: FileRefSchema, text: FileText })]),
  },
  /** Saves to a file opened or saved before (by token), or asks for a path when `token` is absent or `saveAs` is set. */
  saveFile: {
    request: z.object({ token: z.string().max(100).optional(), suggestedName: z.string().max(255), text: FileText, saveAs: z.boolean() }).strict(),
    response: z.union([z.object({ canceled: z.literal(true) }), z.object({ canceled: z.literal(false), file: FileRefSchema })]),
  },
  /** Keeps the window title and the unsaved-changes state (used by the close prompt) in step. */
  setDocumentState: {
    request: z.object({ title: z.string().max(300), dirty: z.boolean() }).strict(),
    response: z.void(),
  },
} as const;

export type Channel = keyof typeof CONTRACT;
export type Request<C extends Channel> = z.infer<(typeof CONTRACT)[C]['request']>;
export type Response<C extends Channel> = z.infer<(typeof CONTRACT)[C]['response']>;

export const CHANNELS = Object.keys(CONTRACT) as Channel[];

/** The API the preload exposes as `window.archway`. */
export type ArchwayApi = { [C in Channel]: (request: Request<C>) => Promise<Response<C>> } & {
  onMenuCommand(listener: (command: CommandId) => void): () => void;
  readonly platform: string;
};
