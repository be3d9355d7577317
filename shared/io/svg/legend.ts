/** The legend: one row per way an edge attribute is drawn. */
import { badge, dashFor, markerFor } from './edges';
import { num, xmlText } from './escape';
import type { SvgTheme } from './theme';

const ROWS: { text: string; timing: 'sync' | 'async'; processing: 'stream' | 'batch'; badge?: string; reversed?: boolean }[] = [
  { text: 'sync (caller waits)', timing: 'sync', processing: 'stream' },
  { text: 'async (fire and go on)', timing: 'async', processing: 'stream' },
  { text: 'pull: arrow shows data flow to the poller', timing: 'sync', processing: 'stream', badge: 'pull', reversed: true },
  { text: 'batch', timing: 'sync', processing: 'batch', badge: 'batch' },
];

/** `notes`: extra lines under the rows, such as the default protocols (shared/routing/captions.ts). */
export const legendSize = (notes: readonly string[] = []): { width: number; height: number } => ({ width: 340, height: 24 + ROWS.length * 24 + notes.length * 18 });

export function drawLegend(x: number, y: number, theme: SvgTheme, notes: readonly string[] = []): string {
  const size = legendSize(notes);
  let out = `<g><rect x="${num(x)}" y="${num(y)}" width="${size.width}" height="${size.height}" rx="6" fill="${theme.background}" stroke="${theme.containerStroke}"/>`;
  out += `<text x="${num(x + 12)}" y="${num(y + 17)}" font-size="11" font-weight="600" fill="${theme.text}">Edges</text>`;
  ROWS.forEach((row, i) => {
    const ly = y + 36 + i * 24;
    const [x1, x2] = row.reversed ? [x + 92, x + 12] : [x + 12, x + 92];
    out += `<line x1="${num(x1)}" y1="${num(ly)}" x2="${num(x2)}" y2="${num(ly)}" stroke="${theme.edge}" stroke-width="1.5"${dashFor(row)} marker-end="url(#${markerFor(row)})"/>`;
    if (row.badge) out += badge(x + 52, ly, row.badge, theme);
    out += `<text x="${num(x + 104)}" y="${num(ly + 4)}" font-size="11" fill="${theme.text}">${xmlText(row.text)}</text>`;
  });
  notes.forEach((note, i) => {
    out += `<text x="${num(x + 12)}" y="${num(y + 36 + ROWS.length * 24 + i * 18)}" font-size="11" fill="${theme.muted}">${xmlText(note)}</text>`;
  });
  return `${out}</g>`;
}
