/**
 * Suppressing a problem: the rule id and a reason go into the `suppress` list of the
 * problem's anchor element, as one edit. Pass the design so other suppressions on the element
 * are kept. A problem with no element (requirements/fit) cannot be suppressed on one: its rule
 * is turned off in the design settings instead.
 */
import type { DesignEdit } from '../model/edits';
import type { Design, Suppression } from '../model/schema';
import type { Problem } from './problem';

export function suppressEdit(problem: Problem, reason: string, design?: Design): DesignEdit {
  const a = problem.anchor;
  if (!a) {
    const settings = design?.settings ?? {};
    return { type: 'updateDocument', settings: { ...settings, severity: { ...settings.severity, [problem.rule]: 'off' } } };
  }
  const el = a.type === 'node' ? design?.nodes.find((n) => n.id === a.id) : design?.edges.find((e) => e.id === a.id);
  const suppress: Suppression[] = [...(el?.suppress ?? []).filter((s) => s.rule !== problem.rule), { rule: problem.rule, reason }];
  return a.type === 'node' ? { type: 'updateNode', id: a.id, patch: { suppress } } : { type: 'updateEdge', id: a.id, patch: { suppress } };
}

/** The edit that lifts a suppression again. */
export function unsuppressEdit(problem: Problem, design: Design): DesignEdit {
  const a = problem.anchor;
  if (!a) return { type: 'batch', edits: [] };
  const el = a.type === 'node' ? design.nodes.find((n) => n.id === a.id) : design.edges.find((e) => e.id === a.id);
  const rest = (el?.suppress ?? []).filter((s) => s.rule !== problem.rule);
  const suppress = rest.length ? rest : undefined;
  return a.type === 'node' ? { type: 'updateNode', id: a.id, patch: { suppress } } : { type: 'updateEdge', id: a.id, patch: { suppress } };
}
