/** layered/layer-skip: an edge between layers more than one position apart in rank order. */
import { defineRule, isComponent } from '../define';
import { edgeAnchor } from '../text';

export const layerSkip = defineRule({
  id: 'layered/layer-skip',
  severity: 'warning',
  pattern: 'layered',
  title: 'An edge skips a layer',
  principle: 'Separation of Concerns: Each layer has a specific responsibility; teams work independently provided well-defined interfaces between the layers are maintained.',
  facts: (ctx) => String(ctx.settings.relaxedLayering === true),
  checkEdge(e, source, target, ctx, emit) {
    if (ctx.settings.relaxedLayering) return;
    if (source?.parent === undefined || target?.parent === undefined || !isComponent(source) || !isComponent(target)) return;
    const from = ctx.layerOf(e.source);
    const to = ctx.layerOf(e.target);
    if (!from || !to) return;
    const gap = Math.abs(ctx.layerPosition(from) - ctx.layerPosition(to));
    if (gap <= 1) return;
    emit({
      anchor: edgeAnchor(e.id),
      mentions: [from.id, to.id],
      nodes: [e.source, e.target],
      edges: [e.id],
      message:
        `${ctx.name(e.source)} in ${ctx.name(from.id)} talks directly to ${ctx.name(e.target)} in ${ctx.name(to.id)}, skipping ${gap - 1} layer${gap > 2 ? 's' : ''} between them. ` +
        'Each layer has a specific responsibility, and layers talk through well-defined interfaces to their neighbours.',
      hint: 'Route the call through the layer in between, or turn on relaxed layering in the design settings if skipping is intended.',
    });
  },
});
