/**
 * Labels are untrusted text: these put them into generated files as inert text only (never
 * as code, paths or markup).
 */
const MAX = 120;

/** One line, safe inside `//`, `#` and `/* *\/` comments and docstrings. */
export function commentText(label: string): string {
  const one = label
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/\*\//g, '* /')
    .replace(/"""/g, '"\u200b"\u200b"')
    .replace(/\\/g, '/')
    .trim();
  return one.length > MAX ? `${one.slice(0, MAX - 1)}…` : one || '(unnamed)';
}

/** Text for a Markdown table cell or list item: no HTML, no table breaks, no code spans. */
export function mdText(label: string): string {
  return commentText(label).replace(/[\\`*_[\]<>|#&]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A string literal valid in both TypeScript and Python. */
export const literal = (s: string): string =>
  JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

export function describeTrigger(t: { kind: 'demand' } | { kind: 'poll' | 'schedule'; everyMs: number }): string {
  if (t.kind === 'demand') return 'on demand';
  return `${t.kind === 'poll' ? 'polls' : 'runs'} every ${t.everyMs} ms`;
}
