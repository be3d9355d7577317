import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeSpotNear, type Rect } from './placement';

const size = { width: 180, height: 56 };
const boxAt = (c: { x: number; y: number }): Rect => ({ x: c.x - size.width / 2, y: c.y - size.height / 2, ...size });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('freeSpotNear', () => {
  it('takes the centre itself when it is free', () => {
    expect(freeSpotNear({ x: 100, y: 100 }, size, [])).toEqual({ x: 100, y: 100 });
  });

  it('moves off a component sitting at the centre, staying close', () => {
    const taken = boxAt({ x: 0, y: 0 });
    const spot = freeSpotNear({ x: 0, y: 0 }, size, [taken]);
    expect(overlap(boxAt(spot), taken)).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(300);
  });

  it('never overlaps any component, for random scenes (property)', () => {
    const rect = fc.record({ x: fc.integer({ min: -800, max: 800 }), y: fc.integer({ min: -600, max: 600 }), width: fc.integer({ min: 40, max: 400 }), height: fc.integer({ min: 30, max: 300 }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 60 }), fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 }), (obstacles, x, y) => {
        const spot = freeSpotNear({ x, y }, size, obstacles);
        return obstacles.every((o) => !overlap(boxAt(spot), o));
      }),
      { numRuns: 300 },
    );
  });
});
