/** A file-name stem from a design's title or file name: letters, digits, dashes. */
export function fileStem(name: string): string {
  const base = name.replace(/\.archway\.json$|\.json$/i, '');
  const stem = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return stem || 'design';
}
