import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../model/edits';
import type { Design } from '../model/schema';
import { design } from '../testing/builder';
import { geometryProblems } from './check';
import { generateDesign } from './generate';
import { applyLayout, layoutDesign, type LayoutOptions } from './layout';
import { nodeSize } from './sizes';

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

  it('flows along edges: callers above callees', async () => {
    const d = await laidOut(flat);
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
