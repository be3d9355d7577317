import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { applyEdit } from './edits';
import { validateDesign } from './document';
import { extractFragment, parseFragment, pasteFragment, serializeFragment } from './fragment';

const d = design()
  .node('c', 'cluster', { at: { x: 100, y: 100 } })
  .node('a', 'microservice', { parent: 'c', at: { x: 10, y: 20 } })
  .node('b', 'database', { at: { x: 500, y: 0 } })
  .node('x', 'client', { at: { x: 0, y: 500 } })
  .edge('a', 'b')
  .edge('x', 'a')
  .build();
d.nodes[0]!.size = { width: 300, height: 200 };

describe('fragments', () => {
  it('copies containers with their contents and only the edges inside the selection', () => {
    const f = extractFragment(d, ['c', 'b']);
    expect(f.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(f.edges.map((e) => `${e.source}->${e.target}`)).toEqual(['a->b']);
  });

  it('detaches a node copied without its container, keeping where it is on screen', () => {
    const f = extractFragment(d, ['a']);
    expect(f.nodes[0]).toMatchObject({ id: 'a', position: { x: 110, y: 120 } });
    expect(f.nodes[0]!.parent).toBeUndefined();
  });

  it('pastes with fresh ids and offsets, twice, into a valid design', () => {
    const f = parseFragment(serializeFragment(extractFragment(d, ['c', 'b'])))!;
    let out = d;
    for (let i = 0; i < 2; i++) {
      const { edit, nodeIds } = pasteFragment(out, f);
      out = applyEdit(out, edit);
      expect(nodeIds).toHaveLength(3);
    }
    expect(out.nodes).toHaveLength(4 + 6);
    expect(out.edges).toHaveLength(2 + 2);
    expect(validateDesign(JSON.parse(JSON.stringify(out))).ok).toBe(true);
    const pastedChild = out.nodes.find((n) => n.kind === 'microservice' && n.id !== 'a')!;
    expect(out.nodes.find((n) => n.id === pastedChild.parent)?.kind).toBe('cluster');
    expect(pastedChild.position).toEqual({ x: 10, y: 20 }); // inside its pasted container, unmoved
  });

  it('rejects clipboard text that is not a valid fragment', () => {
    expect(parseFragment('hello')).toBeUndefined();
    expect(parseFragment('{"format":"archway-fragment/1","nodes":[{"id":"a","kind":"spaceship"}],"edges":[]}')).toBeUndefined();
    expect(parseFragment('{"format":"archway-fragment/1","__proto__":{"p":1},"nodes":[],"edges":[]}')).toEqual({ format: 'archway-fragment/1', nodes: [], edges: [] });
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});

describe('fragments at the caps', () => {
  it('copies 15,000 children out of their container and pastes them into 30,000 nodes in linear time', () => {
    const b = design().node('box', 'group');
    for (let i = 0; i < 15_000; i++) b.node(`n${i}`, 'microservice', { parent: 'box', at: { x: i, y: 0 } });
    for (let i = 0; i < 15_000; i++) b.node(`m${i}`, 'database');
    for (let i = 1; i < 15_000; i++) b.edge(`n${i - 1}`, `n${i}`);
    const big = b.build();
    const t0 = process.cpuUsage();
    const f = extractFragment(big, big.nodes.filter((n) => n.parent === 'box').map((n) => n.id));
    const { edit, nodeIds, edgeIds } = pasteFragment(big, f);
    const used = process.cpuUsage(t0);
    expect(f.nodes.every((n) => n.parent === undefined)).toBe(true);
    expect(new Set([...nodeIds, ...edgeIds, ...big.nodes.map((n) => n.id)]).size).toBe(15_000 + 14_999 + big.nodes.length);
    const after = validateDesign(JSON.parse(JSON.stringify(applyEdit(big, edit))));
    expect(after.ok ? "ok" : after.error).toBe("ok");
    // CPU time, not wall time: the bound holds on a loaded machine. Before, quadratic: a map per detached node, an id set per pasted element.
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });
});
