/**
 * `archway export --to sequence`: runs a short simulation of the design and draws one
 * traced request (the one that touched the most steps) as a Mermaid sequence diagram.
 */
import { simulate } from '../../sim/simulate';
import type { Trace } from '../../sim/types';
import type { Design } from '../../model/schema';
import { defineExporter } from '../exporters';
import { escapeSequenceText, traceToSequence } from './render';

/** The most informative trace: most hops, then finished, then earliest. */
export function pickTrace(traces: Trace[]): Trace | undefined {
  let best: Trace | undefined;
  for (const t of traces) {
    if (!best || t.hops.length > best.hops.length || (t.hops.length === best.hops.length && best.finishedAtMs === undefined && t.finishedAtMs !== undefined)) best = t;
  }
  return best && best.hops.length > 0 ? best : undefined;
}

export function sequenceOf(design: Design, options: { seed?: number; seconds?: number } = {}): { text: string; warnings: string[] } {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const edges = new Map(design.edges.map((e) => [e.id, e]));
  const lookup = { node: (id: string) => nodes.get(id), edge: (id: string) => edges.get(id) };
  // Short first; a design with slow sources gets a longer run before giving up.
  for (const seconds of options.seconds ? [options.seconds] : [10, 120]) {
    const result = simulate(design, { seconds, seed: options.seed ?? 1, traceSamples: 20 });
    const trace = pickTrace(result.traces);
    if (trace) return { text: traceToSequence(trace, lookup), warnings: result.warnings };
  }
  return {
    text: `sequenceDiagram\n    participant P1 as ${escapeSequenceText(design.metadata.title || 'Design')}\n    Note over P1: No message was traced#59; give a client or event source a rate and an edge\n`,
    warnings: ['no message was traced: the design has no source that emits along an edge'],
  };
}

const positive = (v: string | undefined): number | undefined => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

export const sequenceExporter = defineExporter({
  id: 'sequence',
  label: 'Mermaid sequence diagram',
  description: 'One simulated request, step by step, as a Mermaid sequence diagram',
  async run(design, options) {
    const { text, warnings } = sequenceOf(design, { seed: positive(options.seed), seconds: positive(options.seconds) });
    return { kind: 'text', text, mediaType: 'text/vnd.mermaid', extension: '.mmd', warnings };
  },
});
