import { describe, expect, it } from 'vitest';
import { num, perSecond } from './text';

describe('message numbers', () => {
  it('shows rates below 10 msg/s with two significant digits, larger ones whole', () => {
    expect(perSecond(1000 / 60_000)).toBe('0.017 msg/s');
    expect(perSecond(1.5)).toBe('1.5 msg/s');
    expect(perSecond(0)).toBe('0 msg/s');
    expect(perSecond(12_345.6)).toBe('12,346 msg/s');
    expect(perSecond(Infinity)).toBe('∞ msg/s');
    expect(num(5000)).toBe('5,000');
  });
});
