/**
 * requirements/slo: at the declared peak load, the estimate (shared/estimate) misses a
 * source's p99 latency target, or a component its messages reach saturates. One problem per
 * source; the message names the bottleneck. Runs on the estimator from scratch (about a
 * millisecond per thousand components) and only in designs that declare a target.
 */
import { checkSlo, hasTargets } from '../../estimate/slo';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { defineRule } from '../define';
import { nodeAnchor, num, perSecond } from '../text';

/** A change that can move the estimate: kinds, properties, data-flow attributes, ends. */
const nodeMatters = (prev: DesignNode | undefined, next: DesignNode | undefined): boolean => !prev || !next || prev.kind !== next.kind || prev.properties !== next.properties;
const edgeMatters = (prev: DesignEdge | undefined, next: DesignEdge | undefined): boolean =>
  !prev || !next || prev.source !== next.source || prev.target !== next.target || prev.timing !== next.timing || prev.delivery !== next.delivery || prev.processing !== next.processing || prev.properties !== next.properties;

export const requirementsSlo = defineRule({
  id: 'requirements/slo',
  severity: 'error',
  title: 'The estimate misses a latency or peak-load target',
  principle: 'Design for your specific requirements: latency, scale, and consistency needs drive architectural decisions.',
  facts: (ctx) => JSON.stringify([ctx.requirements.p99LatencyMs, ctx.requirements.peakRate, ctx.requirements.sources]),
  relevant: {
    node: (prev, next, ctx) => hasTargets(ctx.design) && nodeMatters(prev, next),
    edge: (prev, next, ctx) => hasTargets(ctx.design) && edgeMatters(prev, next),
  },
  checkDesign(ctx, emit) {
    if (!hasTargets(ctx.design)) return;
    const { misses, estimate } = checkSlo(ctx.design);
    const nodes = new Map(estimate.nodes.map((n) => [n.id, n]));
    for (const m of misses) {
      const b = m.bottleneck === undefined ? undefined : nodes.get(m.bottleneck);
      const at = `At the peak of ${perSecond(m.peakRate)} from ${ctx.name(m.source)}`;
      const what =
        m.kind === 'p99'
          ? Number.isFinite(m.p99Ms)
            ? `its estimated p99 latency is ${num(m.p99Ms)} ms against a target of ${num(m.targetMs!)} ms`
            : `its messages pile up (a component on their way saturates), against a p99 target of ${num(m.targetMs!)} ms`
          : 'a component on its messages\u2019 way saturates, so the design cannot carry the peak';
      const why = b
        ? ` The bottleneck is ${ctx.name(b.id)}: ${b.saturated ? `saturated (it can take about ${perSecond(b.capacity)} and is offered ${perSecond(b.offeredRate)})` : `${Math.round(b.utilization * 100)} % busy, ${num(b.responseMs)} ms per job`}.`
        : '';
      emit({
        anchor: nodeAnchor(m.source),
        tag: m.source,
        nodes: b ? [m.source, b.id] : [m.source],
        edges: [],
        mentions: b ? [b.id] : [],
        message: `${at}, ${what}.${why}`,
        hint: b
          ? `Give ${ctx.name(b.id)} more replicas or workers (the "Size for the targets" command, or \`archway size\`, finds the fewest that meet the targets), or take it off the request path.`
          : 'Shorten the path (fewer sync hops, batch windows or poll intervals), or relax the target.',
      });
    }
  },
});
