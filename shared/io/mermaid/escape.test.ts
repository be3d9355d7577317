import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLabel, encodeLabel, quoteLabel } from './escape';
import { unhideEntities } from './fromDb';

/** What mermaid does to a quoted label before handing it back: hide `#x;` entities, trim. */
const mermaidRoundTrip = (encoded: string): string =>
  unhideEntities(encoded.replace(/#(\w+);/g, (_, n: string) => (/^\d+$/.test(n) ? `ﬂ°°${n}¶ß` : `ﬂ°${n}¶ß`)).trim());

describe('encodeLabel', () => {
  it('writes nothing that can close the string, start a comment or form markup', () => {
    const encoded = encodeLabel('end"]-->X[pwn %%{init}%% <script>|`#;&\\');
    // Apart from entities, only letters, digits, spaces and harmless punctuation remain.
    expect(encoded.replace(/#\w+;/g, '')).toMatch(/^[\p{L}\p{N} ,.\-_/?!'+*=@()]*$/u);
    expect(encoded).toContain('#quot;');
    expect(encoded).toContain('#35;');
  });

  it('escapes colons only where a style word would make mermaid misread entities', () => {
    expect(encodeLabel('pull: Poll for features')).toBe('pull: Poll for features');
    expect(encodeLabel('lifestyle: #1;')).toBe('lifestyle#58; #35;1#59;');
  });

  it('keeps readable text readable and writes newlines as <br>', () => {
    expect(encodeLabel('Feature Store, v2 (online)')).toBe('Feature Store, v2 (online)');
    expect(encodeLabel('a\nb')).toBe('a<br>b');
  });

  it('protects spaces that mermaid would trim or collapse', () => {
    expect(encodeLabel(' a  b ')).toBe('#32;a#32;#32;b#32;');
  });

  it('gives mermaid a blank, never an empty string, for an empty label', () => {
    expect(quoteLabel('')).toBe('" "');
  });
});

describe('decodeLabel', () => {
  it('turns <br> into newlines, drops other markup and decodes entities once', () => {
    expect(decodeLabel('A<br/>B<br>C')).toBe('A\nB\nC');
    expect(decodeLabel('<b>bold</b> &amp;lt; &#128512; &quot;q&quot;')).toBe('bold &lt; 😀 "q"');
  });

  it('inverts encodeLabel through mermaid’s own entity handling, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(decodeLabel(mermaidRoundTrip(encodeLabel(s)))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});
