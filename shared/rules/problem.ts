/** The checker's public result types (what the editor, the CLI and SARIF consume). */
import type { PatternId, Severity } from '../model/schema';
import type { QuickFix } from './define';
import type { RuleId } from './registry';

export type { QuickFix } from './define';

export interface Problem {
  /** Stable across re-checks: rule + sorted element ids. */
  key: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  hint: string;
  nodes: string[];
  edges: string[];
  /** Set when the anchor element suppresses this rule; such problems are not counted. */
  suppressed?: { reason: string };
  fixes: QuickFix[];
  /** The element a suppression is stored on (absent for design-wide problems). */
  anchor?: { type: 'node' | 'edge'; id: string };
}

export interface CheckResult {
  /** Sorted by severity, then rule id, then key. */
  problems: Problem[];
  counts: { error: number; warning: number; info: number; suppressed: number };
  /** Patterns whose rules apply: detected from components, or declared in settings. */
  patterns: PatternId[];
}
