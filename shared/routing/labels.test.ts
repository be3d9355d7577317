import { describe, expect, it } from 'vitest';
import { defaultProtocolLines, defaultProtocols, edgeCaption } from './captions';
import { boxesOverlap, type Box } from './geometry';
import { captionSize, placeLabels } from './labels';

describe('placeLabels', () => {
  it('keeps captions off each other, off components and off container titles', () => {
    // Three edges share one long horizontal run; a component sits beside its middle and a title bar above it.
    const route = [{ x: 0, y: 100 }, { x: 600, y: 100 }];
    const size = captionSize(['Score request · gRPC']);
    const requests = ['a', 'b', 'c'].map((id) => ({ id, route, ...size }));
    const obstacles = new Map<string, Box>([['comp', { x: 300, y: 104, width: 100, height: 64 }]]);
    const headers = [{ x: 0, y: 70, width: 240, height: 28 }];
    const placed = placeLabels(requests, obstacles, headers);
    const boxes = [...placed.values()];
    expect(boxes).toHaveLength(3);
    for (const [i, b] of boxes.entries()) {
      expect(boxesOverlap(b, obstacles.get('comp')!)).toBe(false);
      expect(boxesOverlap(b, headers[0]!)).toBe(false);
      for (const o of boxes.slice(i + 1)) expect(boxesOverlap(b, o)).toBe(false);
      // Each caption stays on its route or just beside it.
      expect(Math.abs(b.cy - 100)).toBeLessThanOrEqual(b.height / 2 + 3);
    }
  });

  it('prefers the middle of the longest segment', () => {
    const placed = placeLabels([{ id: 'e', route: [{ x: 0, y: 0 }, { x: 0, y: 40 }, { x: 400, y: 40 }], width: 60, height: 18 }], new Map());
    expect(placed.get('e')).toMatchObject({ cx: 200, cy: 40 });
  });
});

describe('captions', () => {
  const sync = (protocol = '') => ({ label: '', protocol, timing: 'sync' as const, delivery: 'push' as const, processing: 'stream' as const });

  it('drops the protocol that most sync edges share, and says so in the legend', () => {
    const edges = [sync('REST'), sync('REST'), sync('REST'), sync('REST'), sync('gRPC')];
    const defaults = defaultProtocols(edges);
    expect(defaults).toEqual({ sync: 'REST' });
    expect(edgeCaption(edges[0]!, defaults).text).toBe('');
    expect(edgeCaption(edges[4]!, defaults).text).toBe('gRPC');
    expect(defaultProtocolLines(defaults)).toEqual(['unlabelled sync edges are REST']);
  });

  it('keeps every protocol when none dominates, and badges pull and batch edges', () => {
    const edges = [sync('REST'), sync('gRPC'), sync('REST'), sync('GraphQL')];
    expect(defaultProtocols(edges)).toEqual({});
    const c = edgeCaption({ label: 'Nightly load', protocol: 'S3', timing: 'async', delivery: 'pull', processing: 'batch' }, {});
    expect(c).toEqual({ text: 'Nightly load · S3', badges: ['pull', 'batch'] });
  });
});
