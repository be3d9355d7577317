/**
 * The loader never throws (issue 13): property tests over arbitrary text, arbitrary JSON and
 * mutated valid designs (every template). Whatever it accepts passes the schema and the
 * reference checks, and opens again after a save. About 6,000 cases, a few seconds of CPU.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bomText, deepChainText, hugeCoordinateText, noKindText, protoText, smallDesign, truncatedText } from '../testing/hostile';
import { checkReferences, parseDesign, serializeDesign, UNEXPECTED_LOAD_ERROR, validateDesign } from './document';
import { DesignSchema, type Design } from './schema';

const TEMPLATES_DIR = new URL('../../assets/templates/', import.meta.url);
const TEMPLATES: string[] = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.archway.json'))
  .map((f) => readFileSync(new URL(f, TEMPLATES_DIR), 'utf8'));

/** The property every load must hold: an answer, never a throw; an accepted design is sound and survives a save. */
function expectSoundAnswer(load: () => ReturnType<typeof parseDesign>): void {
  let r: ReturnType<typeof parseDesign>;
  expect(() => (r = load())).not.toThrow();
  if (!r!.ok) {
    expect(typeof r!.error).toBe('string');
    expect(r!.error.length).toBeGreaterThan(0);
    // The safety net inside parseDesign catches a throw; reaching it is still a bug.
    expect(r!.error).not.toContain(UNEXPECTED_LOAD_ERROR);
    return;
  }
  const design: Design = r!.design;
  expect(DesignSchema.safeParse(design).success).toBe(true);
  expect(checkReferences(design)).toEqual([]);
  const again = parseDesign(serializeDesign(design));
  expect(again.ok ? 'ok' : again.error).toBe('ok');
}

/** Every object and array in a JSON value (iterative, like the loader). */
function containers(root: unknown): object[] {
  const out: object[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    out.push(value);
    for (const v of Object.values(value)) stack.push(v);
  }
  return out;
}

const KEYS = ['id', 'kind', 'label', 'parent', 'source', 'target', 'position', 'size', 'x', 'y', 'width', 'height', 'properties', 'timing', 'delivery', 'processing', 'rank', 'replicas', 'queueCapacity', 'suppress', 'formatVersion', 'nodes', 'edges', 'metadata', 'title', 'settings', 'severity', '__proto__', 'constructor'];

type Mutation =
  | { op: 'set'; at: number; key: string; value: unknown }
  | { op: 'delete'; at: number; pick: number }
  | { op: 'copy'; at: number; pick: number }
  | { op: 'relink'; at: number; pick: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), key: fc.constantFrom(...KEYS), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(1e308, -1e308, 0, -0, 1.5, '', 'group', 'client', 'g0', 'n0', 'a'.repeat(300))) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat(), pick: fc.nat() }),
  // Point a reference (parent, source, target) at another element's id: duplicates, cycles, dangling ends.
  fc.record({ op: fc.constant('relink' as const), at: fc.nat(), pick: fc.nat(), to: fc.nat() }),
);

function applyMutation(doc: unknown, m: Mutation): void {
  const all = containers(doc);
  const target = all[m.at % all.length] as Record<string, unknown> | unknown[];
  const keys = Object.keys(target);
  switch (m.op) {
    case 'set':
      if (Array.isArray(target)) target[m.at % (target.length + 1)] = m.value;
      else Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    case 'delete':
      if (!keys.length) break;
      if (Array.isArray(target)) target.splice(m.pick % target.length, 1);
      else delete target[keys[m.pick % keys.length]!];
      break;
    case 'copy':
      if (Array.isArray(target) && target.length) target.push(structuredClone(target[m.pick % target.length]));
      break;
    case 'relink': {
      const ids = all.map((c) => (c as Record<string, unknown>).id).filter((id): id is string => typeof id === 'string');
      if (Array.isArray(target) || !ids.length) break;
      target[(['parent', 'source', 'target'] as const)[m.pick % 3]!] = ids[m.to % ids.length];
      break;
    }
  }
}

describe('parseDesign never throws', () => {
  it('answers the hostile files of issue 13 with a clear message', () => {
    const cases: [string, RegExp][] = [
      [noKindText(), /node 1 \(id "api"\), field kind: the component kind is missing/],
      [truncatedText(), /not valid JSON/],
      [hugeCoordinateText(), /position\.x/],
      ['\u0000'.repeat(1000), /binary data/],
      ['', /empty/],
      ['\uFEFF', /empty/],
      [`${'['.repeat(70)}${']'.repeat(70)}`, /not an Archway design/],
      [`${'['.repeat(200_000)}${']'.repeat(200_000)}`, /not valid JSON|not an Archway design/],
    ];
    for (const [text, message] of cases) {
      const r = parseDesign(text);
      expect(r.ok ? 'ok' : r.error).toMatch(message);
    }
  });

  it('accepts a UTF-8 byte-order mark before a design', () => {
    const r = parseDesign(bomText());
    expect(r.ok).toBe(true);
    expect(r).toEqual(parseDesign(serializeDesign(smallDesign())));
  });

  it('drops __proto__ and constructor keys and pollutes nothing', () => {
    const r = parseDesign(protoText());
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 }), fc.json({ maxDepth: 4 }).map((t) => `\uFEFF${t}`)), (text) => expectSoundAnswer(() => parseDesign(text))),
      { numRuns: 1500 },
    );
  });

  it('on arbitrary JSON values and design-shaped objects', () => {
    const nodeish = fc.record({ id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.jsonValue({ maxDepth: 1 })), kind: fc.oneof(fc.constantFrom('group', 'client', 'layer'), fc.jsonValue({ maxDepth: 1 })), label: fc.jsonValue({ maxDepth: 1 }), position: fc.jsonValue({ maxDepth: 2 }), parent: fc.constantFrom('a', 'b', 'c', undefined) }, { requiredKeys: [] });
    const designish = fc.record({ formatVersion: fc.constantFrom(1, 0, 2, '1', 1.5), metadata: fc.jsonValue({ maxDepth: 2 }), nodes: fc.array(fc.oneof(nodeish, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), edges: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), settings: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: ['formatVersion'] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), designish), (value) => {
        expectSoundAnswer(() => validateDesign(value));
        expectSoundAnswer(() => parseDesign(JSON.stringify(value) ?? ''));
      }),
      { numRuns: 1500 },
    );
  });

  it('on mutated valid designs (every template and a small design)', () => {
    const bases = [...TEMPLATES, serializeDesign(smallDesign())];
    expect(bases.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const doc: unknown = JSON.parse(bases[which % bases.length]!);
        for (const m of mutations) applyMutation(doc, m);
        expectSoundAnswer(() => parseDesign(JSON.stringify(doc)));
      }),
      { numRuns: 2000 },
    );
  });

  it('on cut and spliced file text', () => {
    const text = serializeDesign(smallDesign());
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 8 }), (from, to, insert) => {
        expectSoundAnswer(() => parseDesign(text.slice(0, Math.min(from, to)) + insert + text.slice(Math.max(from, to))));
      }),
      { numRuns: 1000 },
    );
  });

  it('on deep chains of any length, in bounded time', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), (depth) => expectSoundAnswer(() => parseDesign(deepChainText(depth)))), { numRuns: 40 });
  });
});
