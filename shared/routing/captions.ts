/**
 * What an edge's caption says, for the canvas and the SVG alike. A protocol chip is shown
 * only where it tells the reader something: when most edges of one timing share a protocol
 * (every sync call of a REST design is REST), that protocol becomes the legend's default
 * ("unlabelled sync edges are REST") and those edges drop the chip.
 */
import type { Timing } from '../catalog/edges';
import type { DesignEdge } from '../model/schema';

export type DefaultProtocols = Partial<Record<Timing, string>>;

/** A protocol is the default of its timing when it covers at least 3 edges and 60 % of them. */
export function defaultProtocols(edges: readonly Pick<DesignEdge, 'timing' | 'protocol'>[]): DefaultProtocols {
  const counts = new Map<Timing, Map<string, number>>();
  const totals = new Map<Timing, number>();
  for (const e of edges) {
    totals.set(e.timing, (totals.get(e.timing) ?? 0) + 1);
    if (!e.protocol) continue;
    let m = counts.get(e.timing);
    if (!m) counts.set(e.timing, (m = new Map()));
    m.set(e.protocol, (m.get(e.protocol) ?? 0) + 1);
  }
  const out: DefaultProtocols = {};
  for (const [timing, m] of counts) {
    let best = '';
    let n = 0;
    for (const [p, c] of m) if (c > n || (c === n && p < best)) [best, n] = [p, c];
    if (n >= 3 && n >= 0.6 * (totals.get(timing) ?? 0)) out[timing] = best;
  }
  return out;
}

export interface Caption {
  /** Label and, unless it is the default, protocol: one line. */
  text: string;
  /** PULL / BATCH badges. */
  badges: string[];
}

export function edgeCaption(edge: Pick<DesignEdge, 'label' | 'protocol' | 'timing' | 'delivery' | 'processing'>, defaults: DefaultProtocols): Caption {
  const protocol = edge.protocol && edge.protocol !== defaults[edge.timing] ? edge.protocol : '';
  const text = [edge.label, protocol].filter(Boolean).join(' · ');
  const badges = [edge.delivery === 'pull' ? 'pull' : '', edge.processing === 'batch' ? 'batch' : ''].filter(Boolean);
  return { text, badges };
}

/** The legend's lines for the defaults, e.g. "unlabelled sync edges are REST". */
export const defaultProtocolLines = (defaults: DefaultProtocols): string[] =>
  (Object.entries(defaults) as [Timing, string][]).map(([timing, p]) => `unlabelled ${timing} edges are ${p}`);
