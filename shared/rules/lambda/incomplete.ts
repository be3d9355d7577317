/**
 * lambda/incomplete: a design with a batch or speed layer lacks one of batch, speed and
 * serving layer, or a serving layer is not fed (data flows in) from both the batch and the
 * speed layer (Figure 34.10).
 */
import type { KindId } from '../../catalog/kinds';
import type { DesignEdge, DesignNode } from '../../model/schema';
import { dataFlow } from '../../graph/index';
import { defineRule, type RuleContext } from '../define';
import { names, nodeAnchor } from '../text';

const LAMBDA: readonly KindId[] = ['batch-layer', 'speed-layer', 'serving-layer'];
const LABEL: Record<string, string> = { 'batch-layer': 'batch layer', 'speed-layer': 'speed layer', 'serving-layer': 'serving layer' };

function lambdaOf(ctx: RuleContext, id: string): DesignNode | undefined {
  let cur = ctx.node(id);
  for (let steps = 0; cur?.parent !== undefined && steps < 1000; steps++) {
    cur = ctx.node(cur.parent);
    if (cur && LAMBDA.includes(cur.kind)) return cur;
  }
  return undefined;
}

function feedsServing(ctx: RuleContext, e: DesignEdge): boolean {
  const { from, to } = dataFlow(e);
  if (!ctx.node(from) || !ctx.node(to)) return true;
  const a = lambdaOf(ctx, from);
  return a !== undefined && a.kind !== 'serving-layer' && lambdaOf(ctx, to)?.kind === 'serving-layer';
}

function descendants(ctx: RuleContext, id: string): string[] {
  const out: string[] = [];
  const stack = [...ctx.children(id)];
  while (stack.length && out.length <= 100_000) {
    const n = stack.pop()!;
    out.push(n);
    stack.push(...ctx.children(n));
  }
  return out;
}

export const lambdaIncomplete = defineRule({
  id: 'lambda/incomplete',
  severity: 'warning',
  title: 'An incomplete Lambda architecture',
  principle: 'Lambda architecture: raw data feeds a batch layer and a speed layer, whose batch and real-time views meet in the serving layer (Figure 34.10).',
  facts: (ctx) => LAMBDA.map((k) => ctx.count(k)).join(','),
  relevant: {
    node: (p, n) => !!p && !!n && (p.parent !== n.parent || p.kind !== n.kind),
    // Only edges that carry data from a batch or speed layer into a serving layer count.
    edge: (p, n, ctx) => [p, n].some((e) => e !== undefined && feedsServing(ctx, e)),
  },
  checkDesign(ctx, emit) {
    if (ctx.count('batch-layer') + ctx.count('speed-layer') === 0) return;
    const present = LAMBDA.flatMap((k) => ctx.ofKind(k));
    const missing = LAMBDA.filter((k) => ctx.count(k) === 0);
    const principle = 'A Lambda architecture combines a batch layer and a speed layer whose views meet in the serving layer.';
    if (missing.length) {
      emit({
        anchor: nodeAnchor(present[0]!),
        nodes: present,
        edges: [],
        message: `The design has ${names(ctx, present)} but no ${missing.map((k) => LABEL[k]).join(' and no ')}. ${principle}`,
        hint: `Add the missing ${missing.map((k) => LABEL[k]).join(' and ')} (from the Lambda group of the palette).`,
      });
      return;
    }
    // Edges into the serving layers' contents, whose data comes from a batch or speed layer.
    const fed = new Map<string, Set<KindId>>();
    const feeding = new Map<string, string[]>();
    for (const serving of ctx.ofKind('serving-layer')) {
      const got = new Set<KindId>();
      const via: string[] = [];
      for (const id of descendants(ctx, serving)) {
        if (lambdaOf(ctx, id)?.id !== serving) continue;
        for (const e of [...ctx.incoming(id), ...ctx.outgoing(id)]) {
          const { from, to } = dataFlow(e);
          if (to !== id) continue;
          const a = lambdaOf(ctx, from);
          if (!a || a.kind === 'serving-layer') continue;
          got.add(a.kind);
          via.push(e.id);
        }
      }
      fed.set(serving, got);
      feeding.set(serving, via);
    }
    for (const serving of ctx.ofKind('serving-layer')) {
      const got = fed.get(serving) ?? new Set();
      const lacking = (['batch-layer', 'speed-layer'] as const).filter((k) => !got.has(k));
      if (!lacking.length) continue;
      emit({
        anchor: nodeAnchor(serving),
        nodes: [serving],
        edges: (feeding.get(serving) ?? []).sort(),
        message: `Serving layer ${ctx.name(serving)} receives no data from the ${lacking.map((k) => LABEL[k]).join(' or the ')}. ${principle}`,
        hint: `Draw an edge from a component in the ${lacking.map((k) => LABEL[k]).join(' and one in the ')} to a component in the serving layer.`,
      });
    }
  },
});
