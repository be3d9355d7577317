/**
 * Label text in and out of Mermaid (SAFETY.md "Untrusted text"). Export writes every label
 * inside double quotes with everything but letters, digits and a little punctuation as a
 * numeric entity (`#35;`), so no label can close the string, start a comment (`%%`) or a
 * directive, or form an arrow, a keyword or markup. Newlines become `<br>`, the only raw
 * markup written.
 */

/** Characters written as they are (besides letters and digits); the rest become `#n;`. */
const PLAIN = new Set([...",.-_:/?!'+*=@()"]);

/**
 * mermaid drops the last `;` of any line matching `style.*:\S*#.*;` or `classDef.*:\S*#.*;`
 * before it reads entities, which would break an entity. Mermaid ids never hold those words
 * (ids.ts), so only a label that does needs its colons escaped too.
 */
const STYLE_WORDS = /style|classDef/;

const isWordChar = (c: string): boolean => /^[\p{L}\p{N}]$/u.test(c) && !'ﬂ°¶'.includes(c);

/** The inside of a quoted Mermaid string that shows exactly `text`. */
export function encodeLabel(text: string): string {
  const chars = [...text];
  const escapeColon = STYLE_WORDS.test(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\n') out += '<br>';
    else if (c === ' ') {
      // mermaid trims and may collapse spaces: keep only single spaces between visible text.
      const prev = chars[i - 1];
      const next = chars[i + 1];
      const lone = prev !== undefined && next !== undefined && !/\s/.test(prev) && !/\s/.test(next);
      out += lone ? ' ' : '#32;';
    } else if (c === '"') out += '#quot;';
    else if (isWordChar(c) || (PLAIN.has(c) && !(c === ':' && escapeColon))) out += c;
    else out += `#${c.codePointAt(0)};`;
  }
  return out;
}

/** `"..."` for a Mermaid node or edge label; an empty label is a blank (mermaid rejects `""`). */
export function quoteLabel(text: string): string {
  return text === '' ? '" "' : `"${encodeLabel(text)}"`;
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0', num: '#', semi: ';', colon: ':' };

/**
 * Plain text from mermaid's label markup (FlowVertex.text): `<br>` is a newline, other
 * markup is dropped (labels are text, never HTML), entities are decoded in one pass.
 */
export function decodeLabel(markup: string): string {
  return markup
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
