import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

function withServices(count: number, busProps = {}) {
  const b = design().node('sb', 'service-bus', { label: 'ESB', props: busProps });
  for (let i = 0; i < count; i++) b.node(`s${i}`, 'service').edge(`s${i}`, 'sb');
  return b;
}

describe('soa/bus-bottleneck', () => {
  it('does not fire at 8 services', () => {
    expect(problemsOf(withServices(8).build(), 'soa/bus-bottleneck')).toEqual([]);
  });

  it('fires on the ten services of Figure 34.2 with a single-replica bus', () => {
    const [p] = problemsOf(withServices(10).build(), 'soa/bus-bottleneck');
    expect(p!.severity).toBe('warning');
    expect(p!.nodes[0]).toBe('sb');
    expect(p!.message).toMatch(/ESB can become a bottleneck/);
    expect(p!.message).toContain('10 services');
  });

  it('respects replicas and the busFanOutMax setting', () => {
    expect(problemsOf(withServices(10, { replicas: 2 }).build(), 'soa/bus-bottleneck')).toEqual([]);
    expect(problemsOf(withServices(10).settings({ busFanOutMax: 12 }).build(), 'soa/bus-bottleneck')).toEqual([]);
    expect(problemsOf(withServices(4).settings({ busFanOutMax: 3 }).build(), 'soa/bus-bottleneck')).toHaveLength(1);
  });
});
