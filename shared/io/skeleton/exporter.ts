/** The `skeleton` exporter: `archway export <design> --to skeleton [--lang ts|python] --out DIR`. */
import { checkDesign } from '../../rules/index';
import type { Design } from '../../model/schema';
import { defineExporter } from '../exporters';
import { exportMermaid } from '../mermaid/export';
import { generateSkeleton, isSkeletonLang, SKELETON_LANGS } from './generate';
import type { SkeletonProblem } from './readme';

/** The design's unsuppressed rule problems, each tied to the components it names (edges count by their ends). */
export function skeletonProblems(design: Design): SkeletonProblem[] {
  const edges = new Map(design.edges.map((e) => [e.id, e]));
  return checkDesign(design)
    .problems.filter((p) => !p.suppressed)
    .map((p) => ({
      rule: p.rule,
      severity: p.severity,
      message: p.message,
      nodes: [...new Set([...p.nodes, ...p.edges.flatMap((id) => { const e = edges.get(id); return e ? [e.source, e.target] : []; })])],
    }));
}

export const skeletonExporter = defineExporter({
  id: 'skeleton',
  label: 'Code skeleton',
  description: 'A folder with a TypeScript or Python package per service, OpenAPI and AsyncAPI documents, docker-compose.yml and a README.',
  async run(design, options) {
    const lang = options.lang ?? 'ts';
    // An unusable option gives no files, so the caller writes nothing and shows the warning.
    if (!isSkeletonLang(lang)) return { kind: 'files', files: [], warnings: [`unknown language "${lang}" (expected ${SKELETON_LANGS.join(' or ')})`] };
    const { files, warnings } = generateSkeleton(design, { lang, problems: skeletonProblems(design), mermaid: exportMermaid(design).text });
    return { kind: 'files', files, warnings };
  },
});
