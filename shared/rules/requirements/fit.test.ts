import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';
import { recommendPatterns } from './recommend';

const microservices = () => design().node('a', 'microservice').node('b', 'microservice').edge('a', 'b');

describe('requirements/fit', () => {
  it('fires when no detected pattern is recommended, explaining the framework', () => {
    const ps = problemsOf(microservices().requirements({ latency: 'sub-second', team: 'small' }).build(), 'requirements/fit');
    expect(ps).toHaveLength(2);
    expect(ps.every((p) => p.severity === 'info')).toBe(true);
    const latency = ps.find((p) => p.key.endsWith('#latency'))!;
    expect(latency.message).toContain('Sub-second: Event-driven + Streaming + Push');
    expect(latency.message).toContain('uses microservices');
    expect(ps.find((p) => p.key.endsWith('#team'))!.message).toContain('Small team: Layered architecture');
  });

  it('does not fire when a recommended pattern is present', () => {
    const d = microservices().requirements({ latency: 'seconds-minutes', throughput: 5000, team: 'multiple' }).build();
    expect(problemsOf(d, 'requirements/fit')).toEqual([]);
  });

  it('high throughput starts at 1,000 msg/s', () => {
    const layered = design().layer('a', 1).layer('b', 2);
    expect(problemsOf(layered.requirements({ throughput: 999 }).build(), 'requirements/fit')).toEqual([]);
    expect(problemsOf(layered.requirements({ throughput: 1000 }).build(), 'requirements/fit')[0]!.message).toContain('High throughput: Microservices or Event-driven');
  });
});

describe('recommendPatterns', () => {
  it('names the combinations of Figures 34.14–34.16 that fit', () => {
    const rt = recommendPatterns({ latency: 'sub-second', team: 'devops-mature' });
    expect(rt.combinations.map((c) => c.figure)).toEqual(['Figure 34.14', 'Figure 34.16']);
    expect(rt.explanation).toContain('Real-time recommendation system');
    const batch = recommendPatterns({ latency: 'hours-days', team: 'small' });
    expect(batch.combinations.map((c) => c.name)).toEqual(['Batch Analytics Platform']);
    expect(batch.explanation).toContain('Batch Processing + Pull Model');
    expect(recommendPatterns({}).dimensions).toEqual([]);
  });
});
