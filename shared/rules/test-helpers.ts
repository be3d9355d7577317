/** Helpers for the rule tests: the problems of one rule, and applying a quick fix. */
import { applyEdit } from '../model/edits';
import type { Design } from '../model/schema';
import { checkDesign } from './index';
import type { Problem } from './problem';
import type { RuleId } from './registry';

export function problemsOf(design: Design, rule: RuleId): Problem[] {
  return checkDesign(design).problems.filter((p) => p.rule === rule);
}

/** Applies the problem's first quick fix and returns the fixed design. */
export function applyFirstFix(design: Design, problem: Problem): Design {
  const fix = problem.fixes[0];
  if (!fix) throw new Error(`${problem.rule} offers no quick fix`);
  return applyEdit(design, fix.apply(design));
}
