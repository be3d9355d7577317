/**
 * Exports from the desktop app: the native save dialog with a filter for the file's type,
 * then an atomic write (write-file-atomic) of the text or bytes the renderer made. The
 * renderer suggests a file name only; a path in it is reduced to its last part.
 */
import { basename, extname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Request, Response } from '../../shared/ipc/contract';
import { removeStaleTemps } from './staleTemps';

export interface ExportFilter {
  name: string;
  extensions: string[];
}

export interface ExportDialog {
  /** Resolves to the chosen path, or undefined when the user cancels. */
  chooseExportPath(suggestedName: string, filter: ExportFilter): Promise<string | undefined>;
}

const FILTERS: Record<string, string> = {
  svg: 'SVG image',
  png: 'PNG image',
  mmd: 'Mermaid flowchart',
  csv: 'CSV table',
  json: 'JSON',
  zip: 'Zip archive',
};

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F) make a name read
 * differently from what it is (`invoice\u202Efdp.exe` shows as `invoiceexe.pdf`).
 */
export const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The file-name part of a suggestion, without control characters, bidi controls or path separators. */
export function safeFileName(suggested: string, fallback = 'export'): string {
  // eslint-disable-next-line no-control-regex
  const name = basename(suggested.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/^[a-zA-Z]:/, '') // `C:name` is a path relative to drive C on Windows
    .trim();
  return name && name !== '.' && name !== '..' ? name : fallback;
}

export function filterFor(name: string): ExportFilter {
  const ext = extname(name).slice(1).toLowerCase();
  return FILTERS[ext] ? { name: FILTERS[ext]!, extensions: [ext] } : { name: 'All files', extensions: ['*'] };
}

export class ExportService {
  constructor(private readonly dialog: ExportDialog) {}

  async exportFile(req: Request<'exportFile'>): Promise<Response<'exportFile'>> {
    const name = safeFileName(req.suggestedName);
    const path = await this.dialog.chooseExportPath(name, filterFor(name));
    if (!path) return { canceled: true };
    const started = Date.now();
    await writeFileAtomic(path, typeof req.data === 'string' ? req.data : Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength), { fsync: true });
    // An export killed mid-write leaves the same kind of temporary file as a save.
    await removeStaleTemps(path, started);
    return { canceled: false, name: basename(path) };
  }
}
