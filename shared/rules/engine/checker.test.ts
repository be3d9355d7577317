import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../model/edits';
import { createEdge } from '../../model/factory';
import { design } from '../../testing/builder';
import { checkDesign, createChecker, detectPatterns, suppressEdit } from '../index';
import { editFor, plain, seed } from './random-edits';

const step = fc.record({ op: fc.nat(11), a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000) });

describe('incremental checking', () => {
  it('gives the same result as a full check after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const checker = createChecker();
        let d = seed();
        expect(plain(checker.check(d))).toEqual(plain(checkDesign(d)));
        steps.forEach((s, i) => {
          d = applyEdit(d, editFor(d, s, i));
          expect(plain(checker.check(d))).toEqual(plain(checkDesign(d)));
        });
      }),
      { numRuns: 120 },
    );
  });

  it('keeps untouched problem objects identical after an unrelated move', () => {
    const checker = createChecker();
    const d = seed();
    const before = checker.check(d);
    const after = checker.check(applyEdit(d, { type: 'moveNodes', moves: [{ id: 'ui', position: { x: 5, y: 5 } }] }));
    expect(after.problems.length).toBeGreaterThan(0);
    after.problems.forEach((p, i) => expect(p).toBe(before.problems[i]));
  });

  it('renames a layer without a full check: problems naming it are redone, the others stay identical', () => {
    const checker = createChecker();
    const upward = createEdge({ id: 'up', source: 'db', target: 'm1', preset: 'request-response' });
    const d = applyEdit(seed(), { type: 'addEdges', edges: [upward] });
    const before = checker.check(d);
    const renamed = applyEdit(d, { type: 'updateNode', id: 'app', patch: { label: 'Services' } });
    const after = checker.check(renamed);
    expect(plain(after)).toEqual(plain(checkDesign(renamed)));
    const up = after.problems.find((p) => p.rule === 'layered/upward-dependency' && p.edges.includes('up'))!;
    expect(up.message).toContain('"Services"');
    const others = after.problems.filter((p) => p.rule === 'microservices/shared-database');
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p).toBe(before.problems.find((q) => q.key === p.key));
  });
});

describe('checkDesign', () => {
  it('sorts by severity, then rule, and counts', () => {
    const r = checkDesign(seed());
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < r.problems.length; i++) {
      const a = r.problems[i - 1]!;
      const b = r.problems[i]!;
      expect(rank[a.severity] < rank[b.severity] || (a.severity === b.severity && a.rule <= b.rule)).toBe(true);
    }
    expect(r.counts.error + r.counts.warning + r.counts.info + r.counts.suppressed).toBe(r.problems.length);
    expect(r.patterns).toEqual(['layered', 'soa', 'microservices', 'event-driven', 'lambda']);
  });

  it('applies severity overrides and turns rules off', () => {
    const d = seed();
    d.settings = { severity: { 'microservices/shared-database': 'info', 'graph/isolated': 'off' } };
    const r = checkDesign(d);
    expect(r.problems.find((p) => p.rule === 'microservices/shared-database')!.severity).toBe('info');
    expect(r.problems.some((p) => p.rule === 'graph/isolated')).toBe(false);
  });

  it('lists suppressed problems as suppressed and does not count them', () => {
    const d = seed();
    const before = checkDesign(d);
    const p = before.problems.find((x) => x.rule === 'microservices/shared-database')!;
    const after = checkDesign(applyEdit(d, suppressEdit(p, 'Legacy store, split in Q3', d)));
    const q = after.problems.find((x) => x.key === p.key)!;
    expect(q.suppressed).toEqual({ reason: 'Legacy store, split in Q3' });
    expect(after.counts.error).toBe(before.counts.error - 1);
    expect(after.counts.suppressed).toBe(before.counts.suppressed + 1);
  });

  it('keeps problem keys stable when unrelated elements change', () => {
    const d = seed();
    const keys = checkDesign(d).problems.map((p) => p.key);
    const moved = applyEdit(d, { type: 'updateNode', id: 'reg', patch: { label: 'Consul' } });
    expect(checkDesign(moved).problems.map((p) => p.key)).toEqual(keys);
  });
});

describe('detectPatterns', () => {
  it('detects patterns from their components only', () => {
    expect(detectPatterns(design().layer('a', 1).node('m', 'microservice').build())).toEqual([]);
    expect(detectPatterns(design().layer('a', 1).layer('b', 2).node('k', 'event-broker').build())).toEqual(['layered', 'event-driven']);
    expect(detectPatterns(design().node('m', 'microservice').node('n', 'microservice').node('s', 'service-bus').node('x', 'speed-layer').build())).toEqual(['soa', 'microservices', 'lambda']);
  });
});
