import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';
import { sizeForTargets, checkSlo } from '../../estimate/slo';
import { applyEdit } from '../../model/edits';

/** Client → gateway → service (sync), 20 ms × 2 workers on the service: 100 msg/s of capacity. */
function api(requirements: Parameters<ReturnType<typeof design>['requirements']>[0]) {
  return design()
    .node('ui', 'client', { label: 'Web UI', props: { rate: 60 } })
    .node('svc', 'microservice', { label: 'Scoring', props: { serviceTimeMs: 20, workers: 2, replicas: 1, queueCapacity: null } })
    .edge('ui', 'svc')
    .requirements(requirements)
    .build();
}

describe('requirements/slo', () => {
  it('is silent without targets, and when the estimate meets them', () => {
    expect(problemsOf(api({}), 'requirements/slo')).toEqual([]);
    expect(problemsOf(api({ p99LatencyMs: 500 }), 'requirements/slo')).toEqual([]);
  });

  it('fires on a missed p99 target and names the bottleneck', () => {
    // At 60 msg/s the service is 60 % busy: p99 well above 60 ms.
    const [p, ...rest] = problemsOf(api({ p99LatencyMs: 60 }), 'requirements/slo');
    expect(rest).toEqual([]);
    expect(p!.severity).toBe('error');
    expect(p!.nodes).toEqual(['ui', 'svc']);
    expect(p!.message).toMatch(/estimated p99 latency is \d+ ms against a target of 60 ms/);
    expect(p!.message).toContain('The bottleneck is "Scoring"');
  });

  it('fires when the peak rate saturates a component, per source or design-wide', () => {
    const perSource = problemsOf(api({ sources: { ui: { peakRate: 150 } } }), 'requirements/slo');
    expect(perSource).toHaveLength(1);
    expect(perSource[0]!.message).toMatch(/At the peak of 150 msg\/s from "Web UI".*saturat/);
    expect(problemsOf(api({ peakRate: 150 }), 'requirements/slo')).toHaveLength(1);
    expect(problemsOf(api({ peakRate: 90 }), 'requirements/slo')).toEqual([]);
  });
});

describe('sizing for the targets', () => {
  it('finds the fewest replicas that meet the p99 at peak, and the rule clears', () => {
    const d = api({ p99LatencyMs: 120, peakRate: 150 });
    expect(checkSlo(d).misses).toHaveLength(1);
    const s = sizeForTargets(d);
    expect(s.met).toBe(true);
    expect(s.changes).toHaveLength(1);
    const { to } = s.changes[0]!;
    // Fewest: one replica fewer misses the target.
    expect(checkSlo(d, { replicas: { svc: to - 1 } }).misses.length).toBeGreaterThan(0);
    expect(checkSlo(d, { replicas: { svc: to } }).misses).toEqual([]);
    const sized = applyEdit(d, { type: 'updateNode', id: 'svc', patch: { properties: { ...d.nodes[1]!.properties, replicas: to } } });
    expect(problemsOf(sized, 'requirements/slo')).toEqual([]);
  });

  it('says so when no replica count can meet a target (a fixed delay dominates)', () => {
    const d = design()
      .node('ui', 'client', { props: { rate: 10 } })
      .node('svc', 'microservice', { props: { serviceTimeMs: 5 } })
      .edge('ui', 'svc', 'request-response', { props: { latencyMs: 200 } })
      .requirements({ p99LatencyMs: 100 })
      .build();
    const s = sizeForTargets(d);
    expect(s.met).toBe(false);
    expect(s.changes).toEqual([]);
  });
});
