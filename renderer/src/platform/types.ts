/** What the editor needs from its host (Electron's preload API, or the browser). */
import type { CommandId } from '../../../shared/commands/catalog';
import type { Draft } from '../../../shared/ipc/contract';

export type { Draft } from '../../../shared/ipc/contract';

export interface OpenedFile {
  name: string;
  text: string;
  /** Electron: the token main gave for the file's path, and its modification time. */
  token?: string;
  mtimeMs?: number;
}

export interface SaveRequest {
  text: string;
  suggestedName: string;
  token?: string;
  saveAs: boolean;
  /** The file's modification time when it was opened or last saved (conflict detection). */
  expectedMtimeMs?: number;
  overwrite?: boolean;
}

export type SaveResult =
  | { status: 'canceled' }
  /** The file changed on disk since `expectedMtimeMs`; nothing was written. */
  | { status: 'conflict' }
  /** `verified`: the written file was read back and parsed. */
  | { status: 'saved'; name: string; token?: string; mtimeMs?: number; verified: boolean };

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** macOS uses Cmd where other systems use Ctrl. */
  readonly mac: boolean;
  /** Resolves to undefined when the user cancels. */
  openFile(): Promise<OpenedFile | undefined>;
  saveFile(req: SaveRequest): Promise<SaveResult>;
  setDocumentState(title: string, dirty: boolean): void;
  onMenuCommand(listener: (command: CommandId) => void): () => void;
  /** The desktop menu's File › Recent Files asks to open the file behind a token. */
  onOpenRecent(listener: (token: string) => void): () => void;
  /** Autosave drafts: the recovery folder in Electron, IndexedDB in the browser. */
  saveDraft(draft: Omit<Draft, 'savedAt'>): Promise<void>;
  listDrafts(): Promise<Draft[]>;
  discardDraft(draftId: string): Promise<void>;
  /**
   * Saves an export (image, Mermaid, results, a zip): the native save dialog in Electron, a
   * download in the browser. Resolves to false when the user cancels.
   */
  exportFile(data: Blob | string, fileName: string, type: string): Promise<boolean>;
  /** Opens another editor window (another tab in the browser build). */
  openWindow(): void;
  /** Recent files (the desktop app; the browser build has none). */
  listRecent(): Promise<RecentFile[]>;
  openRecent(token: string): Promise<OpenedFile>;
  /**
   * The browser build's memory of the last design open without unsaved changes, reopened
   * after a reload (the desktop app offers recent files instead). Absent in Electron.
   */
  rememberLast?(last: LastDesign | null): Promise<void>;
  recallLast?(): Promise<LastDesign | null>;
}

export interface LastDesign {
  name: string;
  text: string;
}

export interface RecentFile {
  token: string;
  name: string;
  path: string;
  openedAt: number;
}
