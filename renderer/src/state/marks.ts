/** Turns a check result into the per-element marks the canvas draws (worst severity wins). */
import type { Severity } from '../../../shared/model/schema';
import type { CheckResult } from '../../../shared/rules/index';
import type { Marks } from './flowModel';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function marksOf(check: CheckResult): Marks {
  const nodes = new Map<string, Severity>();
  const edges = new Map<string, Severity>();
  const mark = (map: Map<string, Severity>, id: string, s: Severity) => {
    const cur = map.get(id);
    if (cur === undefined || RANK[s] < RANK[cur]) map.set(id, s);
  };
  for (const p of check.problems) {
    if (p.suppressed) continue;
    for (const id of p.nodes) mark(nodes, id, p.severity);
    for (const id of p.edges) mark(edges, id, p.severity);
  }
  return { nodes, edges };
}
