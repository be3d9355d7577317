/**
 * What the editor needs from its host. In Electron the preload's `window.archway` provides
 * it; in a plain browser, `<input type=file>` and downloads do (DESIGN §1).
 */
import type { CommandId } from '../../../shared/commands/catalog';
import type { ArchwayApi } from '../../../shared/ipc/contract';
import { browserPlatform } from './browserPlatform';
import { electronPlatform } from './electronPlatform';

export interface OpenedFile {
  name: string;
  text: string;
  /** Electron: the token main gave for the file's path. */
  token?: string;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Resolves to undefined when the user cancels. */
  openFile(): Promise<OpenedFile | undefined>;
  /** Saves `text`; returns the saved file's name and token, or undefined when canceled. */
  saveFile(opts: { text: string; suggestedName: string; token?: string; saveAs: boolean }): Promise<{ name: string; token?: string } | undefined>;
  setDocumentState(title: string, dirty: boolean): void;
  onMenuCommand(listener: (command: CommandId) => void): () => void;
  /** macOS uses Cmd where other systems use Ctrl. */
  readonly mac: boolean;
}

declare global {
  interface Window {
    archway?: ArchwayApi;
  }
}

export function detectPlatform(): Platform {
  return window.archway ? electronPlatform(window.archway) : browserPlatform();
}
