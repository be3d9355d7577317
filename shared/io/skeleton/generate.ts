/**
 * The code skeleton of a design (DESIGN §5): one package per service-like component, API
 * documents, docker-compose.yml and a README. Pure: returns the files; writing them safely
 * is shared/node/skeleton/write.ts (or a zip in the browser).
 */
import type { Design } from '../../model/schema';
import { asyncApiDocument } from './asyncapi';
import { composeDocument, POSTGRES_INIT } from './compose';
import { withMarker } from './marker';
import { simpleMermaid } from './mermaid-fallback';
import { openApiDocument } from './openapi';
import { caseCollisions, unsafePathReason } from './paths';
import { buildPlan } from './plan';
import type { SkeletonPlan } from './plan-types';
import { pyPackageFiles } from './python/index';
import { readme, type SkeletonProblem } from './readme';
import { tsPackageFiles } from './ts/index';
import { toYaml } from './yaml';

export const SKELETON_LANGS = ['ts', 'python'] as const;
export type SkeletonLang = (typeof SKELETON_LANGS)[number];
export const isSkeletonLang = (s: string): s is SkeletonLang => (SKELETON_LANGS as readonly string[]).includes(s);

export interface SkeletonFile {
  path: string;
  content: string;
}

export interface SkeletonOptions {
  lang: SkeletonLang;
  /** The design as Mermaid for the README; a plain flowchart when absent. */
  mermaid?: string;
  /** The design's rule problems, listed as TODOs; omitted when no checker is available. */
  problems?: SkeletonProblem[];
}

/** The manifest that marks a folder as an Archway skeleton (regeneration needs no --force). */
export const MANIFEST = 'archway.skeleton.json';

export function generateSkeleton(design: Design, opts: SkeletonOptions): { files: SkeletonFile[]; warnings: string[]; plan: SkeletonPlan } {
  const plan = buildPlan(design);
  const files: SkeletonFile[] = [];
  const add = (path: string, content: string) => files.push({ path, content });

  add('README.md', readme(plan, {
    lang: opts.lang,
    mermaid: opts.mermaid ?? simpleMermaid(design),
    mermaidNote: opts.mermaid ? '' : 'A plain flowchart of the components and edges (kinds and containers are not shown).',
    problems: opts.problems ?? null,
  }));
  add('docker-compose.yml', toYaml(composeDocument(plan)));
  add(MANIFEST, `${JSON.stringify({ generator: 'archway', lang: opts.lang, design: design.metadata.title, packages: plan.packages.map((p) => ({ folder: `services/${p.name}`, component: p.id, kind: p.kind })) }, null, 2)}\n`);
  for (const inf of plan.infra) if (inf.tech === 'postgres') add(`infra/${inf.name}/init.sql`, POSTGRES_INIT);
  for (const pkg of plan.packages) {
    const dir = `services/${pkg.name}`;
    add(`${dir}/openapi.yaml`, toYaml(openApiDocument(pkg)));
    const asyncapi = asyncApiDocument(pkg);
    if (asyncapi) add(`${dir}/asyncapi.yaml`, toYaml(asyncapi));
    for (const f of opts.lang === 'python' ? pyPackageFiles(pkg) : tsPackageFiles(pkg)) add(`${dir}/${f.path}`, f.content);
  }

  // Names come from the sanitizer; this is the guard that a bug there cannot reach a disk.
  for (const f of files) {
    const reason = unsafePathReason(f.path);
    if (reason) throw new Error(`skeleton generator produced an unsafe path ${JSON.stringify(f.path)}: ${reason}`);
  }
  const clashes = caseCollisions(files.map((f) => f.path));
  if (clashes.length) throw new Error(`skeleton generator produced colliding paths: ${clashes.join(', ')}`);

  return { files: files.map((f) => ({ path: f.path, content: withMarker(f.path, f.content) })), warnings: plan.warnings, plan };
}
