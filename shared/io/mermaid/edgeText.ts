/**
 * Edge label words (DESIGN §5). In the dialect an edge label reads `<words>: <label>`: the
 * words before the colon set delivery, processing (and timing, though the arrow carries it)
 * and the protocol; the text after it is the label. Defaults (push, stream) are not written,
 * so a plain request reads `-->|"REST"|`.
 */
import { PROTOCOL_SUGGESTIONS, type Delivery, type Processing, type Timing } from '../../catalog/edges';

export interface EdgeWords {
  timing?: Timing;
  delivery?: Delivery;
  processing?: Processing;
  protocol?: string;
  label: string;
}

const ATTRIBUTE_WORDS: Record<string, Partial<Omit<EdgeWords, 'label' | 'protocol'>>> = {
  sync: { timing: 'sync' },
  async: { timing: 'async' },
  push: { delivery: 'push' },
  pull: { delivery: 'pull' },
  poll: { delivery: 'pull' },
  stream: { processing: 'stream' },
  batch: { processing: 'batch' },
};

/** Protocol words read from any flowchart, in their usual spelling. */
export const KNOWN_PROTOCOLS: readonly string[] = [...PROTOCOL_SUGGESTIONS, 'HTTP', 'HTTPS', 'GraphQL', 'WebSocket', 'MQTT', 'JDBC', 'TCP', 'S3', 'Thrift'];
const PROTOCOL_BY_LOWER = new Map(KNOWN_PROTOCOLS.map((p) => [p.toLowerCase(), p]));

const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const isAttributeWord = (t: string): boolean => Object.hasOwn(ATTRIBUTE_WORDS, t.toLowerCase());
const isWord = (t: string): boolean => isAttributeWord(t) || PROTOCOL_BY_LOWER.has(t.toLowerCase());

/** A protocol the visible text can carry: single-spaced words, no colon, no attribute word. */
export function isWritableProtocol(protocol: string): boolean {
  return protocol !== '' && !protocol.includes(':') && tokens(protocol).join(' ') === protocol && !tokens(protocol).some(isAttributeWord);
}

/** The dialect's edge text; `protocol` is left out (for the archway block) when not writable. */
export function formatEdgeText(e: { delivery: Delivery; processing: Processing; protocol: string; label: string }): string {
  const head = [e.delivery === 'pull' ? 'pull' : '', e.processing === 'batch' ? 'batch' : '', isWritableProtocol(e.protocol) ? e.protocol : ''].filter(Boolean).join(' ');
  // A protocol that is not a known word needs the colon, or it would read as a label.
  if (e.label === '') return isWritableProtocol(e.protocol) && !PROTOCOL_BY_LOWER.has(e.protocol.toLowerCase()) ? `${head}:` : head;
  const bare = head === '' && !e.label.includes(':') && tokens(e.label).join(' ') === e.label && !tokens(e.label).some(isWord);
  return bare ? e.label : `${head}: ${e.label}`;
}

function applyWords(words: string[], into: EdgeWords): string[] {
  const rest: string[] = [];
  for (const w of words) {
    const attrs = ATTRIBUTE_WORDS[w.toLowerCase()];
    if (isAttributeWord(w)) Object.assign(into, attrs);
    else rest.push(w);
  }
  return rest;
}

/** Reads a dialect edge text (the inverse of formatEdgeText). */
export function parseDialectEdgeText(text: string): EdgeWords {
  const colon = text.indexOf(':');
  const out: EdgeWords = { label: '' };
  if (colon >= 0) {
    const rest = applyWords(tokens(text.slice(0, colon)), out);
    if (rest.length) out.protocol = rest.join(' ');
    out.label = text.slice(colon + 1).replace(/^ /, '');
    return out;
  }
  // No colon: attribute and protocol words anywhere; the other words are the label.
  const rest = applyWords(tokens(text), out).filter((w) => {
    const protocol = PROTOCOL_BY_LOWER.get(w.toLowerCase());
    if (protocol === undefined || out.protocol !== undefined) return true;
    out.protocol = w;
    return false;
  });
  out.label = rest.length === tokens(text).length ? text : rest.join(' ');
  return out;
}

const BATCH = /\b(batch(es|ed)?|every|hourly|daily|nightly|weekly|monthly|scheduled)\b/i;
const PULL = /\b(poll|pull)(s|ed|ing)?\b/i;

/** Reads the label of an edge in any flowchart: words set attributes, the label stays whole. */
export function parsePlainEdgeText(text: string): EdgeWords {
  const out: EdgeWords = { label: text };
  const lower = ` ${text.toLowerCase()} `;
  if (/\basync(hronous(ly)?)?\b/.test(lower)) out.timing = 'async';
  else if (/\bsync(hronous(ly)?)?\b/.test(lower)) out.timing = 'sync';
  if (PULL.test(text)) out.delivery = 'pull';
  else if (/\bpush(es|ed|ing)?\b/i.test(text)) out.delivery = 'push';
  if (BATCH.test(text)) out.processing = 'batch';
  else if (/\bstream(s|ed|ing)?\b/i.test(text)) out.processing = 'stream';
  for (const t of tokens(text.replace(/[^\p{L}\p{N}\s/-]/gu, ' '))) {
    const p = PROTOCOL_BY_LOWER.get(t.toLowerCase());
    if (p !== undefined) {
      out.protocol = p;
      break;
    }
  }
  return out;
}
