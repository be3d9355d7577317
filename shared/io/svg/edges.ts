/**
 * Edges as the canvas draws them (DESIGN §2): solid = sync, dashed = async; the arrow points
 * the way data flows, so a pull edge's arrow points back at the poller and carries a `pull`
 * badge; batch edges get a double arrowhead and a `batch` badge. The geometry is the shared
 * router's (shared/routing), so the export shows the canvas's routes.
 */
import { dataFlow } from '../../graph';
import type { DesignEdge } from '../../model/schema';
import { routePath, type Caption, type LabelBox, type Route } from '../../routing';
import { num, xmlText } from './escape';
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

/** Longest caption text drawn; the whole text stays in the <title>. */
const MAX_CAPTION = 40;
export const shortCaption = (text: string): string => ([...text].length > MAX_CAPTION ? `${[...text].slice(0, MAX_CAPTION - 1).join('')}…` : text);

/**
 * One edge along its route (absolute points from source to target). `ends` are the indices of
 * its endpoints in the design's node list, written as data attributes so that tools can
 * measure the drawing (bench/sections/readability.ts) without any user text in attributes.
 */
export function drawEdge(edge: DesignEdge, route: Route, caption: Caption, label: LabelBox | undefined, theme: SvgTheme, ends: [number, number]): string {
  const points = dataFlow(edge).from === edge.source ? route : [...route].reverse();
  let out = `<g><path d="${routePath(points)}" fill="none" stroke="${theme.edge}" stroke-width="${edge.processing === 'batch' ? 2.5 : 1.5}"${dashFor(edge)} marker-end="url(#${markerFor(edge)})" data-es="${ends[0]}" data-et="${ends[1]}"/>`;
  if (label && (caption.text || caption.badges.length)) {
    const rows = (caption.text ? 1 : 0) + (caption.badges.length ? 1 : 0);
    let y = label.cy - ((rows - 1) * 16) / 2;
    if (caption.text) {
      const full = [edge.label, edge.protocol].filter(Boolean).join(' · ');
      out += `<text x="${num(label.cx)}" y="${num(y + 4)}" text-anchor="middle" font-size="11" fill="${theme.muted}" stroke="${theme.background}" stroke-width="3" paint-order="stroke">${xmlText(shortCaption(caption.text))}<title>${xmlText(full)}</title></text>`;
      y += 16;
    }
    if (caption.badges.length) out += badge(label.cx, y, caption.badges.join(' · '), theme);
  }
  return `${out}</g>`;
}
