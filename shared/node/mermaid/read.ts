/**
 * Reading a Mermaid file in Node: mermaid's parser over jsdom, then the automatic layout when
 * the file carried no positions. Used by `archway import` and, through DESIGN_READERS, by
 * every command that accepts a design.
 */
import { importMermaid } from '../../io/mermaid/import';
import type { Design } from '../../model/schema';
import { nodeFlowchartParser } from './flowchart';
import { autoLayout } from './layout';

export type MermaidRead = { ok: true; design: Design; warnings: string[]; laidOut: boolean } | { ok: false; error: string };

export async function readMermaid(text: string): Promise<MermaidRead> {
  const result = await importMermaid(text, nodeFlowchartParser);
  if (!result.ok) return result;
  if (!result.needsLayout) return { ok: true, design: result.design, warnings: result.warnings, laidOut: false };
  return { ok: true, design: await autoLayout(result.design), warnings: result.warnings, laidOut: true };
}

/** The CLI's reader for `.mmd` and `.mermaid` files (shared/node/cli/load.ts). */
export const mermaidReader = {
  extensions: ['.mmd', '.mermaid'],
  read: (text: string) => readMermaid(text),
};
