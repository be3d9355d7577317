/**
 * Text from draw.io attributes: XML character references decoded by hand (the XML parser runs
 * with entity processing off, so nothing is ever expanded beyond the five predefined entities
 * and numeric references), and HTML labels (`html=1`) reduced to plain text.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The HTML entities draw.io's editor writes; anything else is left as typed. */
const HTML_ENTITIES: Readonly<Record<string, string>> = { ...XML_ENTITIES, nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', bull: '•', middot: '·' };

function fromCodePoint(code: number): string | undefined {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

function decodeWith(text: string, table: Readonly<Record<string, string>>): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return fromCodePoint(code) ?? whole;
    }
    return table[ref.toLowerCase()] ?? whole;
  });
}

/** An attribute value as the XML parser returned it (entities untouched) → its text. */
export function decodeXmlText(raw: string): string {
  return decodeWith(raw, XML_ENTITIES);
}

/** Characters that must be escaped in an XML attribute value we write. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"'\n\r\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!);
}

/**
 * An HTML label → plain text: line breaks for <br> and block ends, every tag dropped (the
 * contents of script and style elements too), entities decoded, blank lines removed. The result
 * is only ever shown as text, never as markup.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li|tr|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/</g, '');
  return tidyText(decodeWith(text, HTML_ENTITIES));
}

/** Trims each line, collapses runs of spaces, drops empty lines. */
export function tidyText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
