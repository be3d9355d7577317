/**
 * Edges as the canvas draws them (DESIGN §2): solid = sync, dashed = async; the arrow points
 * the way data flows, so a pull edge's arrow points back at the poller and carries a
 * `pull` badge; batch edges get a double arrowhead and a `batch` badge.
 */
import { dataFlow } from '../../graph';
import type { DesignEdge } from '../../model/schema';
import { num, xmlText } from './escape';
import { borderPoint, center, type Box } from './geometry';
import type { SvgTheme } from './theme';

export const FONT = 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif';

export function markerDefs(theme: SvgTheme): string {
  const arrow = (id: string, path: string, width: number): string =>
    `<marker id="${id}" viewBox="0 0 ${width} 10" refX="${width}" refY="5" markerWidth="${width}" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="${path}" fill="${theme.edge}"/></marker>`;
  return `<defs>${arrow('aw-arrow', 'M0,0 L10,5 L0,10 z', 10)}${arrow('aw-arrow-batch', 'M0,0 L8,5 L0,10 z M7,0 L15,5 L7,10 z', 15)}</defs>`;
}

export const dashFor = (edge: Pick<DesignEdge, 'timing'>): string => (edge.timing === 'async' ? ' stroke-dasharray="7 5"' : '');
export const markerFor = (edge: Pick<DesignEdge, 'processing'>): string => (edge.processing === 'batch' ? 'aw-arrow-batch' : 'aw-arrow');

export function badge(x: number, y: number, text: string, theme: SvgTheme): string {
  const w = text.length * 6.2 + 10;
  return (
    `<rect x="${num(x - w / 2)}" y="${num(y - 8)}" width="${num(w)}" height="16" rx="8" fill="${theme.badgeFill}"/>` +
    `<text x="${num(x)}" y="${num(y + 4)}" text-anchor="middle" font-size="10" fill="${theme.badgeText}">${xmlText(text)}</text>`
  );
}

/** One edge between the borders of its endpoints' boxes (absolute coordinates). */
export function drawEdge(edge: DesignEdge, source: Box, target: Box, theme: SvgTheme): string {
  const flow = dataFlow(edge);
  const [fromBox, toBox] = flow.from === edge.source ? [source, target] : [target, source];
  const a = borderPoint(fromBox, center(toBox));
  const b = borderPoint(toBox, center(fromBox));
  let out = `<g><line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${theme.edge}" stroke-width="1.5"${dashFor(edge)} marker-end="url(#${markerFor(edge)})"/>`;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const caption = [edge.label, edge.protocol].filter(Boolean).join(' · ');
  if (caption) {
    const short = [...caption].length > 40 ? `${[...caption].slice(0, 39).join('')}…` : caption;
    out += `<text x="${num(mid.x)}" y="${num(mid.y - 12)}" text-anchor="middle" font-size="11" fill="${theme.muted}" stroke="${theme.background}" stroke-width="3" paint-order="stroke">${xmlText(short)}<title>${xmlText(caption)}</title></text>`;
  }
  const badges = [edge.delivery === 'pull' ? 'pull' : '', edge.processing === 'batch' ? 'batch' : ''].filter(Boolean);
  if (badges.length) out += badge(mid.x, mid.y + 4, badges.join(' · '), theme);
  return `${out}</g>`;
}
