/** Containers as titled rounded rectangles, components as boxes with kind and label, notes as stickies. */
import { kindDef } from '../../catalog/kinds';
import { labelSaysKind } from '../../catalog/label-kind';
import { containerKindText, headerBoxes, TITLE_CHAR } from '../../routing/scene';
import type { DesignNode } from '../../model/schema';
import { num, wrapText, xmlText } from './escape';
import type { Box } from './geometry';
import type { SvgTheme } from './theme';

/** About 6.5 px per character at 12–13 px. */
const charsFor = (width: number): number => Math.max(4, Math.floor((width - 20) / 6.8));

function lines(texts: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return texts.map((t, i) => `<text x="${num(x)}" y="${num(y + i * lineHeight)}" ${attrs}>${xmlText(t)}</text>`).join('');
}

/**
 * `header`: the height of the title bar, written as `data-h` (with `data-c`, the container's
 * place in the design) so that measure.ts can tell whether an edge crosses it.
 */
export function drawContainer(node: DesignNode, b: Box, theme: SvgTheme, index = -1, header = 36): string {
  const def = kindDef(node.kind);
  const kind = containerKindText(node);
  const room = headerBoxes(node, b).title.width - 24;
  const title = wrapText(node.label, Math.max(4, Math.floor(room / TITLE_CHAR)), 1)[0] ?? '';
  return (
    `<g><title>${xmlText(node.label)}</title>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="10" fill="${theme.containerFill}" stroke="${theme.containerStroke}" stroke-width="1.5" data-c="${index}" data-h="${num(header)}"/>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="6" height="${num(b.height)}" rx="3" fill="${theme.accent[def.group]}"/>` +
    `<text x="${num(b.x + 16)}" y="${num(b.y + 24)}" font-size="14" font-weight="600" fill="${theme.text}">${xmlText(title)}</text>` +
    (kind ? `<text x="${num(b.x + b.width - 12)}" y="${num(b.y + 24)}" text-anchor="end" font-size="11" fill="${theme.muted}">${xmlText(kind)}</text>` : '') +
    `</g>`
  );
}

/**
 * A component: its kind in small type (only when the label does not already say it), its label
 * at 13 px and, when set, its technology under the label; the rows are centred in the box.
 * `index`: the node's place in the design, as a data attribute for tools that measure drawings.
 */
export function drawComponent(node: DesignNode, b: Box, theme: SvgTheme, index = -1): string {
  const def = kindDef(node.kind);
  const kind = labelSaysKind(node.label, node.kind) ? '' : def.label;
  const tech = node.technology?.trim() ? wrapText(node.technology.trim(), charsFor(b.width) + 2, 1)[0]! : '';
  const fixed = (kind ? KIND_ROW : 0) + (tech ? TECH_ROW : 0);
  const room = Math.max(1, Math.min(3, Math.floor((b.height - 12 - fixed) / LABEL_ROW)));
  const label = wrapText(node.label, charsFor(b.width), room);
  const total = fixed + label.length * LABEL_ROW;
  // y of the top of the block of rows; each row's baseline sits about 3/4 down its row.
  let y = b.y + Math.max(6, (b.height - total) / 2);
  let rows = '';
  if (kind) {
    rows += `<text x="${num(b.x + 14)}" y="${num(y + 10)}" font-size="10" fill="${theme.muted}">${xmlText(kind)}</text>`;
    y += KIND_ROW;
  }
  rows += lines(label, b.x + 14, y + 12.5, LABEL_ROW, `font-size="13" font-weight="600" fill="${theme.text}"`);
  y += label.length * LABEL_ROW;
  if (tech) rows += `<text x="${num(b.x + 14)}" y="${num(y + 10.5)}" font-size="11" fill="${theme.muted}">${xmlText(tech)}</text>`;
  return (
    `<g><title>${xmlText(node.label)}</title>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="8" fill="${theme.nodeFill}" stroke="${theme.nodeStroke}" stroke-width="1.5" data-n="${index}"/>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="5" height="${num(b.height)}" rx="2.5" fill="${theme.accent[def.group]}"/>` +
    rows +
    `</g>`
  );
}

const KIND_ROW = 14;
const LABEL_ROW = 16;
const TECH_ROW = 14;

export function drawNote(node: DesignNode, b: Box, theme: SvgTheme): string {
  const maxLines = Math.max(1, Math.floor((b.height - 16) / 15));
  return (
    `<g><title>${xmlText(node.label)}</title>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="3" fill="${theme.noteFill}" stroke="${theme.noteStroke}"/>` +
    lines(wrapText(node.label, charsFor(b.width), maxLines), b.x + 10, b.y + 22, 15, `font-size="12" fill="${theme.text}"`) +
    `</g>`
  );
}
