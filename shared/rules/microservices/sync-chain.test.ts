import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

function line(n: number) {
  const b = design().node('n0', 'client', { label: 'Client' });
  for (let i = 1; i <= n; i++) b.node(`n${i}`, 'microservice').edge(`n${i - 1}`, `n${i}`);
  return b;
}

describe('microservices/sync-chain', () => {
  it('allows a chain of 3 sync edges', () => {
    expect(problemsOf(line(3).build(), 'microservices/sync-chain')).toEqual([]);
  });

  it('fires once, at the starting node, on a chain of 4', () => {
    const ps = problemsOf(line(4).build(), 'microservices/sync-chain');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.nodes).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(ps[0]!.edges).toHaveLength(4);
    expect(ps[0]!.message).toContain('"Client"');
    expect(ps[0]!.message).toMatch(/cascades/);
  });

  it('collapses sync cycles before measuring, and honours syncChainMax', () => {
    // n1 ⇄ n2 is one node after collapsing: n0 → {n1,n2} → n3 is 2 edges.
    const d = design().node('n0', 'client').node('n1', 'microservice').node('n2', 'microservice').node('n3', 'microservice')
      .edge('n0', 'n1').edge('n1', 'n2').edge('n2', 'n1').edge('n2', 'n3').build();
    expect(problemsOf(d, 'microservices/sync-chain')).toEqual([]);
    expect(problemsOf(line(3).settings({ syncChainMax: 2 }).build(), 'microservices/sync-chain')).toHaveLength(1);
  });

  it('async edges end the chain; one problem per starting node', () => {
    const broken = line(4).build();
    broken.edges[2]!.timing = 'async';
    expect(problemsOf(broken, 'microservices/sync-chain')).toEqual([]);
    const twoStarts = line(4).node('other', 'client').edge('other', 'n1').build();
    expect(problemsOf(twoStarts, 'microservices/sync-chain').map((p) => p.nodes[0])).toEqual(['n0', 'other']);
  });
});
