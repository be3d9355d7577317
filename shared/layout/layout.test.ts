import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../model/edits';
import type { Design } from '../model/schema';
import { design } from '../testing/builder';
import { geometryProblems } from './check';
import { generateDesign } from './generate';
import { boundingBox, chooseDirection } from './fit';
import { applyLayout, layoutDesign, MAX_DEPTH, NestingTooDeepError, type LayoutOptions } from './layout';
import { CONTAINER_MIN, containerMinSize, nodeSize } from './sizes';

const elk = new ELK();

async function laidOut(d: Design, opts: LayoutOptions = {}): Promise<Design> {
  return applyEdit(d, applyLayout(d, await layoutDesign(d, elk, opts)));
}

const byId = (d: Design, id: string) => d.nodes.find((n) => n.id === id)!;

// Every node starts at the same point, so an untouched design overlaps everywhere.
function stacked(d: Design): Design {
  return { ...d, nodes: d.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
}

const flat = stacked(
  design()
    .node('ui', 'client').node('gw', 'api-gateway').node('a', 'microservice').node('b', 'microservice')
    .node('db1', 'database').node('db2', 'database').node('note', 'note')
    .edge('ui', 'gw').edge('gw', 'a').edge('gw', 'b').edge('a', 'db1').edge('b', 'db2')
    .build(),
);

function layered(): Design {
  const b = design();
  const names = ['presentation', 'application', 'ml', 'data', 'infra'];
  // Listed out of rank order on purpose: the stack must follow rank, not file order.
  [3, 1, 5, 2, 4].forEach((rank) => b.layer(names[rank - 1]!, rank));
  for (let r = 1; r <= 5; r++) for (let i = 0; i < r + 1; i++) b.node(`${names[r - 1]}-${i}`, 'microservice', { parent: names[r - 1]! });
  for (let r = 1; r < 5; r++) b.edge(`${names[r - 1]}-0`, `${names[r]}-1`).edge(`${names[r - 1]}-1`, `${names[r]}-0`);
  b.edge('infra-2', 'presentation-0'); // an upward edge must not break the stack
  return stacked(b.build());
}

function nested(): Design {
  return stacked(
    design()
      .node('region', 'cluster').node('k8s', 'cluster', { parent: 'region' }).node('ns', 'group', { parent: 'k8s' })
      .node('svc1', 'microservice', { parent: 'ns' }).node('svc2', 'microservice', { parent: 'ns' })
      .node('q', 'message-queue', { parent: 'k8s' }).node('db', 'database', { parent: 'region' })
      .node('other', 'cluster').node('mon', 'monitoring', { parent: 'other' }).node('ui', 'client')
      .node('empty', 'group')
      .edge('ui', 'svc1').edge('svc1', 'q', 'async-message').edge('q', 'svc2', 'async-message').edge('svc2', 'db').edge('svc2', 'mon').edge('mon', 'db', 'poll')
      .build(),
  );
}

describe('layoutDesign', () => {
  for (const hierarchy of ['include', 'separate'] as const) {
    it(`leaves no overlaps and keeps children inside (${hierarchy})`, async () => {
      for (const d of [flat, layered(), nested(), generateDesign({ components: 300, seed: 7, layers: 3 })]) {
        expect(geometryProblems(d).length).toBeGreaterThan(0);
        expect(geometryProblems(await laidOut(d, { hierarchy }))).toEqual([]);
      }
    });
  }

  it('leaves no overlaps on random designs, in the direction it picks', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const d = stacked(generateDesign({ components: 10 + ((seed * 37) % 40), seed, layers: seed % 3 === 0 ? 2 : 0 }));
      const out = await laidOut(d);
      expect(geometryProblems(out), `seed ${seed}`).toEqual([]);
      // Regular nodes keep the width the canvas draws them at.
      for (const n of out.nodes) if (!n.size) expect(nodeSize(n).width).toBe(180);
    }
  });

  it('flows along edges: callers above callees', async () => {
    const d = await laidOut(flat, { direction: 'DOWN' });
    const y = (id: string) => byId(d, id).position.y;
    expect(y('ui')).toBeLessThan(y('gw'));
    expect(y('gw')).toBeLessThan(y('a'));
    expect(y('a')).toBeLessThan(y('db1'));
    const right = await laidOut(flat, { direction: 'RIGHT' });
    expect(byId(right, 'ui').position.x).toBeLessThan(byId(right, 'gw').position.x);
  });

  it('stacks layers top to bottom by rank at one width', async () => {
    const d = await laidOut(layered());
    const layers = d.nodes.filter((n) => n.kind === 'layer').sort((a, b) => a.position.y - b.position.y);
    expect(layers.map((l) => l.properties.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(layers.map((l) => l.size!.width)).size).toBe(1);
    expect(new Set(layers.map((l) => l.position.x)).size).toBe(1);
  });

  it('sizes containers to their children and keeps positions relative to the parent', async () => {
    const d = await laidOut(nested());
    const ns = byId(d, 'ns');
    const svc1 = byId(d, 'svc1');
    expect(svc1.position.x + nodeSize(svc1).width).toBeLessThanOrEqual(ns.size!.width);
    expect(svc1.position.y).toBeGreaterThanOrEqual(40); // below the title bar
    // Empty containers and notes keep their own size.
    expect(byId(d, 'empty').size).toEqual(byId(nested(), 'empty').size);
  });

  it('makes a container wide enough for its title on one line', async () => {
    for (const hierarchy of ['include', 'separate'] as const) {
      const d = await laidOut(stacked(design().node('esp', 'group', { label: 'Event Streaming Platform' }).node('kafka', 'event-broker', { parent: 'esp' }).node('p', 'event-source').edge('p', 'kafka').build()), { hierarchy });
      expect(byId(d, 'esp').size!.width, hierarchy).toBeGreaterThanOrEqual(containerMinSize(byId(d, 'esp')).width);
      expect(containerMinSize(byId(d, 'esp')).width).toBeGreaterThan(CONTAINER_MIN.width);
    }
  });

  it('reports progress up to 1 and applies as one undoable batch', async () => {
    const seen: number[] = [];
    const d = generateDesign({ components: 60, seed: 2, layers: 2 });
    const result = await layoutDesign(d, elk, { hierarchy: 'separate', onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const edit = applyLayout(d, result);
    expect(edit.type).toBe('batch');
    for (const m of result.moves) expect(Number.isInteger(m.position.x) && Number.isInteger(m.position.y)).toBe(true);
  });

  it('lets edges across container borders order the containers', async () => {
    for (const hierarchy of ['include', 'separate'] as const) {
      const d = await laidOut(
        stacked(design().node('B', 'cluster').node('b1', 'database', { parent: 'B' }).node('A', 'group').node('a1', 'microservice', { parent: 'A' }).node('a2', 'microservice', { parent: 'A' }).edge('a1', 'b1').edge('a2', 'b1').build()),
        { hierarchy },
      );
      expect(byId(d, 'A').position.y + byId(d, 'A').size!.height).toBeLessThanOrEqual(byId(d, 'B').position.y);
    }
  });

  it('places a hub with many callers without overlaps', async () => {
    const b = design().node('kafka', 'event-broker');
    for (let i = 0; i < 40; i++) b.node(`p${i}`, 'event-processor', { parent: i % 2 ? undefined : 'c' }).edge('kafka', `p${i}`, 'event-stream');
    const d = stacked(b.node('c', 'cluster').build());
    expect(geometryProblems(await laidOut(d))).toEqual([]);
  });

  it('ignores edges to containers and notes, and an empty design', async () => {
    const d = stacked(design().node('c', 'cluster').node('a', 'microservice', { parent: 'c' }).node('n', 'note').node('b', 'microservice').edge('b', 'c').edge('a', 'n').edge('a', 'b').build());
    expect(geometryProblems(await laidOut(d))).toEqual([]);
    expect((await layoutDesign(design().build(), elk)).moves).toEqual([]);
  });
});

describe('nesting depth (issue 13)', () => {
  const chain = (depth: number): Design => {
    const b = design();
    for (let i = 0; i < depth; i++) b.node(`g${i}`, 'group', i ? { parent: `g${i - 1}` } : {});
    return stacked(b.node('leaf', 'microservice', { parent: `g${depth - 1}` }).node('top', 'client').edge('top', 'leaf').build());
  };

  it('refuses 2,000 nested containers with a clear error, not a stack overflow', async () => {
    for (const hierarchy of ['include', 'separate'] as const) {
      const err = await layoutDesign(chain(2000), elk, { hierarchy }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(NestingTooDeepError);
      expect((err as Error).message).toMatch(/nested 2000 deep; layout handles at most 64 levels/);
    }
  });

  it('refuses a 50,000-deep chain in linear time', async () => {
    const t0 = performance.now();
    await expect(layoutDesign(chain(50_000), elk)).rejects.toThrow(NestingTooDeepError);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it(`lays out nesting at the cap (${MAX_DEPTH} levels)`, async () => {
    for (const hierarchy of ['include', 'separate'] as const) {
      const d = await laidOut(chain(MAX_DEPTH), { hierarchy });
      expect(geometryProblems(d)).toEqual([]);
    }
  });

  it('treats a parent cycle as the top level and keeps what hangs below it', async () => {
    const d = stacked(design().node('a', 'group', { parent: 'b' }).node('b', 'group', { parent: 'a' }).node('x', 'microservice', { parent: 'a' }).node('y', 'client').edge('y', 'x').build());
    const result = await layoutDesign(d, elk);
    expect(result.moves.map((m) => m.id).sort()).toEqual(['a', 'b', 'x', 'y']);
    expect(result.moves.find((m) => m.id === 'a')!.size).toBeDefined();
  });
});

describe('direction (issue 12)', () => {
  const fan = (n: number): Design => {
    const b = design().node('src', 'client');
    for (let i = 0; i < n; i++) b.node(`s${i}`, 'microservice').edge('src', `s${i}`);
    return stacked(b.build());
  };
  const chainOf = (n: number): Design => {
    const b = design();
    for (let i = 0; i < n; i++) b.node(`c${i}`, 'microservice');
    for (let i = 1; i < n; i++) b.edge(`c${i - 1}`, `c${i}`);
    return stacked(b.build());
  };
  const sizeOf = async (d: Design, direction: 'DOWN' | 'RIGHT') => boundingBox(await laidOut(d, { direction }))!;

  it('keeps whichever of top-down and left-right fits 1920×1080 at the larger zoom', async () => {
    for (const [d, expected] of [[fan(12), 'RIGHT'], [chainOf(9), 'DOWN']] as const) {
      const down = await sizeOf(d, 'DOWN');
      const right = await sizeOf(d, 'RIGHT');
      expect(chooseDirection([{ direction: 'DOWN', ...down }, { direction: 'RIGHT', ...right }])).toBe(expected);
      const auto = await layoutDesign(d, elk);
      expect(auto.direction).toBe(expected);
      expect(boundingBox(applyEdit(d, applyLayout(d, auto)))).toEqual(expected === 'DOWN' ? down : right);
    }
  });

  it('honours settings.direction, and an explicit option over it', async () => {
    const withDir = (d: Design, direction: 'TB' | 'BT' | 'LR' | 'RL'): Design => ({ ...d, settings: { ...d.settings, direction } });
    const x = (d: Design, id: string) => byId(d, id).position.x;
    const y = (d: Design, id: string) => byId(d, id).position.y;
    const lr = await laidOut(withDir(chainOf(3), 'LR'));
    expect(x(lr, 'c0')).toBeLessThan(x(lr, 'c1'));
    const rl = await laidOut(withDir(chainOf(3), 'RL'));
    expect(x(rl, 'c0')).toBeGreaterThan(x(rl, 'c1'));
    const bt = await laidOut(withDir(fan(12), 'BT'));
    expect(y(bt, 'src')).toBeGreaterThan(y(bt, 's0'));
    expect((await layoutDesign(withDir(fan(12), 'TB'), elk)).direction).toBe('DOWN');
    expect((await layoutDesign(withDir(fan(12), 'TB'), elk, { direction: 'LEFT' })).direction).toBe('LEFT');
  });

  it('keeps layered designs top-down by rank even when left-right would fit better', async () => {
    const b = design().layer('top', 1).layer('bottom', 2).node('src', 'client', { parent: 'top' });
    for (let i = 0; i < 12; i++) b.node(`s${i}`, 'microservice', { parent: 'bottom' }).edge('src', `s${i}`);
    const d = stacked(b.build());
    expect((await layoutDesign(d, elk)).direction).toBe('DOWN');
    const out = await laidOut(d);
    expect(byId(out, 'top').position.y).toBeLessThan(byId(out, 'bottom').position.y);
  });
});

describe('landscape shapes (issue 12)', () => {
  it('lays out a container of unconnected siblings in rows, not a column', async () => {
    for (const hierarchy of ['include', 'separate'] as const) {
      const b = design().node('box', 'group').node('ui', 'client').node('db', 'database').edge('ui', 'db');
      for (let i = 0; i < 6; i++) b.node(`svc${i}`, 'microservice', { parent: 'box' });
      const d = await laidOut(stacked(b.build()), { hierarchy, direction: 'DOWN' });
      const box = byId(d, 'box').size!;
      expect(box.width, hierarchy).toBeGreaterThan(box.height);
      expect(new Set(d.nodes.filter((n) => n.parent === 'box').map((n) => n.position.y)).size, hierarchy).toBeLessThanOrEqual(2);
    }
  });

  it('packs a container of many unconnected services into rows even when callers outside shape the rest', async () => {
    const b = design().node('team', 'group').node('ui', 'client').node('gw', 'api-gateway').edge('ui', 'gw');
    for (let i = 0; i < 8; i++) b.node(`svc${i}`, 'microservice', { parent: 'team' }).edge('gw', `svc${i}`);
    for (const hierarchy of ['include', 'separate'] as const) {
      for (const direction of ['DOWN', 'RIGHT'] as const) {
        const d = await laidOut(stacked(b.build()), { hierarchy, direction });
        expect(geometryProblems(d)).toEqual([]);
        const box = byId(d, 'team').size!;
        expect(box.width, `${hierarchy} ${direction}`).toBeGreaterThan(box.height);
      }
    }
  });

  it('puts a hub between what it connects, not at an end', async () => {
    // Ten services, in three containers, all calling one bus (Figure 34.2).
    const b = design().node('esb', 'group').node('bus', 'service-bus', { parent: 'esb' });
    const groups = { ml: 4, biz: 3, data: 3 };
    for (const [g, n] of Object.entries(groups)) {
      b.node(g, 'group');
      for (let i = 0; i < n; i++) b.node(`${g}${i}`, 'microservice', { parent: g }).edge(`${g}${i}`, 'bus');
    }
    // And six top-level callers of a gateway.
    b.node('gw', 'api-gateway');
    for (let i = 0; i < 6; i++) b.node(`c${i}`, 'client').edge(`c${i}`, 'gw');
    for (const hierarchy of ['include', 'separate'] as const) {
      const d = await laidOut(stacked(b.build()), { hierarchy, direction: 'DOWN' });
      expect(geometryProblems(d)).toEqual([]);
      const mid = (id: string) => {
        const box = boundingBox({ ...d, nodes: d.nodes.filter((n) => n.id === id || n.parent === id) })!;
        return box.y + box.height / 2;
      };
      const busY = byId(d, 'esb').position.y + byId(d, 'bus').position.y + 32;
      const sides = Object.keys(groups).map((g) => Math.sign(mid(g) - busY));
      expect(sides, hierarchy).toContain(1);
      expect(sides, hierarchy).toContain(-1);
      const gwY = byId(d, 'gw').position.y;
      const callerYs = Array.from({ length: 6 }, (_, i) => byId(d, `c${i}`).position.y);
      expect(Math.min(...callerYs), hierarchy).toBeLessThan(gwY);
      expect(Math.max(...callerYs), hierarchy).toBeGreaterThan(gwY);
    }
  });
});
