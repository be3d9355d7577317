/** Quick fix: make a sync edge async, so the caller no longer blocks on the callee. */
import type { QuickFix } from '../define';

export function makeAsyncFix(edgeId: string): QuickFix {
  return {
    label: 'Make the call asynchronous',
    apply: () => ({ type: 'updateEdge', id: edgeId, patch: { timing: 'async' } }),
  };
}
