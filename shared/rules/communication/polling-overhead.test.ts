import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { problemsOf } from '../test-helpers';

// Figure 34.12: the ML service polls the feature store; the monitoring service polls metrics.
describe('communication/polling-overhead', () => {
  const fig = (rate: number, pollIntervalMs: number) =>
    design()
      .node('src', 'event-source', { props: { rate } })
      .node('fs', 'feature-store', { label: 'Feature Store' })
      .node('ml', 'model-server', { label: 'ML Service' })
      .edge('src', 'fs', 'async-message')
      .edge('ml', 'fs', 'poll', { label: 'Poll for features', props: { pollIntervalMs } })
      .build();

  it('fires when the source changes less than once per ten polls', () => {
    // 0.05 changes per second, polled every second: 20 polls per change.
    const [p] = problemsOf(fig(0.05, 1000), 'communication/polling-overhead');
    expect(p!.severity).toBe('info');
    expect(p!.message).toContain('"ML Service" polls "Feature Store"');
    expect(p!.message).toContain('20 polls per change');
    expect(p!.message).toMatch(/wastes resources/);
  });

  it('does not fire when data changes often enough', () => {
    expect(problemsOf(fig(5, 1000), 'communication/polling-overhead')).toEqual([]);
    expect(problemsOf(fig(0.05, 60_000), 'communication/polling-overhead')).toEqual([]);
  });

  it('fires on polling a store that nothing in the design writes to', () => {
    const d = design().node('reg', 'model-registry').node('ms', 'model-server').edge('ms', 'reg', 'poll', { label: 'Check for model updates' }).build();
    expect(problemsOf(d, 'communication/polling-overhead')[0]!.message).toMatch(/nothing in the design changes it/);
  });
});
