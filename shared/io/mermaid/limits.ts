/**
 * What Archway hands to mermaid's parser (issue 13): mermaid parses in time that grows with
 * each labelled node and link (its sanitizer runs per label), so text that would take more
 * than about 5 s is refused with a message before mermaid sees it. Measured in Node over jsdom
 * on a quiet machine: Archway's own export of 3,000 components and 6,000 edges (8,700 labels)
 * 1.6 s, of 6,000 and 12,000 (17,400 labels) 4.0 s; a loaded machine is several times slower.
 */

/** Labelled nodes and links: ~20,000 parse in about 5 s. Archway's own 1,000-node exports fit well within. */
export const MAX_MERMAID_LABELS = 20_000;
/** Links of any kind. */
export const MAX_MERMAID_LINKS = 20_000;
/** Subgraphs inside subgraphs; the lead may unify it with LIMITS.depth. */
export const MAX_SUBGRAPH_DEPTH = 64;

// An id directly followed by a shape's opening bracket, and `|edge text|`.
const LABELS = /[\p{L}\p{N}_](?:\[|\(|\{|@\{)|\|[^|\n]+\|/gu;
const LINKS = /(?:--|==|-\.|~~~)/g;

export interface MermaidSize {
  labels: number;
  links: number;
  depth: number;
}

/** Counts, without parsing, what makes mermaid slow; an estimate on the safe side. */
export function measureMermaid(text: string): MermaidSize {
  const labels = text.match(LABELS)?.length ?? 0;
  const links = text.match(LINKS)?.length ?? 0;
  let depth = 0;
  let deepest = 0;
  for (const line of text.split(/\r?\n|;/)) {
    if (/^\s*subgraph\b/.test(line)) deepest = Math.max(deepest, ++depth);
    else if (/^\s*end\s*$/.test(line)) depth = Math.max(0, depth - 1);
  }
  return { labels, links, depth: deepest };
}

/** Why the text is too big for mermaid to parse in bounded time, or undefined. */
export function mermaidTooBig(text: string): string | undefined {
  const size = measureMermaid(text);
  const fmt = (n: number) => n.toLocaleString('en');
  if (size.labels > MAX_MERMAID_LABELS) {
    return `The Mermaid text has about ${fmt(size.labels)} labelled nodes and links; Archway imports up to ${fmt(MAX_MERMAID_LABELS)}, which mermaid parses in about 5 seconds. Split the diagram, or import the design as .archway.json.`;
  }
  if (size.links > MAX_MERMAID_LINKS) return `The Mermaid text has about ${fmt(size.links)} links; Archway imports up to ${fmt(MAX_MERMAID_LINKS)}.`;
  if (size.depth > MAX_SUBGRAPH_DEPTH) return `The Mermaid text nests subgraphs ${fmt(size.depth)} deep; Archway imports up to ${MAX_SUBGRAPH_DEPTH} levels.`;
  return undefined;
}
