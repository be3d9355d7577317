/** The `skeleton` exporter: `archway export <design> --to skeleton [--lang ts|python] --out DIR`. */
import { defineExporter } from '../exporters';
import { generateSkeleton, isSkeletonLang, SKELETON_LANGS } from './generate';

export const skeletonExporter = defineExporter({
  id: 'skeleton',
  label: 'Code skeleton',
  description: 'A folder with a TypeScript or Python package per service, OpenAPI and AsyncAPI documents, docker-compose.yml and a README.',
  async run(design, options) {
    const lang = options.lang ?? 'ts';
    // An unusable option gives no files, so the caller writes nothing and shows the warning.
    if (!isSkeletonLang(lang)) return { kind: 'files', files: [], warnings: [`unknown language "${lang}" (expected ${SKELETON_LANGS.join(' or ')})`] };
    const { files, warnings } = generateSkeleton(design, { lang });
    return { kind: 'files', files, warnings };
  },
});
