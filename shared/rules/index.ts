/**
 * The pattern-rule checker (DESIGN §3): `checkDesign` for one-off checks (CLI, tests),
 * `createChecker` for the editor, which re-checks after every edit and only re-runs what the
 * edit can affect.
 */
import type { Design } from '../model/schema';
import { Checker } from './engine/checker';
import type { CheckResult } from './problem';
import { RULES } from './registry';

export type { CheckResult, Problem, QuickFix } from './problem';
export type { RuleId } from './registry';
export { RULES, RULE_IDS, ruleDef } from './registry';
export { detectPatterns } from './patterns';
export { suppressEdit, unsuppressEdit } from './suppress';
export { recommendPatterns, COMBINATIONS, HIGH_THROUGHPUT, type Recommendation } from './requirements/recommend';

export interface IncrementalChecker {
  /** Checks a design; after the first call, work is proportional to what changed. */
  check(design: Design): CheckResult;
}

export function createChecker(): IncrementalChecker {
  const checker = new Checker(RULES);
  return { check: (design) => checker.check(design) };
}

export function checkDesign(design: Design): CheckResult {
  return new Checker(RULES).check(design);
}
