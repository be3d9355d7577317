/**
 * File, folder and identifier names from user labels (SAFETY.md "Files written from design
 * content"). A name is lower-case ASCII letters, digits and single dashes, so it can hold no
 * `..`, slash, backslash, drive letter, trailing dot or space, and two names never differ by
 * case only. Windows device names get a suffix. The same name serves as the folder, the
 * compose service and the npm package name.
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)$/;
const MAX_NAME = 40;

/** A safe name for one label; `fallback` (itself safe) when nothing usable is left. */
export function safeName(label: string, fallback: string): string {
  const ascii = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME)
    .replace(/-+$/, '');
  const name = ascii === '' ? fallback : ascii;
  // A leading digit is a valid folder but not a valid npm or compose-friendly first char everywhere.
  const lettered = /^[a-z]/.test(name) ? name : `x-${name}`;
  return WINDOWS_RESERVED.test(lettered) ? `${lettered}-svc` : lettered;
}

/** Hands out unique safe names within one namespace (folders and compose services share one). */
export class NameAllocator {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) this.used.add(r);
  }

  take(label: string, fallback: string): string {
    const base = safeName(label, fallback);
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}`;
    this.used.add(name);
    return name;
  }
}

const words = (name: string): string[] => name.split(/[^a-zA-Z0-9]+/).filter((w) => w !== '');

/** `scoring-api` → `scoringApi` (names are safe, so the result is a valid identifier after a verb). */
export const camel = (...parts: string[]): string =>
  parts
    .flatMap(words)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');

export const pascal = (...parts: string[]): string => {
  const c = camel(...parts);
  return c[0]!.toUpperCase() + c.slice(1);
};

export const snake = (...parts: string[]): string => parts.flatMap(words).map((w) => w.toLowerCase()).join('_');

/** `feature-db` → `FEATURE_DB` for environment variables. */
export const envName = (...parts: string[]): string => snake(...parts).toUpperCase();
