/**
 * The IPC contract between the renderer and the Electron main process, declared once
 * (STYLE.md "IPC typed once"). Main registers one handler per key through a mapped type
 * and validates every request with its schema; the preload maps each key to
 * `ipcRenderer.invoke(CHANNEL_PREFIX + key)` and exposes nothing else.
 */
import { z } from 'zod';

import type { CommandId } from '../commands/catalog';
import type { CHANNEL_NAMES } from './channels';

export { CHANNEL_PREFIX, CHANNEL_NAMES, MENU_EVENT, OPEN_RECENT_EVENT } from './channels';

const FileText = z.string().max(64 * 1024 * 1024);
const FileName = z.string().min(1).max(4096);
export const MAX_EXPORT_BYTES = 128 * 1024 * 1024;

/** A file the main process opened or saved; `token` stands for its path (the renderer never sends paths). */
export const FileRefSchema = z.object({ token: z.string().min(1).max(100), name: FileName, mtimeMs: z.number() });
export type FileRef = z.infer<typeof FileRefSchema>;

/** Draft ids name files in the recovery folder: a closed alphabet, so never a path. */
export const DraftId = z.string().regex(/^[a-z0-9-]{1,64}$/);
export const DraftSchema = z.object({ draftId: DraftId, name: z.string().max(300), savedAt: z.number(), text: FileText });
export type Draft = z.infer<typeof DraftSchema>;

export const CONTRACT = {
  /** Shows the native open dialog and reads the chosen file. */
  openFile: {
    request: z.object({}).strict(),
    response: z.union([z.object({ canceled: z.literal(true) }), z.object({ canceled: z.literal(false), file: FileRefSchema, text: FileText })]),
  },
  /**
   * Saves to a file opened or saved before (by token), or asks for a path when `token` is
   * absent or `saveAs` is set. With `expectedMtimeMs`, a file changed on disk since then is
   * not overwritten: the answer is `conflict` and the renderer asks before saving with
   * `overwrite`. The file is read back and parsed after writing (`verified`).
   */
  saveFile: {
    request: z
      .object({ token: z.string().max(100).optional(), suggestedName: z.string().max(255), text: FileText, saveAs: z.boolean(), expectedMtimeMs: z.number().optional(), overwrite: z.boolean().optional() })
      .strict(),
    response: z.union([
      z.object({ canceled: z.literal(true) }),
      z.object({ canceled: z.literal(false), conflict: z.literal(true), mtimeMs: z.number() }),
      z.object({ canceled: z.literal(false), conflict: z.literal(false).optional(), file: FileRefSchema, verified: z.boolean() }),
    ]),
  },
  /** Keeps the window title and the unsaved-changes state (used by the close prompt) in step. */
  setDocumentState: {
    request: z.object({ title: z.string().max(300), dirty: z.boolean() }).strict(),
    response: z.void(),
  },
  /** Autosave: writes a draft of an unsaved design to the app's recovery folder. */
  saveDraft: {
    request: z.object({ draftId: DraftId, name: z.string().max(300), text: FileText }).strict(),
    response: z.void(),
  },
  /** Drafts left by a crash or a kill, offered at start. */
  listDrafts: {
    request: z.object({}).strict(),
    response: z.array(DraftSchema),
  },
  /** Deletes a draft once its design was saved (and read back) or the user discarded it. */
  discardDraft: {
    request: z.object({ draftId: DraftId }).strict(),
    response: z.void(),
  },
  /** Code skeleton export: the native folder dialog; `token` stands for the chosen folder (the renderer never sends paths). */
  chooseFolder: {
    request: z.object({}).strict(),
    response: z.union([
      z.object({ canceled: z.literal(true) }),
      z.object({ canceled: z.literal(false), token: z.string().min(1).max(100), name: FileName, empty: z.boolean(), earlierSkeleton: z.boolean() }),
    ]),
  },
  /**
   * Writes a generated skeleton into a folder chosen with chooseFolder, never elsewhere
   * (shared/node/skeleton/write.ts). A non-empty folder that holds no earlier skeleton is
   * refused (`not-empty`) unless `force` says the user agreed; edited files are kept either way.
   */
  writeSkeleton: {
    request: z
      .object({
        folderToken: z.string().min(1).max(100),
        files: z
          .array(z.object({ path: z.string().min(1).max(400), content: z.string().max(16 * 1024 * 1024) }).strict())
          .max(20_000)
          .refine((files) => files.reduce((n, f) => n + f.content.length, 0) <= 64 * 1024 * 1024, 'the files exceed 64 MB'),
        force: z.boolean(),
      })
      .strict(),
    response: z.union([
      z.object({ ok: z.literal(false), reason: z.literal('not-empty'), folder: FileName }),
      z.object({
        ok: z.literal(true),
        folder: FileName,
        written: z.array(z.string()),
        unchanged: z.array(z.string()),
        keptUserEdits: z.array(z.string()),
        skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
      }),
    ]),
  },
  /** Recent files (most recent first), each behind a token. */
  listRecent: {
    request: z.object({}).strict(),
    response: z.array(z.object({ token: z.string().min(1).max(100), name: FileName, path: z.string().max(4096), openedAt: z.number() })),
  },
  /** Opens a recent file by its token (like openFile, without the dialog). */
  openRecent: {
    request: z.object({ token: z.string().min(1).max(100) }).strict(),
    response: z.object({ canceled: z.literal(false), file: FileRefSchema, text: FileText }),
  },
  /** Opens another editor window (File > New Window). */
  openWindow: {
    request: z.object({}).strict(),
    response: z.void(),
  },
  /**
   * An export (image, Mermaid, simulation results, a skeleton zip): the native save dialog,
   * suggesting `suggestedName` (a file name, never a path), then an atomic write of text or bytes.
   */
  exportFile: {
    request: z
      .object({
        suggestedName: z.string().min(1).max(255),
        data: z.union([FileText, z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'the export exceeds 128 MB')]),
      })
      .strict(),
    response: z.union([z.object({ canceled: z.literal(true) }), z.object({ canceled: z.literal(false), name: FileName })]),
  },
} as const;

// The contract's keys are exactly the channel names the preload exposes.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractMatchesChannels: SameKeys<keyof typeof CONTRACT, (typeof CHANNEL_NAMES)[number]> = true;
void contractMatchesChannels;

export type Channel = keyof typeof CONTRACT;
export type Request<C extends Channel> = z.infer<(typeof CONTRACT)[C]['request']>;
export type Response<C extends Channel> = z.infer<(typeof CONTRACT)[C]['response']>;

export const CHANNELS = Object.keys(CONTRACT) as Channel[];

/** The API the preload exposes as `window.archway`. */
export type ArchwayApi = { [C in Channel]: (request: Request<C>) => Promise<Response<C>> } & {
  onMenuCommand(listener: (command: CommandId) => void): () => void;
  /** File › Recent Files in the native menu: open the file behind this token. */
  onOpenRecent(listener: (token: string) => void): () => void;
  readonly platform: string;
};
