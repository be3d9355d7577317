import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAvoid } from '../node/routing';
import type { AvoidApi } from './avoid-api';
import { routeEntersBox, type Box, type Route } from './geometry';
import { EdgeRouter } from './router';
import { headerBoxes, routingScene, type RoutedEdgeRef, type RoutingScene } from './scene';
import { design } from '../testing/builder';

let avoid: AvoidApi;
beforeAll(async () => {
  avoid = await loadAvoid();
});

/** Every route's foreign components entered (edge id → component ids); empty when the guarantee holds. */
function passThroughs(scene: RoutingScene, routes: ReadonlyMap<string, Route>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of scene.edges) {
    const r = routes.get(e.id)!;
    const hit = [...scene.boxes].filter(([id, b]) => id !== e.source && id !== e.target && routeEntersBox(r, b)).map(([id]) => id);
    if (hit.length) out.set(e.id, hit);
  }
  return out;
}

const orthogonal = (r: Route): boolean => r.every((p, i) => i === 0 || p.x === r[i - 1]!.x || p.y === r[i - 1]!.y);
const onBorder = (p: { x: number; y: number }, b: Box): boolean =>
  p.x >= b.x - 0.5 && p.x <= b.x + b.width + 0.5 && p.y >= b.y - 0.5 && p.y <= b.y + b.height + 0.5 && (Math.abs(p.x - b.x) < 0.5 || Math.abs(p.x - b.x - b.width) < 0.5 || Math.abs(p.y - b.y) < 0.5 || Math.abs(p.y - b.y - b.height) < 0.5);

/**
 * Random scenes: components in the cells of a grid (random size and place inside the cell, so
 * they never overlap but may nearly touch), containers over random blocks of cells (nested
 * ones inside), whose title bars sit in the free band at the top of each cell row, and random
 * edges between components.
 */
const CELL = { width: 240, height: 200, band: 56 };
const sceneArb = fc
  .record({
    cols: fc.integer({ min: 2, max: 6 }),
    rows: fc.integer({ min: 2, max: 5 }),
    cells: fc.array(fc.record({ present: fc.boolean(), w: fc.integer({ min: 60, max: 220 }), h: fc.integer({ min: 30, max: 140 }), fx: fc.double({ min: 0, max: 1, noNaN: true }), fy: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 30, maxLength: 30 }),
    containers: fc.array(fc.record({ c0: fc.nat(5), r0: fc.nat(4), w: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 3 }), label: fc.string({ maxLength: 30 }) }), { maxLength: 4 }),
    edges: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 40 }),
  })
  .map(({ cols, rows, cells, containers, edges }): RoutingScene => {
    const boxes = new Map<string, Box>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = cells[r * cols + c]!;
        if (!cell.present && boxes.size >= 2) continue;
        const freeX = CELL.width - cell.w;
        const freeY = CELL.height - CELL.band - cell.h;
        boxes.set(`n${r * cols + c}`, { x: c * CELL.width + cell.fx * freeX, y: r * CELL.height + CELL.band + cell.fy * freeY, width: cell.w, height: cell.h });
      }
    }
    const headers = new Map<string, Box>();
    containers.forEach((k, i) => {
      const c0 = Math.min(k.c0, cols - 1);
      const r0 = Math.min(k.r0, rows - 1);
      // Nested containers start a little further in, so their titles sit under their parents'.
      const inset = 4 + 4 * i;
      const b = { x: c0 * CELL.width - inset, y: r0 * CELL.height + inset, width: Math.min(k.w, cols - c0) * CELL.width, height: Math.min(k.h, rows - r0) * CELL.height - inset };
      const h = headerBoxes({ label: k.label, kind: 'cluster' }, b);
      headers.set(`c${i}`, { ...h.title, height: Math.min(h.title.height, CELL.band - inset - 10) });
    });
    const ids = [...boxes.keys()];
    const refs: RoutedEdgeRef[] = [];
    edges.forEach(([a, b], i) => {
      const s = ids[a % ids.length]!;
      const t = ids[b % ids.length]!;
      if (s !== t) refs.push({ id: `e${i}`, source: s, target: t });
    });
    return { boxes, headers, edges: refs };
  });

describe('EdgeRouter guarantees (property)', () => {
  for (const [regime, options] of [
    ['one router for the scene', {}],
    ['one router per edge (large scenes)', { globalLimit: 0 }],
  ] as const) {
    it(`no route passes through a component that is not one of its ends, routes are orthogonal and end on their boxes: ${regime}`, () => {
      fc.assert(
        fc.property(sceneArb, (scene) => {
          const router = new EdgeRouter(avoid, options);
          try {
            router.update(scene);
            const routes = router.all();
            expect(routes.size).toBe(scene.edges.length);
            expect(passThroughs(scene, routes)).toEqual(new Map());
            for (const e of scene.edges) {
              const r = routes.get(e.id)!;
              expect(orthogonal(r), JSON.stringify(r)).toBe(true);
              expect(onBorder(r[0]!, scene.boxes.get(e.source)!)).toBe(true);
              expect(onBorder(r[r.length - 1]!, scene.boxes.get(e.target)!)).toBe(true);
            }
          } finally {
            router.dispose();
          }
        }),
        { numRuns: Number(process.env.ROUTER_RUNS ?? 40) },
      );
    }, 120_000);
  }
});

