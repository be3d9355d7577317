/**
 * What Archway hands to mermaid's parser (issue 13): mermaid parses in time that grows with
 * each labelled node (its sanitizer runs per label; in Node over jsdom about 8 ms each,
 * measured: 1,000 labelled nodes 8.4 s, 4,000 in 26 s; 1,000 unlabelled links 1.0 s), so text
 * that would take more than about 5 s is refused with a message before mermaid sees it.
 */

/** Labelled nodes and links: ~600 parse in about 5 s in Node. */
export const MAX_MERMAID_LABELS = 600;
/** Links of any kind (unlabelled ones parse fast: 1,500 in 1 s). */
export const MAX_MERMAID_LINKS = 5_000;
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
