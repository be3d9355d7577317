import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/model/edits';
import { design } from '../../../shared/testing/builder';
import { edgeSides, toFlowEdges, toFlowNodes } from './flowModel';

describe('flow model', () => {
  const d = design().node('a', 'client', { at: { x: 0, y: 0 } }).node('b', 'microservice', { at: { x: 0, y: 300 } }).node('c', 'database', { at: { x: 500, y: 0 } }).edge('a', 'b').edge('a', 'c').build();

  it('keeps the flow object of every untouched node and edge (so React Flow skips them)', () => {
    const nodes = toFlowNodes(d, []);
    const edges = toFlowEdges(d, []);
    const next = applyEdit(d, { type: 'updateNode', id: 'c', patch: { label: 'DB' } });
    const nodes2 = toFlowNodes(next, nodes);
    expect(nodes2[0]).toBe(nodes[0]);
    expect(nodes2[1]).toBe(nodes[1]);
    expect(nodes2[2]).not.toBe(nodes[2]);
    expect(toFlowEdges(next, edges)).toEqual(edges);
    expect(toFlowEdges(next, edges)[0]).toBe(edges[0]);
  });

  it('routes edges through the sides that face each other', () => {
    const [down, right] = toFlowEdges(d, []);
    expect([down!.sourceHandle, down!.targetHandle]).toEqual(['b', 't']);
    expect([right!.sourceHandle, right!.targetHandle]).toEqual(['r', 'l']);
    expect(edgeSides({ x: 0, y: 0 }, { x: -100, y: 10 })).toEqual({ sourceHandle: 'l', targetHandle: 'r' });
    expect(edgeSides({ x: 0, y: 0 }, { x: 0, y: -100 })).toEqual({ sourceHandle: 't', targetHandle: 'b' });
    // Moving a node re-routes its edges.
    const moved = applyEdit(d, { type: 'moveNodes', moves: [{ id: 'b', position: { x: -600, y: 0 } }] });
    expect(toFlowEdges(moved, [down!, right!])[0]).toMatchObject({ sourceHandle: 'l', targetHandle: 'r' });
  });
});
