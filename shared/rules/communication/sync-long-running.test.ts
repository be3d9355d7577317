import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { applyFirstFix, problemsOf } from '../test-helpers';

describe('communication/sync-long-running', () => {
  const base = () => design().node('api', 'microservice', { label: 'Training API' }).node('train', 'training-job', { label: 'Model Training' }).node('batch', 'batch-processor').node('slow', 'model-server', { props: { serviceTimeMs: 2500 } }).node('fast', 'model-server');

  it('fires on sync calls to a training job, a batch processor and a slow node', () => {
    const d = base().edge('api', 'train').edge('api', 'batch').edge('api', 'slow').build();
    const ps = problemsOf(d, 'communication/sync-long-running');
    expect(ps.map((p) => p.nodes[1]).sort()).toEqual(['batch', 'slow', 'train']);
    const train = ps.find((p) => p.nodes[1] === 'train')!;
    expect(train.message).toContain('"Model Training", a training job');
    expect(train.message).toMatch(/asynchronous communication/);
  });

  it('does not fire on async calls or fast callees', () => {
    expect(problemsOf(base().edge('api', 'train', 'async-message').edge('api', 'fast').build(), 'communication/sync-long-running')).toEqual([]);
  });

  it('quick fix makes the call async', () => {
    const d = base().edge('api', 'train').build();
    const fixed = applyFirstFix(d, problemsOf(d, 'communication/sync-long-running')[0]!);
    expect(problemsOf(fixed, 'communication/sync-long-running')).toEqual([]);
  });
});
