/**
 * The last check before a generated path touches a disk: the writer refuses any path this
 * rejects, whatever produced it (defence in depth behind names.ts).
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** Why a relative path is unsafe to write under a root, or null when it is safe. */
export function unsafePathReason(path: string): string | null {
  if (path === '') return 'empty path';
  if (path.length > 400) return 'path too long';
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return 'control character in path';
  // Bidi controls make a name read as something else (`x\u202Egnp.ts` shows as `xst.png`).
  if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(path)) return 'bidirectional control character in path';
  if (path.includes('\\')) return 'backslash in path';
  if (path.startsWith('/')) return 'absolute path';
  if (/^[a-zA-Z]:/.test(path)) return 'drive letter in path';
  if (/[<>:"|?*]/.test(path)) return 'character not allowed in Windows file names';
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.' || seg === '..') return `path segment "${seg}" not allowed`;
    if (/[. ]$/.test(seg)) return 'segment ends with a dot or space';
    if (WINDOWS_RESERVED.test(seg)) return `reserved Windows name "${seg}"`;
  }
  return null;
}

/**
 * Paths that would land on the same file or folder on a case-insensitive disk (macOS,
 * Windows): `a/README.md` and `a/readme.md`, but also `A/x` and `a/y`.
 */
export function caseCollisions(paths: readonly string[]): string[] {
  const spelling = new Map<string, string>();
  const clashes: string[] = [];
  for (const p of paths) {
    const segments = p.normalize('NFC').split('/');
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      const key = prefix.toLowerCase();
      const prev = spelling.get(key);
      if (prev === undefined) spelling.set(key, prefix);
      else if (prev !== prefix || i === segments.length) {
        clashes.push(p);
        break;
      }
    }
  }
  return clashes;
}
