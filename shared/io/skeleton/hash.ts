/**
 * A 64-bit content hash (two independent 32-bit FNV-1a lanes) for generated-file markers.
 * Not cryptographic: it only tells "this file is still what Archway wrote" from "a person
 * edited it", and it must run everywhere shared/ runs (no Node crypto, no async WebCrypto).
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f1a7c3b;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
