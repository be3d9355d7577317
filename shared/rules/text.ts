/** Wording helpers shared by rule messages. */
import type { RuleContext } from './define';

/** `"A", "B" and "C"`, or `"A", "B" and 4 more` past `max` names. */
export function names(ctx: RuleContext, ids: readonly string[], max = 4): string {
  const shown = ids.slice(0, max).map(ctx.name);
  const more = ids.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** `"A" → "B" → "C"`, shortened in the middle when long. */
export function chain(ctx: RuleContext, ids: readonly string[], max = 8): string {
  if (ids.length <= max) return ids.map(ctx.name).join(' → ');
  const head = ids.slice(0, max - 2).map(ctx.name);
  return `${head.join(' → ')} → … → ${ctx.name(ids[ids.length - 1]!)}`;
}

export const edgeAnchor = (id: string) => ({ type: 'edge' as const, id });
export const nodeAnchor = (id: string) => ({ type: 'node' as const, id });

/** One formatter for all messages (toLocaleString builds a new one per call, which is slow). */
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** A whole number with thousands separators: 12,345. */
export const num = (v: number): string => (Number.isFinite(v) ? NUMBER.format(v) : '∞');

const SMALL = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });

/**
 * Messages per second: whole numbers with thousands separators, and two significant digits
 * below 10, so a training job that serves one request in ten minutes reads 0.0017 msg/s, not 0.
 */
export const perSecond = (v: number): string => `${v > 0 && v < 10 ? SMALL.format(v) : num(v)} msg/s`;
