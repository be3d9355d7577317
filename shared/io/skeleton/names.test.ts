import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameAllocator, safeName } from './names';
import { unsafePathReason } from './paths';
import { HOSTILE_LABELS } from './testing/pattern-designs';

describe('safeName', () => {
  it('turns hostile labels into plain folder names', () => {
    expect(safeName('../../etc', 'x')).toBe('etc');
    expect(safeName('/etc/cron.d/x', 'x')).toBe('etc-cron-d-x');
    expect(safeName('..\\..\\AppData\\x', 'x')).toBe('appdata-x');
    expect(safeName('CON', 'x')).toBe('con-svc');
    expect(safeName('a/../../b', 'x')).toBe('a-b');
    expect(safeName('name.', 'x')).toBe('name');
    expect(safeName('', 'microservice')).toBe('microservice');
    expect(safeName('🚀🔥', 'model-server')).toBe('model-server');
    expect(safeName('Café Modèle', 'x')).toBe('cafe-modele');
    expect(safeName('3d model', 'x')).toBe('x-3d-model');
    // Bidirectional controls (U+202E would show "scoring\u202Eexe.sj" as "scoringjs.exe") are dropped.
    expect(safeName('scoring\u202Eexe.sj', 'x')).toBe('scoring-exe-sj');
    expect(safeName('\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e', 'model-server')).toBe('model-server');
  });

  it('refuses a written path holding bidirectional controls, whoever made it', () => {
    for (const c of ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(unsafePathReason(`services/scoring${c}/src/index.ts`)).toBe('bidirectional control character in path');
    }
    expect(unsafePathReason('services/x\u0085/a.ts')).toBe('control character in path');
  });

  it('gives a safe path segment for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (label) => {
        const name = safeName(label, 'component');
        expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(unsafePathReason(`services/${name}/src/index.ts`)).toBeNull();
      }),
    );
  });
});

describe('NameAllocator', () => {
  it('keeps colliding and case-folded labels apart', () => {
    const names = new NameAllocator();
    const got = HOSTILE_LABELS.map((l) => names.take(l, 'component'));
    expect(new Set(got).size).toBe(got.length);
    expect(new Set(got.map((n) => n.toLowerCase())).size).toBe(got.length);
    expect(got.slice(8, 11)).toEqual(['scoring', 'scoring-2', 'scoring-3']);
  });

  it('never hands out the same name twice, whatever the labels', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 40 }), (labels) => {
        const names = new NameAllocator();
        const got = labels.map((l) => names.take(l, 'component'));
        expect(new Set(got).size).toBe(got.length);
      }),
    );
  });
});
