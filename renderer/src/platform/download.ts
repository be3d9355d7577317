/**
 * Browser downloads, the one way the browser build writes files (saves and exports, through
 * browserPlatform). The desktop app saves through main's dialogs instead (Platform.exportFile).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from a design title: lower-case words joined by dashes. */
export function fileSlug(title: string, fallback = 'design'): string {
  const slug = title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || fallback;
}
