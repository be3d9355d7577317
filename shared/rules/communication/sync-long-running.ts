/** communication/sync-long-running: a sync edge calls a training job, batch processor or slow node. */
import { defineRule, isComponent } from '../define';
import { makeAsyncFix } from '../fixes/make-async';
import { num, edgeAnchor } from '../text';

export const LONG_RUNNING_MS = 1000;

export const syncLongRunning = defineRule({
  id: 'communication/sync-long-running',
  severity: 'warning',
  title: 'A synchronous call to long-running work',
  principle: 'Asynchronous communication suits long-running inference, batch predictions and model training; a synchronous client blocks until receiving the response.',
  checkEdge(e, source, target, ctx, emit) {
    if (e.timing !== 'sync' || e.source === e.target) return;
    if (!isComponent(target) || !isComponent(source)) return;
    const ms = ctx.props(e.target).serviceTimeMs ?? 0;
    const why =
      target.kind === 'training-job' ? 'a training job' : target.kind === 'batch-processor' ? 'a batch processor' : ms > LONG_RUNNING_MS ? `a component that takes ${num(ms)} ms per message` : undefined;
    if (!why) return;
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `${ctx.name(e.source)} calls ${ctx.name(e.target)}, ${why}, synchronously and blocks until it finishes. ` +
        'Long-running work (model training, batch predictions, long inference) is the use case of asynchronous communication; synchronous calls block resources and cascade failures.',
      hint: 'Make the call asynchronous: submit a job, return a job id, and notify the caller when the result is ready (Figure 34.6).',
      fixes: [makeAsyncFix(e.id)],
    });
  },
});
