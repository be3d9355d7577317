/**
 * Mermaid text → a laid-out design, the steps of the Import dialog: parse with mermaid's own
 * parser (importMermaid), then, when the text carried no positions, the ELK layout in a worker.
 * The parser and the layout are passed in so the steps can be tested without a browser.
 */
import type { FlowchartParser } from '../../../shared/io/mermaid/flowchart';
import { importMermaid } from '../../../shared/io/mermaid/import';
import { applyLayout, type LayoutResult } from '../../../shared/layout/layout';
import { applyEdit } from '../../../shared/model/edits';
import type { Design } from '../../../shared/model/schema';
import type { LayoutRunOptions } from './layoutClient';

export type ImportPhase = 'parse' | 'layout';

export interface ImportSteps {
  parser: FlowchartParser;
  layout(design: Design, opts: LayoutRunOptions): Promise<LayoutResult>;
}

export type ImportOutcome = { ok: true; design: Design; warnings: string[]; laidOut: boolean } | { ok: false; error: string };

export async function importAndLayout(
  text: string,
  steps: ImportSteps,
  opts: LayoutRunOptions & { onPhase?: (phase: ImportPhase, nodes?: number) => void } = {},
): Promise<ImportOutcome> {
  opts.onPhase?.('parse');
  const imported = await importMermaid(text, steps.parser);
  if (!imported.ok) return imported;
  if (!imported.needsLayout) return { ok: true, design: imported.design, warnings: imported.warnings, laidOut: false };
  opts.onPhase?.('layout', imported.design.nodes.length);
  const result = await steps.layout(imported.design, { onProgress: opts.onProgress, signal: opts.signal });
  return { ok: true, design: applyEdit(imported.design, applyLayout(imported.design, result)), warnings: imported.warnings, laidOut: true };
}