/** a → b across c's row: c sits between them, so the straight line would pass through it. */
function row(): RoutingScene {
  return {
    boxes: new Map([
      ['a', { x: 0, y: 0, width: 180, height: 64 }],
      ['c', { x: 300, y: 0, width: 180, height: 64 }],
      ['b', { x: 600, y: 0, width: 180, height: 64 }],
      ['far1', { x: 0, y: 600, width: 180, height: 64 }],
      ['far2', { x: 600, y: 600, width: 180, height: 64 }],
    ]),
    edges: [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'far', source: 'far1', target: 'far2' },
      { id: 'ac', source: 'a', target: 'c' },
    ],
  };
}

describe('EdgeRouter incremental updates', () => {
  for (const [regime, options] of [
    ['whole scene', {}],
    ['per edge', { globalLimit: 0 }],
  ] as const) {
    it(`routes around a component in the way, and moving it re-routes only the edges that need it (${regime})`, () => {
      const router = new EdgeRouter(avoid, options);
      const scene = row();
      const first = router.update(scene);
      expect([...first.changed.keys()].sort()).toEqual(['ab', 'ac', 'far']);
      expect(routeEntersBox(router.all().get('ab')!, scene.boxes.get('c')!)).toBe(false);
      const farBefore = router.all().get('far');

      // Move c down, out of the way: its own edge and the edge that went around it change; 'far' does not.
      const moved = router.move(new Map([['c', { x: 300, y: 250, width: 180, height: 64 }]]));
      expect(moved.changed.has('ac')).toBe(true);
      expect(moved.changed.has('far')).toBe(false);
      expect(router.all().get('far')).toBe(farBefore);
      expect(moved.removed).toEqual([]);

      // Drop c onto the 'far' edge: that edge now goes around it.
      const onFar = router.move(new Map([['c', { x: 300, y: 600, width: 180, height: 64 }]]));
      expect(onFar.changed.has('far')).toBe(true);
      expect(routeEntersBox(router.all().get('far')!, { x: 300, y: 600, width: 180, height: 64 })).toBe(false);

      // A frame in which nothing moved changes nothing.
      expect(router.move(new Map([['c', { x: 300, y: 600, width: 180, height: 64 }]])).changed.size).toBe(0);
      router.dispose();
    });

    it(`drops removed edges and the edges of removed components (${regime})`, () => {
      const router = new EdgeRouter(avoid, options);
      const scene = row();
      router.update(scene);
      const noEdge = router.update({ ...scene, edges: scene.edges.filter((e) => e.id !== 'far') });
      expect(noEdge.removed).toEqual(['far']);
      expect(router.all().has('far')).toBe(false);
      const boxes = new Map(scene.boxes);
      boxes.delete('c');
      const noC = router.update({ boxes, edges: scene.edges.filter((e) => e.id !== 'far') });
      expect(noC.removed).toEqual(['ac']);
      expect([...router.all().keys()]).toEqual(['ab']);
      // With c gone, a → b runs straight along the row.
      expect(router.all().get('ab')).toHaveLength(2);
      // An edge whose end changes is routed again.
      const rewired = router.update({ boxes, edges: [{ id: 'ab', source: 'a', target: 'far2' }] });
      expect(rewired.changed.has('ab')).toBe(true);
      router.dispose();
    });
  }

  it('gives the same routes through move() as through update() with the whole scene (per edge)', () => {
    const a = new EdgeRouter(avoid, { globalLimit: 0 });
    const b = new EdgeRouter(avoid, { globalLimit: 0 });
    const scene = row();
    a.update(scene);
    b.update(scene);
    const c = { x: 320, y: 560, width: 180, height: 64 };
    a.move(new Map([['c', c]]));
    b.update({ ...scene, boxes: new Map([...scene.boxes, ['c', c]]) });
    expect(new Map(a.all())).toEqual(new Map(b.all()));
    a.dispose();
    b.dispose();
  });

  it('keeps edges off container titles: an edge into a container comes in beside its name', () => {
    const d = design()
      .node('top', 'microservice', { at: { x: 20, y: 0 } })
      .node('g', 'cluster', { label: 'Inference cluster', at: { x: 0, y: 140 } })
      .node('in', 'model-server', { parent: 'g', at: { x: 20, y: 44 } })
      .edge('top', 'in', 'request-response')
      .build();
    const scene = routingScene(d);
    const router = new EdgeRouter(avoid);
    router.update(scene);
    const route = router.all().values().next().value!;
    expect(routeEntersBox(route, scene.headers!.get('g')!)).toBe(false);
    router.dispose();
  });
});
