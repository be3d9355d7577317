import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

const ms = () =>
  design()
    .node('ui', 'client', { label: 'Mobile App' })
    .node('ag', 'api-gateway', { label: 'API Gateway' })
    .node('m1', 'microservice', { label: 'Model A Inference' })
    .node('m2', 'microservice', { label: 'A/B Testing Service' })
    .edge('ag', 'm1')
    .edge('ag', 'm2');

describe('microservices/gateway-bypass', () => {
  it('does not fire when clients go through the gateway', () => {
    expect(problemsOf(ms().edge('ui', 'ag').build(), 'microservices/gateway-bypass')).toEqual([]);
  });

  it('fires when a client calls a microservice directly', () => {
    const [p] = problemsOf(ms().edge('ui', 'm1', 'request-response', { id: 'direct' }).build(), 'microservices/gateway-bypass');
    expect(p!.severity).toBe('error');
    expect(p!.edges).toEqual(['direct']);
    expect(p!.message).toContain('"Mobile App"');
    expect(p!.message).toMatch(/load balancing, authentication and rate limiting/);
  });

  it('does not fire without a gateway', () => {
    const d = design().node('ui', 'client').node('a', 'microservice').node('b', 'microservice').edge('ui', 'a').build();
    expect(problemsOf(d, 'microservices/gateway-bypass')).toEqual([]);
  });

  it('quick fix routes the call through the gateway', () => {
    const d = ms().edge('ui', 'm1', 'request-response', { id: 'direct' }).build();
    const fixed = applyFirstFix(d, problemsOf(d, 'microservices/gateway-bypass')[0]!);
    expect(problemsOf(fixed, 'microservices/gateway-bypass')).toEqual([]);
    expect(fixed.edges.filter((e) => e.source === 'ui' && e.target === 'ag')).toHaveLength(1);
    expect(fixed.edges.filter((e) => e.source === 'ag' && e.target === 'm1')).toHaveLength(1);
  });
});
