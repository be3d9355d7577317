import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

// Figure 34.1: Presentation → Application → ML Service → Data Access → Infrastructure.
const layered = () =>
  design()
    .layer('pres', 1, { label: 'Presentation Layer' })
    .layer('app', 2, { label: 'Application Layer' })
    .layer('ml', 3, { label: 'ML Service Layer' })
    .layer('data', 4, { label: 'Data Access Layer' })
    .node('ui', 'client', { parent: 'pres', label: 'Web UI' })
    .node('api', 'service', { parent: 'app', label: 'Business Logic' })
    .node('inf', 'model-server', { parent: 'ml', label: 'Model Inference' })
    .node('db', 'database', { parent: 'data', label: 'Database' })
    .edge('ui', 'api')
    .edge('api', 'inf')
    .edge('inf', 'db', 'poll');

describe('layered/upward-dependency', () => {
  it('does not fire on the downward dependencies of Figure 34.1', () => {
    expect(problemsOf(layered().build(), 'layered/upward-dependency')).toEqual([]);
  });

  it('fires when a lower layer calls a higher one, naming both and the principle', () => {
    const d = layered().edge('inf', 'api', 'request-response', { id: 'up' }).build();
    const [p, ...rest] = problemsOf(d, 'layered/upward-dependency');
    expect(rest).toEqual([]);
    expect(p!.severity).toBe('error');
    expect(p!.edges).toEqual(['up']);
    expect(p!.message).toContain('"Model Inference"');
    expect(p!.message).toContain('"Application Layer"');
    expect(p!.message).toMatch(/higher layers depend on lower layers, but not vice versa/);
  });

  it('exempts nodes outside layers and applies only to layered designs', () => {
    const outside = layered().node('x', 'monitoring').edge('x', 'ui', 'request-response').build();
    expect(problemsOf(outside, 'layered/upward-dependency')).toEqual([]);
    const oneLayer = design().layer('a', 1).node('p', 'client', { parent: 'a' }).node('q', 'service').edge('p', 'q').build();
    expect(problemsOf(oneLayer, 'layered/upward-dependency')).toEqual([]);
  });

  it('quick fix reverses the dependency and keeps the data flow', () => {
    const d = layered().edge('inf', 'ui', 'async-message', { id: 'up' }).build();
    const [p] = problemsOf(d, 'layered/upward-dependency');
    const fixed = applyFirstFix(d, p!);
    expect(problemsOf(fixed, 'layered/upward-dependency')).toEqual([]);
    const e = fixed.edges.find((x) => x.id === 'up')!;
    expect([e.source, e.target, e.delivery]).toEqual(['ui', 'inf', 'pull']);
  });

  it('quick fix does not duplicate a dependency that already points down', () => {
    const d = layered().edge('db', 'inf', 'async-message', { id: 'up' }).build();
    const fixed = applyFirstFix(d, problemsOf(d, 'layered/upward-dependency')[0]!);
    expect(fixed.edges.filter((e) => e.source === 'inf' && e.target === 'db')).toHaveLength(1);
    expect(problemsOf(fixed, 'graph/invalid-connection')).toEqual([]);
  });
});
