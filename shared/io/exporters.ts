/**
 * The exporter registry (DESIGN §5). Adding an export format means writing one module that
 * calls `defineExporter` and listing it in `EXPORTERS` below; the CLI's `archway export
 * --to <id>` and the app's export menu both read this list.
 */
import type { Design } from '../model/schema';
import type { Route } from '../routing/geometry';

export interface ExportOptions {
  /** Free-form options from the CLI or the export dialog (e.g. lang: 'ts' | 'python'). */
  [name: string]: string | undefined;
}

export type ExportOutput =
  /** One text file (Mermaid, SVG). */
  | { kind: 'text'; text: string; mediaType: string; extension: string; warnings: string[] }
  /** A tree of files (code skeleton); paths are relative and already sanitized. */
  | { kind: 'files'; files: { path: string; content: string }[]; warnings: string[] };

/** What the host lends an exporter that shared/ cannot load itself. */
export interface ExportContext {
  /** Edge routes from the shared router (libavoid is loaded by the host: Node, or a worker in the app). */
  route?: (design: Design) => Promise<ReadonlyMap<string, Route>>;
}

export interface ExporterDef {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  run(design: Design, options: ExportOptions, context?: ExportContext): Promise<ExportOutput>;
}

export function defineExporter(def: ExporterDef): ExporterDef {
  return def;
}

/** Filled by each exporter module's registration in ./registry.ts. */
export const EXPORTERS: ExporterDef[] = [];

export function exporter(id: string): ExporterDef | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
