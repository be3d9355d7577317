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
