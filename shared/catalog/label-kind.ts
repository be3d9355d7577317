/**
 * Whether a component's label already names its kind ("API Gateway" for an api-gateway,
 * "Online feature stores" for a feature-store), so a drawing can leave out the kind line
 * instead of saying it twice. Used by the SVG export and the canvas alike.
 */
import { kindDef, type KindId } from './kinds';

/** Short forms people write in labels for a word of a kind's name. */
const SYNONYMS: Record<string, readonly string[]> = {
  database: ['db', 'databases'],
  'message queue': ['mq'],
  'api gateway': ['gateway'],
  'service bus': ['esb'],
  'event broker': ['broker'],
  'data warehouse': ['warehouse', 'lake', 'lakehouse'],
};

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));

export function labelSaysKind(label: string, kind: KindId): boolean {
  const def = kindDef(kind);
  const have = new Set(words(label));
  const name = def.label.toLowerCase();
  if (words(name).every((w) => have.has(w))) return true;
  return (SYNONYMS[name] ?? []).some((s) => words(s).every((w) => have.has(w)));
}
