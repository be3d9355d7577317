import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

// Figure 34.3: Model A and Model B inference both write to the Model Store.
const fig343 = () =>
  design()
    .node('ag', 'api-gateway')
    .node('m1', 'microservice', { label: 'Feature Store Service' })
    .node('m2', 'microservice', { label: 'Model A Inference' })
    .node('m3', 'microservice', { label: 'Model B Inference' })
    .node('db1', 'database', { label: 'Features DB' })
    .node('db2', 'database', { label: 'Model Store' })
    .edge('ag', 'm1')
    .edge('ag', 'm2')
    .edge('ag', 'm3')
    .edge('m1', 'db1')
    .edge('m2', 'db2')
    .edge('m3', 'db2');

describe('microservices/shared-database', () => {
  it('fires on the Model Store of Figure 34.3, naming the database and both services', () => {
    const [p, ...rest] = problemsOf(fig343().build(), 'microservices/shared-database');
    expect(rest).toEqual([]);
    expect(p!.severity).toBe('error');
    expect(p!.nodes).toEqual(['db2', 'm2', 'm3']);
    expect(p!.message).toContain('"Model Store"');
    expect(p!.message).toContain('"Model A Inference" and "Model B Inference"');
    expect(p!.message).toMatch(/owns its data/);
  });

  it('does not fire when each service has its own database', () => {
    const d = design().node('a', 'microservice').node('b', 'microservice').node('da', 'database').node('db', 'database').edge('a', 'da').edge('b', 'db').build();
    expect(problemsOf(d, 'microservices/shared-database')).toEqual([]);
  });

  it('quick fix gives each service its own database', () => {
    const d = fig343().build();
    const fixed = applyFirstFix(d, problemsOf(d, 'microservices/shared-database')[0]!);
    expect(problemsOf(fixed, 'microservices/shared-database')).toEqual([]);
    expect(fixed.nodes.filter((n) => n.kind === 'database')).toHaveLength(3);
    const m3db = fixed.edges.find((e) => e.source === 'm3')!.target;
    expect(m3db).not.toBe('db2');
    expect(fixed.nodes.find((n) => n.id === m3db)!.label).toBe('Model Store (Model B Inference)');
  });
});
