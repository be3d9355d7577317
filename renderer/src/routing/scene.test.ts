import { describe, expect, it } from 'vitest';
import { design } from '../../../shared/testing/builder';
import { designParts, sceneInput } from './scene';

const d = design()
  .node('g', 'group', { label: 'Group', at: { x: 0, y: 0 } })
  .node('a', 'microservice', { label: 'A', at: { x: 20, y: 44 }, parent: 'g' })
  .node('b', 'microservice', { label: 'B', at: { x: 400, y: 0 } })
  .node('c', 'database', { label: 'C', at: { x: 400, y: 300 } })
  .node('e', 'database', { label: 'E', at: { x: 0, y: 300 } })
  .edge('a', 'b', 'request-response', { attrs: { protocol: 'REST' } })
  .edge('b', 'c', 'request-response', { attrs: { protocol: 'REST' } })
  .edge('a', 'c', 'request-response', { attrs: { protocol: 'REST' } })
  .edge('a', 'e', 'request-response', { attrs: { protocol: 'SQL' }, label: 'orders' })
  .build();

describe('the scene the canvas sends the router', () => {
  it('has boxes for components only, at absolute positions, sized as the export sizes them', () => {
    const scene = sceneInput(d, designParts(d), () => undefined);
    expect([...scene.boxes.keys()].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(scene.boxes.get('a')).toEqual(['a', 20, 44, 180, 64]);
    expect(scene.headers).toHaveLength(1);
  });
  it('takes live (mid-drag) positions over the stored ones', () => {
    const scene = sceneInput(d, designParts(d), (id) => (id === 'b' ? { x: 999, y: 5 } : undefined));
    expect(scene.boxes.get('b')).toEqual(['b', 999, 5, 180, 64]);
    expect(scene.boxes.get('c')).toEqual(['c', 400, 300, 180, 64]);
  });
  it('asks for captions only where an edge says something beyond the default protocol', () => {
    const parts = designParts(d);
    expect(parts.edges).toHaveLength(4);
    // REST is the default of sync edges (3 of 4): only the labelled SQL edge keeps a caption.
    expect(parts.captions.map((c) => c[0])).toEqual([d.edges[3]!.id]);
  });
});
