/**
 * A small YAML writer for the documents the skeleton emits (compose, OpenAPI, AsyncAPI).
 * Every string is double-quoted with JSON escapes (a subset of YAML's double-quoted style),
 * so a label can never become a key, a tag, an anchor or a second document.
 */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue | undefined };

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
const KEYWORDS = /^(y|n|yes|no|true|false|on|off|null)$/i;

/** JSON escapes plus the characters YAML 1.1 readers treat as line breaks or BOM. */
const quote = (s: string): string =>
  JSON.stringify(s).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const key = (k: string): string => (PLAIN_KEY.test(k) && !KEYWORDS.test(k) ? k : quote(k));

function scalar(v: string | number | boolean | null): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return String(v);
}

type Collection = YamlValue[] | { [key: string]: YamlValue | undefined };
const isCollection = (v: YamlValue): v is Collection => typeof v === 'object' && v !== null;
const isEmpty = (v: Collection): boolean =>
  Array.isArray(v) ? v.length === 0 : Object.values(v).every((x) => x === undefined);

function lines(value: YamlValue, indent: string): string[] {
  if (!isCollection(value)) return [scalar(value)];
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCollection(item) && !isEmpty(item)) {
        const [first, ...rest] = lines(item, `${indent}  `);
        out.push(`${indent}- ${first!.trimStart()}`, ...rest);
      } else out.push(`${indent}- ${inline(item)}`);
    }
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (isCollection(v) && !isEmpty(v)) out.push(`${indent}${key(k)}:`, ...lines(v, `${indent}  `));
    else out.push(`${indent}${key(k)}: ${inline(v)}`);
  }
  return out;
}

const inline = (v: YamlValue): string => (isCollection(v) ? (Array.isArray(v) ? '[]' : '{}') : scalar(v));

export function toYaml(value: YamlValue): string {
  return `${lines(value, '').join('\n')}\n`;
}
