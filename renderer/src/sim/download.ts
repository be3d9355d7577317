/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name stem from a design's title or file name: letters, digits, dashes. */
export function fileStem(name: string): string {
  const base = name.replace(/\.archway\.json$|\.json$/i, '');
  const stem = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return stem || 'design';
}
