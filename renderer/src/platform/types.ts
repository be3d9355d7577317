/** What the editor needs from its host (Electron's preload API, or the browser). */
import type { CommandId } from '../../../shared/commands/catalog';

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
