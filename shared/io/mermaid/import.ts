/**
 * Mermaid flowchart → design (DESIGN §5). Parsing is mermaid's own (passed in by the host as
 * a FlowchartParser); this file decides dialect or data flow, restores the `%% archway:`
 * block, and validates the result like any loaded file. Never throws on bad input.
 */
import { isKindId } from '../../catalog/kinds';
import { validateDesign } from '../../model/document';
import { DIRECTIONS, FORMAT_VERSION, LIMITS, type Design, type Direction, type DrawnDesign } from '../../model/schema';
import { readBlock } from './block';
import { isSafeCss } from './drawnSafety';
import type { Flowchart, FlowchartParser } from './flowchart';
import { gridLayout } from './grid';
import { importEdges } from './importEdges';
import { importNodes } from './importNodes';
import { mermaidTooBig } from './limits';
import { stripConfiguration } from './preprocess';

export type MermaidImport =
  | {
      ok: true;
      design: Design;
      warnings: string[];
      /** Some nodes had no stored position and sit on a placeholder grid: run the automatic layout. */
      needsLayout: boolean;
    }
  | { ok: false; error: string };

/** A file is in the Archway dialect when any node or subgraph has a class that is a kind id. */
export function isDialect(chart: Flowchart): boolean {
  return chart.vertices.some((v) => v.classes.some(isKindId)) || chart.subgraphs.some((s) => s.classes.some(isKindId));
}

/** The first lines of a parser error, kept as lines: mermaid's `^` pointer lines up with the excerpt above it. */
function excerpt(message: string): string {
  return message
    .split('\n')
    .slice(0, 4)
    .map((line) => line.trimEnd().slice(0, 200))
    .join('\n');
}

export async function importMermaid(text: string, parse: FlowchartParser): Promise<MermaidImport> {
  if (text.length > LIMITS.bytes) return { ok: false, error: `The Mermaid text is ${(text.length / 1048576).toFixed(1)} MB; Archway imports up to ${LIMITS.bytes / 1048576} MB.` };
  if (text.trim() === '') return { ok: false, error: 'The Mermaid text is empty.' };
  if (text.includes('\u0000')) return { ok: false, error: 'The file holds binary data (NUL bytes), not Mermaid text.' };
  const warnings: string[] = [];
  const cleaned = stripConfiguration(text);
  if (cleaned.stripped) warnings.push('Mermaid configuration (front matter or %%{init}%% directives) was ignored.');

  const tooBig = mermaidTooBig(cleaned.text);
  if (tooBig) return { ok: false, error: tooBig };

  let parsed;
  try {
    parsed = await parse.parse(cleaned.text);
  } catch (err) {
    return { ok: false, error: `The Mermaid text does not parse:\n${excerpt(err instanceof Error ? err.message : String(err))}` };
  }
  if (parsed.type !== 'flowchart') {
    return { ok: false, error: `Archway imports Mermaid flowcharts (\`flowchart\` or \`graph\`); this is a ${parsed.diagramType} diagram.` };
  }
  const chart = parsed.flowchart;
  const { block, warnings: blockWarnings } = readBlock(cleaned.text);
  warnings.push(...blockWarnings);
  // Archway's own export: kind classes, or a block that does not mark a foreign drawing.
  const dialect = isDialect(chart) || (block !== undefined && block.settings?.drawn === undefined);

  const imported = importNodes(chart, block, dialect, warnings);
  const { edges, links } = importEdges(chart, imported, block, dialect, warnings);
  const { nodes } = imported;

  // Layer ranks follow the text's order unless a stored rank says otherwise.
  let rank = 0;
  for (const n of nodes) {
    if (n.kind !== 'layer') continue;
    rank++;
    if (imported.unlisted.has(n.id) && n.properties.rank === undefined) n.properties = { ...n.properties, rank };
  }

  const needsLayout = nodes.some((n) => !imported.placed.has(n.id));
  if (needsLayout) gridLayout(nodes);

  const raw: Design = {
    formatVersion: FORMAT_VERSION,
    metadata: { title: block?.metadata?.title ?? cleaned.title ?? 'Imported diagram', description: block?.metadata?.description ?? '' },
    nodes,
    edges,
    requirements: block?.requirements ?? {},
    settings: block?.settings ?? {},
  };
  if (!dialect) {
    // A foreign flowchart: remember how it was drawn so that export gives it back.
    const direction = chart.direction === 'TD' ? 'TB' : chart.direction;
    if (raw.settings.direction === undefined && (DIRECTIONS as readonly string[]).includes(direction)) raw.settings = { ...raw.settings, direction: direction as Direction };
    const drawn: DrawnDesign = {};
    const classDefs = chart.classDefs?.filter((c) => /^[\w-]{1,200}$/.test(c.id)).map((c) => ({ id: c.id, styles: c.styles.filter(isSafeCss) }));
    if (classDefs?.length) drawn.classDefs = classDefs;
    const linkDefaultStyle = chart.linkDefaultStyle?.filter(isSafeCss);
    if (linkDefaultStyle?.length) drawn.linkDefaultStyle = linkDefaultStyle;
    if (chart.linkDefaultInterpolate !== undefined) drawn.linkDefaultInterpolate = chart.linkDefaultInterpolate;
    if (links.length) drawn.links = links;
    raw.settings = { ...raw.settings, drawn };
  }
  const valid = validateDesign(raw);
  if (!valid.ok) return { ok: false, error: valid.error };
  return { ok: true, design: valid.design, warnings, needsLayout };
}
