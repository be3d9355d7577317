/**
 * communication/polling-overhead: a pull edge polls more than ten times per change of its
 * source, i.e. (pollIntervalMs / 1000) × the source's message rate < 0.1. The source's rate is
 * what it emits or passes on (rates.ts); a source nothing writes to never changes.
 */
import { EDGE_DEFAULTS } from '../../model/properties';
import { defineRule } from '../define';
import { num, edgeAnchor, perSecond } from '../text';
import { EDGE_PUSH } from '../engine/graph-store';
import { flowSlot, RATES } from './rates';

export const pollingOverhead = defineRule({
  id: 'communication/polling-overhead',
  severity: 'info',
  title: 'Polling far more often than the data changes',
  principle: 'Polling Overhead: Regular polling can waste resources if no new data.',
  uses: [RATES],
  checkEdge(e, _source, _target, ctx, emit) {
    const i = flowSlot(ctx.graph(), e.id);
    if (i === undefined) return;
    const { g, outRate } = ctx.analysis(RATES);
    if (g.flags[i]! & EDGE_PUSH) return;
    const interval = e.properties.pollIntervalMs ?? EDGE_DEFAULTS.pollIntervalMs;
    const rate = outRate[g.flowFrom[i]!]!;
    const changesPerPoll = (interval / 1000) * rate;
    // The slack keeps float noise (sums in another order) from flipping an exact 0.1.
    if (!(changesPerPoll < 0.1 * (1 - 1e-9))) return;
    const polls = changesPerPoll > 0 ? `about ${num(1 / changesPerPoll)} polls per change` : 'although nothing in the design changes it';
    emit({
      anchor: edgeAnchor(e.id),
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `${ctx.name(e.source)} polls ${ctx.name(e.target)} every ${num(interval)} ms while it changes at ${perSecond(rate)}: ${polls}. ` +
        'Regular polling wastes resources when there is no new data.',
      hint: 'Poll less often (pollIntervalMs), or let the source push changes (an event or a notification).',
    });
  },
});
