/**
 * What of a foreign flowchart's drawing Archway keeps (SAFETY.md "Untrusted text"): label
 * markup only when every tag is a plain formatting tag without attributes, CSS only from a
 * small character set (no `url(`, no braces or semicolons), links only to web, mail or
 * relative addresses. Anything else is left out of the design; the label keeps its text.
 */

const TAG = /<[^>]*>?/g;
const PLAIN_TAG = /^<\/?(br|b|i|em|strong|u|s|sub|sup|code|small|mark|del|ins|p|span|div)\s*\/?>$/i;

/** Markup whose every tag is an attribute-less formatting tag. */
export function isSafeMarkup(text: string): boolean {
  return (text.match(TAG) ?? []).every((tag) => PLAIN_TAG.test(tag));
}

const CSS = /^[\p{L}\p{N}\s#%.,:()'"/+_-]*$/u;

/** One CSS declaration that cannot reach outside its rule or load anything. */
export function isSafeCss(style: string): boolean {
  return CSS.test(style) && !/url\s*\(|expression\s*\(|javascript|@import/i.test(style) && style.length <= 500;
}

/** A `click` address kept as text: web, mail or relative; never script. */
export function isSafeHref(href: string): boolean {
  return href.length <= 2000 && !/[\s"<>]/.test(href) && (/^(https?:\/\/|mailto:)/i.test(href) || !/^[^/?#]*:/.test(href));
}
