/**
 * The line under a component's label: its technology (Kafka, Postgres, …) and its kind, the
 * kind only when the label does not already say it ("API gateway" over "API gateway" reads
 * twice). `labelSaysKind` has the signature of shared/catalog's helper (H1, issue 12); swap
 * this local check for it once it lands.
 */
import { kindDef, type KindId } from '../../../../shared/catalog/kinds';

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));

/** Short forms that name a kind as well as its full name does. */
const SHORT: Partial<Record<KindId, string[]>> = { database: ['db'], 'message-queue': ['mq', 'queue'], 'api-gateway': ['gateway'], 'service-bus': ['esb', 'bus'], 'event-broker': ['broker'] };

export function labelSaysKind(label: string, kind: KindId): boolean {
  const have = new Set(words(label));
  if (words(kindDef(kind).label).every((w) => have.has(w))) return true;
  return (SHORT[kind] ?? []).some((s) => have.has(s));
}

export function kindLine(label: string, kind: KindId, technology: string | undefined): string {
  const parts = [technology?.trim() ?? '', labelSaysKind(label, kind) ? '' : kindDef(kind).label];
  return parts.filter(Boolean).join(' · ');
}
