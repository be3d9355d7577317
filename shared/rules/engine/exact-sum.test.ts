import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSum } from './exact-sum';

const sumOf = (xs: number[]) => exactSum((add) => xs.forEach(add));

describe('exactSum', () => {
  it('does not depend on the order of the terms', () => {
    expect(1 / 2 + 2 / 3 + 1 / 3).not.toBe(1 / 3 + 2 / 3 + 1 / 2);
    expect(sumOf([1 / 2, 2 / 3, 1 / 3])).toBe(sumOf([1 / 3, 2 / 3, 1 / 2]));
    expect(sumOf(Array(10).fill(0.1))).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 12 }), fc.nat(), (xs, k) => {
        const turned = [...xs.slice(k % (xs.length || 1)), ...xs.slice(0, k % (xs.length || 1))].reverse();
        expect(sumOf(turned)).toBe(sumOf(xs));
      }),
    );
  });

  it('adds plainly when nothing rounds', () => {
    expect(sumOf([1, 2, 3.5, -0.25])).toBe(6.25);
    expect(sumOf([])).toBe(0);
  });
});
