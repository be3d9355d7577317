import { getBezierPath, getStraightPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { anchor, centre, edgeCurve, pointAt, straightCurve } from './geometry';

describe('edge geometry', () => {
  const node = { x: 100, y: 50, width: 180, height: 56 };

  it('anchors at the outer edge of the handle, or the middle of the side', () => {
    expect(anchor(node, 'r', [{ id: 'r', x: 176, y: 24, width: 8, height: 8 }])).toEqual({ x: 284, y: 78 });
    expect(anchor(node, 't', null)).toEqual({ x: 190, y: 50 });
    expect(anchor(node, 'b', [])).toEqual({ x: 190, y: 106 });
    expect(anchor(node, 'l', undefined)).toEqual({ x: 100, y: 78 });
  });

  it('is the curve React Flow draws: the same control points as getBezierPath', () => {
    const cases: [number, number, Position, number, number, Position, 'r' | 'l' | 't' | 'b', 'r' | 'l' | 't' | 'b'][] = [
      [0, 0, Position.Right, 300, 120, Position.Left, 'r', 'l'],
      [0, 0, Position.Bottom, -80, 240, Position.Top, 'b', 't'],
      [300, 0, Position.Right, 0, 50, Position.Left, 'r', 'l'], // backwards: the offset bends outward
    ];
    for (const [sx, sy, sp, tx, ty, tp, ss, ts] of cases) {
      const [path] = getBezierPath({ sourceX: sx, sourceY: sy, sourcePosition: sp, targetX: tx, targetY: ty, targetPosition: tp });
      const c = edgeCurve({ x: sx, y: sy }, ss, { x: tx, y: ty }, ts);
      const nums = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(nums).toEqual([c.p0.x, c.p0.y, c.c1.x, c.c1.y, c.c2.x, c.c2.y, c.p3.x, c.p3.y].map((v) => expect.closeTo(v, 6)) as unknown as number[]);
    }
  });

  it('runs from the source at 0 to the target at 1', () => {
    const c = edgeCurve({ x: 0, y: 0 }, 'r', { x: 300, y: 120 }, 'l');
    expect(pointAt(c, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAt(c, 1)).toEqual({ x: 300, y: 120 });
    const mid = pointAt(c, 0.5);
    expect(mid.x).toBeCloseTo(150);
    expect(mid.y).toBeCloseTo(60);
  });

  it('zoomed out, runs straight between node centres like getStraightPath, evenly', () => {
    const other = { x: 400, y: 250, width: 180, height: 56 };
    const c = straightCurve(centre(node), centre(other));
    const [path] = getStraightPath({ sourceX: 190, sourceY: 78, targetX: 490, targetY: 278 });
    expect(path).toBe(`M ${c.p0.x},${c.p0.y}L ${c.p3.x},${c.p3.y}`);
    for (const t of [0.1, 0.25, 0.5, 0.9]) {
      const p = pointAt(c, t);
      expect(p.x).toBeCloseTo(190 + 300 * t);
      expect(p.y).toBeCloseTo(78 + 200 * t);
    }
  });
});

describe('a token on a routed edge', () => {
  it('walks the route at constant speed, corners included', async () => {
    const { polylineTrack } = await import('./geometry');
    const at = polylineTrack([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]);
    expect(at(0)).toEqual({ x: 0, y: 0 });
    expect(at(0.25)).toEqual({ x: 50, y: 0 });
    expect(at(0.5)).toEqual({ x: 100, y: 0 });
    expect(at(0.75)).toEqual({ x: 100, y: 50 });
    expect(at(1)).toEqual({ x: 100, y: 100 });
  });
});
