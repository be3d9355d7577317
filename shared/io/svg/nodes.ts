/** Containers as titled rounded rectangles, components as boxes with kind and label, notes as stickies. */
import { kindDef } from '../../catalog/kinds';
import type { DesignNode } from '../../model/schema';
import { num, wrapText, xmlText } from './escape';
import type { Box } from './geometry';
import type { SvgTheme } from './theme';

/** About 6.5 px per character at 12–13 px. */
const charsFor = (width: number): number => Math.max(4, Math.floor((width - 20) / 6.8));

function lines(texts: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return texts.map((t, i) => `<text x="${num(x)}" y="${num(y + i * lineHeight)}" ${attrs}>${xmlText(t)}</text>`).join('');
}

export function drawContainer(node: DesignNode, b: Box, theme: SvgTheme): string {
  const def = kindDef(node.kind);
  const title = wrapText(node.label, charsFor(b.width - 90), 1)[0] ?? '';
  return (
    `<g><title>${xmlText(node.label)}</title>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="10" fill="${theme.containerFill}" stroke="${theme.containerStroke}" stroke-width="1.5"/>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="6" height="${num(b.height)}" rx="3" fill="${theme.accent[def.group]}"/>` +
    `<text x="${num(b.x + 16)}" y="${num(b.y + 24)}" font-size="14" font-weight="600" fill="${theme.text}">${xmlText(title)}</text>` +
    `<text x="${num(b.x + b.width - 12)}" y="${num(b.y + 24)}" text-anchor="end" font-size="11" fill="${theme.muted}">${xmlText(def.label)}</text>` +
    `</g>`
  );
}

/** `index`: the node's place in the design, as a data attribute for tools that measure drawings. */
export function drawComponent(node: DesignNode, b: Box, theme: SvgTheme, index = -1): string {
  const def = kindDef(node.kind);
  const label = wrapText(node.label, charsFor(b.width), b.height >= 64 ? 2 : 1);
  const top = b.y + (label.length > 1 ? 30 : 40);
  return (
    `<g><title>${xmlText(node.label)}</title>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="8" fill="${theme.nodeFill}" stroke="${theme.nodeStroke}" stroke-width="1.5" data-n="${index}"/>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="5" height="${num(b.height)}" rx="2.5" fill="${theme.accent[def.group]}"/>` +
    `<text x="${num(b.x + 14)}" y="${num(b.y + 16)}" font-size="10" fill="${theme.muted}">${xmlText(def.label)}</text>` +
    lines(label, b.x + 14, top, 15, `font-size="13" font-weight="600" fill="${theme.text}"`) +
    `</g>`
  );
}

export function drawNote(node: DesignNode, b: Box, theme: SvgTheme): string {
  const maxLines = Math.max(1, Math.floor((b.height - 16) / 15));
  return (
    `<g><title>${xmlText(node.label)}</title>` +
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="3" fill="${theme.noteFill}" stroke="${theme.noteStroke}"/>` +
    lines(wrapText(node.label, charsFor(b.width), maxLines), b.x + 10, b.y + 22, 15, `font-size="12" fill="${theme.text}"`) +
    `</g>`
  );
}
