import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

// Figure 34.2: every service talks to the ESB.
const soa = () =>
  design()
    .node('sb', 'service-bus', { label: 'Message Routing & Transformation' })
    .node('fe', 'service', { label: 'Feature Engineering Service' })
    .node('inf', 'service', { label: 'Model Inference Service' })
    .node('cust', 'service', { label: 'Customer Service', props: { domain: 'business' } })
    .edge('fe', 'sb')
    .edge('inf', 'sb')
    .edge('cust', 'sb');

describe('soa/bypass-bus', () => {
  it('does not fire when services talk through the bus (Figure 34.2)', () => {
    expect(problemsOf(soa().build(), 'soa/bypass-bus')).toEqual([]);
  });

  it('fires on a direct service-to-service edge', () => {
    const d = soa().edge('cust', 'inf', 'request-response', { id: 'direct' }).build();
    const [p] = problemsOf(d, 'soa/bypass-bus');
    expect(p!.severity).toBe('error');
    expect(p!.message).toContain('"Customer Service"');
    expect(p!.message).toContain('"Model Inference Service"');
    expect(p!.message).toMatch(/service bus is the middleware through which the services communicate/);
  });

  it('needs a bus: without one, services may call each other', () => {
    const d = design().node('a', 'service').node('b', 'service').edge('a', 'b').settings({ patterns: ['soa'] }).build();
    expect(problemsOf(d, 'soa/bypass-bus')).toEqual([]);
  });

  it('quick fix routes the call through the bus', () => {
    const d = soa().edge('cust', 'inf', 'request-response', { id: 'direct' }).build();
    const fixed = applyFirstFix(d, problemsOf(d, 'soa/bypass-bus')[0]!);
    expect(problemsOf(fixed, 'soa/bypass-bus')).toEqual([]);
    expect(fixed.edges.some((e) => e.id === 'direct')).toBe(false);
    // cust → sb existed already; sb → inf is new.
    expect(fixed.edges.filter((e) => e.source === 'sb' && e.target === 'inf')).toHaveLength(1);
  });
});
