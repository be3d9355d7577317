/**
 * requirements/fit: for a declared latency, scale or team, none of the design's patterns is
 * among those the decision framework (seed §34.4) recommends. One problem per dimension.
 */
import { PATTERNS } from '../../model/schema';
import { defineRule, type RuleContext } from '../define';
import { combinationText, patternName, recommendPatterns } from './recommend';

export const requirementsFit = defineRule({
  id: 'requirements/fit',
  severity: 'info',
  title: 'The patterns do not match the requirements',
  principle: 'Design for your specific requirements: latency, scale, and consistency needs drive architectural decisions.',
  facts: (ctx) => `${JSON.stringify(ctx.requirements)}|${used(ctx).join(',')}`,
  checkDesign(ctx, emit) {
    const patterns = used(ctx);
    const rec = recommendPatterns(ctx.requirements);
    const usedText = patterns.length ? `uses ${patterns.map(patternName).join(', ')}` : 'uses none of the four patterns yet';
    for (const d of rec.dimensions) {
      if (d.patterns.some((p) => patterns.includes(p))) continue;
      const combos = rec.combinations.length ? rec.combinations : [];
      emit({
        tag: d.dimension,
        nodes: [],
        edges: [],
        message:
          `For ${d.requirement} the decision framework recommends ${d.patterns.map(patternName).join(' or ')} ("${d.advice}"), but the design ${usedText}.` +
          (combos.length ? ` Combinations that fit your requirements: ${combos.map(combinationText).join(' | ')}.` : ''),
        hint: `Consider ${d.patterns.map(patternName).join(' or ')} components (or declare the pattern in the design settings if it is there in another form). ${rec.explanation}`,
      });
    }
  },
});

function used(ctx: RuleContext) {
  return PATTERNS.filter(ctx.applies);
}
