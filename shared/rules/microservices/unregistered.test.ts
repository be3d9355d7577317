import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

describe('microservices/unregistered', () => {
  // Figure 34.3: M1..M5 register; the Data Validation Service (M6) does not.
  const fig = () =>
    design()
      .node('reg', 'service-registry', { label: 'Service Registry' })
      .node('m1', 'microservice')
      .node('m6', 'microservice', { label: 'Data Validation Service' })
      .edge('m1', 'reg', 'async-message');

  it('fires on a microservice with no edge to the registry', () => {
    const ps = problemsOf(fig().build(), 'microservices/unregistered');
    expect(ps.map((p) => p.nodes)).toEqual([['m6']]);
    expect(ps[0]!.message).toContain('"Data Validation Service"');
  });

  it('does not fire once it registers, or when there is no registry', () => {
    expect(problemsOf(fig().edge('m6', 'reg', 'async-message').build(), 'microservices/unregistered')).toEqual([]);
    const noReg = design().node('a', 'microservice').node('b', 'microservice').build();
    expect(problemsOf(noReg, 'microservices/unregistered')).toEqual([]);
  });
});
