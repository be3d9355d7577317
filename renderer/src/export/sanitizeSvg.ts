/**
 * The last step before an SVG leaves the app (SAFETY.md; PlantUML CVE-2022-1231): no
 * `<script>` (nor other elements that load or run code), no `on*` attributes, no
 * `javascript:` links. The shared exporter escapes every user string (shared/io/svg), so a
 * hostile label is already inert text, but an SVG file is opened by browsers with scripting
 * on, so anything added on the way (problem marks, a future view) is stripped here rather
 * than trusted.
 *
 * It parses as XML with the host's DOMParser (the browser's; jsdom in tests) and walks every
 * element, so entities and odd spacing cannot hide an attribute from it. Input that does not
 * parse is refused: a string that cannot be checked is never written.
 */

/** Elements that run code, load documents or submit anywhere: removed with their content. */
const BANNED_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'portal', 'handler', 'listener']);

/** Schemes that run code when a link or resource is followed. */
const BAD_SCHEME = /^(javascript|vbscript|livescript):|^data:(text\/html|application\/xhtml|image\/svg)/;

/** SMIL can set a link's target after load (`<set attributeName="href" to="javascript:…">`). */
const ANIMATION_ELEMENTS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'discard']);

/** The value as a browser reads a URL: entities decoded (by the parser), spaces and controls ignored, case folded. */
function normalized(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '').toLowerCase();
}

function unsafeAttribute(el: Element, attr: Attr): boolean {
  const name = attr.localName.toLowerCase();
  if (name.startsWith('on')) return true;
  if (name === 'srcdoc') return true;
  const value = normalized(attr.value);
  if (BAD_SCHEME.test(value)) return true;
  // A code URL inside CSS (`url(javascript:…)`) or a SMIL value list (`values="a;javascript:…"`).
  if (/url\((['"]?)(javascript|vbscript):/.test(value)) return true;
  if (ANIMATION_ELEMENTS.has(el.localName.toLowerCase())) {
    if (['attributename', 'values', 'to', 'from', 'by'].includes(name) && /(javascript|vbscript):|^(xlink:)?href$/.test(value)) return true;
  }
  return false;
}

export interface SanitizeReport {
  svg: string;
  /** What was removed, for tests and logs ("script", "onerror", "href"). */
  removed: string[];
}

export function sanitizeSvg(svg: string): SanitizeReport {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('the exported SVG is not well-formed XML, so it cannot be checked; nothing was written');
  }
  const removed: string[] = [];
  const visit = (el: Element): void => {
    if (BANNED_ELEMENTS.has(el.localName.toLowerCase())) {
      removed.push(el.localName);
      el.remove();
      return;
    }
    for (const attr of [...el.attributes]) {
      if (unsafeAttribute(el, attr)) {
        removed.push(attr.name);
        el.removeAttributeNode(attr);
      }
    }
    for (const child of [...el.children]) visit(child);
  };
  visit(root);
  // Processing instructions such as <?xml-stylesheet href="javascript:…"?> sit outside the root.
  for (const node of [...doc.childNodes]) {
    if (node.nodeType === 7 /* PROCESSING_INSTRUCTION_NODE */) {
      removed.push('processing-instruction');
      node.remove();
    }
  }
  return { svg: new XMLSerializer().serializeToString(doc), removed };
}
