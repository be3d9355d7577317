/**
 * A plain Mermaid flowchart of the design for the skeleton's README, used until the Mermaid
 * exporter (shared/io/mermaid) offers `exportMermaid`. Labels are entity-escaped inside
 * quotes, so no label can close a node, add a directive or a click handler.
 */
import { isComponentKind } from '../../catalog/kinds';
import type { Design } from '../../model/schema';
import { commentText } from './text';

const escape = (label: string): string =>
  commentText(label).replace(/[#"<>`&%;|{}[\]()]/g, (c) => `#${c.charCodeAt(0)};`);

export function simpleMermaid(design: Design): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  for (const node of design.nodes) {
    if (!isComponentKind(node.kind)) continue;
    const id = `n${ids.size}`;
    ids.set(node.id, id);
    lines.push(`  ${id}["${escape(node.label)}"]`);
  }
  for (const edge of design.edges) {
    const a = ids.get(edge.source);
    const b = ids.get(edge.target);
    if (!a || !b) continue;
    const text = [edge.label, edge.timing, edge.delivery, edge.processing, edge.protocol].filter(Boolean).join(' ');
    lines.push(`  ${a} ${edge.timing === 'async' ? '-.->' : '-->'}|"${escape(text)}"| ${b}`);
  }
  return `${lines.join('\n')}\n`;
}
