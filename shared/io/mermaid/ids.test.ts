import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeMermaidId, MermaidIds } from './ids';

describe('MermaidIds', () => {
  it('keeps safe ids and gives every other id a unique safe stand-in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('end', 'a', 'n_a', 'lifestyle', 'classDef', 'prototype', 'x')), { maxLength: 20 }), (ids) => {
        const out = new MermaidIds().claimAll(ids.map((id) => ({ id, prefix: 'n' })));
        expect(new Set(out).size).toBe(ids.length);
        out.forEach((m, i) => {
          expect(isSafeMermaidId(m)).toBe(true);
          if (isSafeMermaidId(ids[i]!)) expect(m).toBe(ids[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses keywords, style words and keys that safe JSON parsing drops', () => {
    for (const id of ['end', 'END', 'subgraph', 'lifestyle', 'myclassDef', 'constructor', 'a-b', '1a', '']) expect(isSafeMermaidId(id), id).toBe(false);
    expect(new MermaidIds().claim('lifestyle', 'n')).toBe('n_life');
  });
});
