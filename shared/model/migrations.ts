/**
 * Format migrations. `MIGRATIONS[n]` turns a raw version-n document into version n+1.
 * When the format changes: bump FORMAT_VERSION, add the step here, and add a fixture of the
 * old version under shared/model/fixtures/ (SAFETY.md: load, migrate, validate, save, reload).
 */
import { FORMAT_VERSION } from './schema';

export type RawDocument = Record<string, unknown>;
export type Migration = (doc: RawDocument) => RawDocument;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1: (doc) => ({ ...doc, formatVersion: 2, ... }),
};

export class FormatVersionError extends Error {}

/** Brings a raw document up to FORMAT_VERSION, or explains why it cannot. */
export function migrate(doc: RawDocument, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, current = FORMAT_VERSION): RawDocument {
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FormatVersionError('The file has no valid "formatVersion": it is not an Archway design.');
  }
  if (version > current) {
    throw new FormatVersionError(
      `The file was written by a newer Archway (format version ${version}; this version reads up to ${current}). Update Archway to open it.`,
    );
  }
  let out = doc;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new FormatVersionError(`No migration from format version ${v} to ${v + 1}.`);
    out = step(out);
  }
  return out;
}
