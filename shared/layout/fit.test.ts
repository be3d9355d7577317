import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { boundingBox, chooseDirection, FIT_MAX_ZOOM, fitZoom, SCREEN } from './fit';

describe('fitZoom', () => {
  it('is limited by the tighter side of the screen inside 40 px margins', () => {
    expect(fitZoom({ width: 1840, height: 100 })).toBe(1);
    expect(fitZoom({ width: 100, height: 2000 })).toBe(0.5);
    expect(fitZoom({ width: 3680, height: 2000 })).toBe(0.5);
    expect(fitZoom({ width: 920, height: 500 }, { width: 1000, height: 600, margin: 40 })).toBe(1);
  });

  it('never divides by zero', () => {
    expect(Number.isFinite(fitZoom({ width: 0, height: 0 }))).toBe(true);
  });
});

describe('chooseDirection', () => {
  it('keeps the direction whose box fits at the larger zoom', () => {
    // Tall top-down (fits at 0.5) against wide left-right (fits at about 0.92).
    expect(chooseDirection([{ direction: 'DOWN', width: 600, height: 2000 }, { direction: 'RIGHT', width: 2000, height: 700 }])).toBe('RIGHT');
    expect(chooseDirection([{ direction: 'DOWN', width: 1800, height: 900 }, { direction: 'RIGHT', width: 900, height: 1800 }])).toBe('DOWN');
  });

  it('prefers the first candidate on a tie, and when both fit beyond the canvas limit', () => {
    expect(chooseDirection([{ direction: 'DOWN', width: 500, height: 500 }, { direction: 'RIGHT', width: 500, height: 500 }])).toBe('DOWN');
    // Both above FIT_MAX_ZOOM: the canvas would show both at the same zoom.
    expect(fitZoom({ width: 300, height: 200 })).toBeGreaterThan(FIT_MAX_ZOOM);
    expect(chooseDirection([{ direction: 'DOWN', width: 900, height: 600 }, { direction: 'RIGHT', width: 300, height: 200 }])).toBe('DOWN');
    // A hair better is not enough to leave the first.
    expect(chooseDirection([{ direction: 'DOWN', width: 100, height: SCREEN.height * 1.005 }, { direction: 'RIGHT', width: 100, height: SCREEN.height }])).toBe('DOWN');
  });

  it('refuses an empty list', () => {
    expect(() => chooseDirection([])).toThrow(/no candidates/);
  });
});

describe('boundingBox', () => {
  it('adds parent positions and node sizes', () => {
    const d = design().node('c', 'cluster', { at: { x: 100, y: 50 } }).node('a', 'microservice', { parent: 'c', at: { x: 500, y: 400 } }).node('b', 'client', { at: { x: -20, y: 10 } }).build();
    // a sits at (600, 450), 180×64; b at (-20, 10).
    expect(boundingBox(d)).toEqual({ x: -20, y: 10, width: 800, height: 504 });
    expect(boundingBox(design().build())).toBeUndefined();
  });

  it('walks a 10,000-deep chain of containers without recursion', () => {
    const b = design();
    for (let i = 0; i < 10_000; i++) b.node(`g${i}`, 'group', { ...(i ? { parent: `g${i - 1}` } : {}), at: { x: 1, y: 1 } });
    const box = boundingBox(b.build())!;
    expect(box.x).toBe(1);
    expect(box.width).toBeGreaterThan(10_000);
  });
});
