/**
 * draw.io file text → its pages' graph models. Reads `.drawio` / `.xml` (an `mxfile` of
 * `diagram`s, each plain or compressed: base64 of raw deflate of the URI-encoded XML), a bare
 * `mxGraphModel`, and `.drawio.svg` (the mxfile sits in the root's `content` attribute).
 * fast-xml-parser runs with entity processing off, and files that declare a DOCTYPE or
 * entities are refused before parsing (SAFETY.md: billion laughs); sizes are capped before and
 * after decompression.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Inflate, strFromU8 } from 'fflate';
import { decodeXmlText } from './text';

/** Biggest file accepted (draw.io diagrams are kilobytes; 50 MB is an attack or a mistake). */
export const DRAWIO_MAX_BYTES = 16 * 1024 * 1024;
/** Biggest decompressed page: a deflate bomb stops here. */
const MAX_INFLATED = 16 * 1024 * 1024;

/** One element as the parser gives it: attributes by name, children by tag. */
export type XmlNode = { [key: string]: unknown };

export interface DrawioPage {
  name: string;
  id: string;
  /** The page's `mxGraphModel` element. */
  model: XmlNode;
}

export type DecodeResult = { ok: true; pages: DrawioPage[] } | { ok: false; error: string };

export class DrawioError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
  isArray: (name) => name === 'diagram' || name === 'mxCell' || name === 'object' || name === 'UserObject' || name === 'mxPoint',
});

function parseXml(input: string, what: string): XmlNode {
  // A plain DOCTYPE naming an external DTD (SVG files carry one) declares nothing: drop it.
  // One with an internal subset or entity declarations is refused.
  const text = input.replace(/<!DOCTYPE\s+[\w:-]+(\s+(PUBLIC|SYSTEM)(\s+("[^"<>\[]*"|'[^'<>\[]*')){1,2})?\s*>/i, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new DrawioError(`${what} declares a DOCTYPE or entities, which draw.io never writes; Archway refuses such files (entity expansion can make a small file enormous).`);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new DrawioError(`${what} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  try {
    return parser.parse(text) as XmlNode;
  } catch (err) {
    throw new DrawioError(`${what} could not be read as XML: ${(err as Error).message}`);
  }
}

function base64ToBytes(text: string): Uint8Array {
  const atob = (globalThis as unknown as { atob(s: string): string }).atob;
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, ''));
  } catch {
    throw new DrawioError('A compressed page is not valid base64.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Raw inflate in small slices, so a deflate bomb is stopped at MAX_INFLATED. */
function inflateCapped(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED) throw new DrawioError(`A compressed page expands beyond ${MAX_INFLATED / 1048576} MB; Archway refuses it.`);
    chunks.push(chunk);
  });
  // 1 KB of deflate expands to at most about 1 MB, so the cap is noticed soon after it is passed.
  const SLICE = 1024;
  try {
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (err) {
    if (err instanceof DrawioError) throw err;
    throw new DrawioError(`A compressed page could not be decompressed (${(err as Error).message}).`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A `<diagram>`'s text: draw.io's compression, or (old files) escaped XML. */
function decompressPage(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) return trimmed;
  const latin1 = strFromU8(inflateCapped(base64ToBytes(trimmed)), true);
  try {
    return decodeURIComponent(latin1);
  } catch {
    // Very old files skipped the URI encoding.
    return latin1;
  }
}

const attr = (node: XmlNode, name: string): string | undefined => (typeof node[name] === 'string' ? decodeXmlText(node[name] as string) : undefined);

function modelOf(xml: string, what: string): XmlNode {
  const doc = parseXml(xml, what);
  const model = doc.mxGraphModel;
  if (!model || typeof model !== 'object') throw new DrawioError(`${what} holds no mxGraphModel.`);
  return model as XmlNode;
}

function pagesOfMxfile(mxfile: XmlNode): DrawioPage[] {
  const diagrams = (mxfile.diagram as unknown[] | undefined) ?? [];
  if (!diagrams.length) throw new DrawioError('The draw.io file has no pages (no <diagram> element).');
  return diagrams.map((d, i) => {
    const node: XmlNode = typeof d === 'string' ? { '#text': d } : (d as XmlNode);
    const name = attr(node, 'name') ?? `Page-${i + 1}`;
    const id = attr(node, 'id') ?? `page${i + 1}`;
    if (node.mxGraphModel && typeof node.mxGraphModel === 'object') return { name, id, model: node.mxGraphModel as XmlNode };
    const text = typeof node['#text'] === 'string' ? (node['#text'] as string) : '';
    if (!text.trim()) return { name, id, model: {} };
    return { name, id, model: modelOf(decompressPage(decodeXmlText(text)), `Page "${name}"`) };
  });
}

/** Every page of a draw.io file; throws DrawioError with a message for the user. */
export function drawioPages(text: string): DrawioPage[] {
  if (text.length > DRAWIO_MAX_BYTES) {
    throw new DrawioError(`The file is ${(text.length / 1048576).toFixed(1)} MB; Archway imports draw.io files up to ${DRAWIO_MAX_BYTES / 1048576} MB.`);
  }
  if (text.includes('\u0000')) throw new DrawioError('The file holds binary data (NUL bytes), not draw.io XML.');
  const doc = parseXml(text.replace(/^\uFEFF/, ''), 'The file');
  if ('mxfile' in doc) return pagesOfMxfile(typeof doc.mxfile === 'object' && doc.mxfile ? (doc.mxfile as XmlNode) : {});
  if ('mxGraphModel' in doc) return [{ name: 'Page-1', id: 'page1', model: typeof doc.mxGraphModel === 'object' && doc.mxGraphModel ? (doc.mxGraphModel as XmlNode) : {} }];
  if (doc.svg && typeof doc.svg === 'object') {
    const content = attr(doc.svg as XmlNode, 'content');
    if (!content) throw new DrawioError('The SVG holds no draw.io diagram (no content attribute: it was not saved as an editable .drawio.svg).');
    const inner = parseXml(content, 'The SVG\'s embedded diagram');
    if (inner.mxfile && typeof inner.mxfile === 'object') return pagesOfMxfile(inner.mxfile as XmlNode);
    if (inner.mxGraphModel && typeof inner.mxGraphModel === 'object') return [{ name: 'Page-1', id: 'page1', model: inner.mxGraphModel as XmlNode }];
    throw new DrawioError('The SVG\'s content attribute is not a draw.io diagram.');
  }
  throw new DrawioError('The file is XML but not a draw.io diagram (expected <mxfile>, <mxGraphModel> or an editable .drawio.svg).');
}
