import { describe, expect, it } from 'vitest';
import { DIST, LOGNORMAL_SIGMA, sample } from './distributions';
import { Rng } from './random';

describe('Rng', () => {
  it('is reproducible per seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 10 }, () => a.nextU32());
    expect(Array.from({ length: 10 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 10 }, () => c.nextU32())).not.toEqual(sa);
  });

  it('is uniform on [0, 1)', () => {
    const rng = new Rng(1);
    const bins = new Array(10).fill(0);
    const n = 200_000;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      bins[Math.floor(u * 10)]++;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    for (const count of bins) expect(Math.abs(count / n - 0.1)).toBeLessThan(0.005);
  });
});

describe('distributions keep their mean', () => {
  it.each([
    ['exponential', DIST.exponential, 1],
    ['constant', DIST.constant, 0],
    ['lognormal', DIST.lognormal, Math.sqrt(Math.exp(LOGNORMAL_SIGMA ** 2) - 1)],
  ])('%s: mean and coefficient of variation', (_name, dist, cv) => {
    const rng = new Rng(5);
    const n = 400_000;
    let sum = 0;
    let sq = 0;
    let lo = Infinity;
    for (let i = 0; i < n; i++) {
      const x = sample(rng, dist, 20);
      lo = Math.min(lo, x);
      sum += x;
      sq += x * x;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    const mean = sum / n;
    const sd = Math.sqrt(sq / n - mean * mean);
    expect(Math.abs(mean / 20 - 1)).toBeLessThan(0.01);
    expect(Math.abs(sd / mean - cv)).toBeLessThan(0.05);
  });

  it('a zero mean gives zero', () => {
    expect(sample(new Rng(1), DIST.exponential, 0)).toBe(0);
  });
});
