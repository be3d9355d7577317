import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

describe('soa/missing-contract', () => {
  const base = () => design().node('sb', 'service-bus').node('svc', 'service', { label: 'Order Service' }).node('m', 'monitoring');

  it('does not fire when the protocol is set', () => {
    expect(problemsOf(base().edge('svc', 'sb', 'request-response').build(), 'soa/missing-contract')).toEqual([]);
  });

  it('fires on an edge to a service or bus without protocol', () => {
    const d = base().edge('svc', 'sb', 'request-response', { attrs: { protocol: '  ' } }).edge('m', 'svc', 'poll').build();
    const ps = problemsOf(d, 'soa/missing-contract');
    expect(ps).toHaveLength(2);
    expect(ps[0]!.message).toMatch(/service contracts/);
  });

  it('ignores edges that touch neither a service nor the bus', () => {
    const d = base().node('x', 'database').edge('m', 'x', 'poll').build();
    expect(problemsOf(d, 'soa/missing-contract')).toEqual([]);
  });
});
