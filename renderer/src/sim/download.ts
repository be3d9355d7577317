import type { Platform } from '../platform/platform';
import type { DesignStore } from '../state/designStore';

/** A file-name stem from a design's title or file name: letters, digits, dashes. */
export function fileStem(name: string): string {
  const base = name.replace(/\.archway\.json$|\.json$/i, '');
  const stem = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return stem || 'design';
}

/** Saves a simulation export; a failure (a full disk, a denied folder) shows as a notice instead of vanishing. */
export function saveExport(platform: Platform, store: DesignStore, data: string, name: string, type: string): void {
  platform.exportFile(data, name, type).catch((err: Error) => store.getState().setNotice({ kind: 'error', text: `Could not save ${name}: ${err.message}` }));
}
