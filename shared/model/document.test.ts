import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { emptyDesign, parseDesign, serializeDesign, validateDesign } from './document';
import { migrate, FormatVersionError } from './migrations';
import { LIMITS } from './schema';

const small = () =>
  design()
    .layer('top', 1)
    .node('ui', 'client', { parent: 'top' })
    .node('api', 'microservice')
    .edge('ui', 'api', 'async-message', { label: 'orders' })
    .build();

describe('parseDesign', () => {
  it('accepts a valid design and round-trips it through serialization', () => {
    const d = small();
    const text = serializeDesign(d);
    const back = parseDesign(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(serializeDesign(back.design)).toBe(text);
  });

  it('writes stable key order, two-space indentation and whole-pixel positions', () => {
    const d = small();
    d.nodes[1]!.position = { x: 10.6, y: -3.2 };
    const text = serializeDesign(d);
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "metadata"')).toBe(true);
    expect(text).toContain('"x": 11');
    expect(text).toContain('"y": -3');
    expect(Object.keys(JSON.parse(text).nodes[0])).toEqual(['id', 'kind', 'label', 'position', 'size', 'properties']);
  });

  it.each([
    ['', /empty/],
    ['\u0000\u0000\u0000', /binary/],
    ['{"formatVersion": 1, "nodes": [', /not valid JSON/],
    ['[1,2]', /not an Archway design/],
    ['{"hello": 1}', /formatVersion/],
    ['{"formatVersion": 99, "metadata": {"title": "x"}, "nodes": [], "edges": []}', /newer Archway \(format version 99/],
  ])('refuses %j with a clear message', (text, message) => {
    const r = parseDesign(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('names the element and field that fails the schema', () => {
    const raw = JSON.parse(serializeDesign(small()));
    const i = raw.nodes.findIndex((n: { id: string }) => n.id === 'ui');
    raw.nodes[i].kind = 'spaceship';
    const r = validateDesign(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(`The design does not match the Archway format: node ${i} (id "ui"), field kind: unknown component kind "spaceship".`);
  });

  it('rejects dangling edges, duplicate ids and non-container parents', () => {
    const raw = JSON.parse(serializeDesign(small()));
    raw.edges[0].target = 'ghost';
    raw.nodes.push({ ...raw.nodes.find((n: { id: string }) => n.id === 'api') });
    raw.nodes.push({ id: 'child', kind: 'service', label: 'c', position: { x: 0, y: 0 }, parent: 'api' });
    const r = validateDesign(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/Two nodes have the id "api"/);
      expect(r.error).toMatch(/which is a microservice, not a container/);
      expect(r.error).toMatch(/"ghost", which does not exist/);
    }
  });

  it('drops __proto__ keys without polluting Object.prototype', () => {
    const text = serializeDesign(small()).replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": {"polluted": 1},');
    const r = parseDesign(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses NaN-like and huge coordinates', () => {
    const raw = JSON.parse(serializeDesign(small()));
    raw.nodes[0].position.x = 1e308;
    expect(validateDesign(raw).ok).toBe(false);
  });

  it('enforces the caps on bytes and element counts', () => {
    const big = 'x'.repeat(LIMITS.bytes + 1);
    const r = parseDesign(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/MB/);
    const raw = { ...emptyDesign(), edges: Array.from({ length: LIMITS.edges + 1 }, (_, i) => ({ id: `e${i}` })) };
    const r2 = validateDesign(raw);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toMatch(/at most 100,000/);
  });

  it('puts containers before their children', () => {
    const d = small();
    d.nodes.reverse();
    const r = validateDesign(JSON.parse(JSON.stringify(d)));
    const ids = r.ok ? r.design.nodes.map((n) => n.id) : [];
    expect(ids.indexOf('top')).toBeLessThan(ids.indexOf('ui'));
    expect(ids).toHaveLength(3);
  });
});

describe('migrate', () => {
  it('runs each step from the file version up to the current one', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, formatVersion: 2, a: 1 }),
      2: (d: Record<string, unknown>) => ({ ...d, formatVersion: 3, b: (d.a as number) + 1 }),
    };
    expect(migrate({ formatVersion: 1 }, steps, 3)).toEqual({ formatVersion: 3, a: 1, b: 2 });
    expect(migrate({ formatVersion: 2, a: 5 }, steps, 3)).toEqual({ formatVersion: 3, a: 5, b: 6 });
  });

  it('refuses newer and missing versions', () => {
    expect(() => migrate({ formatVersion: 4 }, {}, 3)).toThrow(FormatVersionError);
    expect(() => migrate({}, {}, 3)).toThrow(/formatVersion/);
    expect(() => migrate({ formatVersion: 1 }, {}, 2)).toThrow(/No migration from format version 1/);
  });
});
