/**
 * One traced message as a Mermaid sequence diagram, in the style of the seed's Figures 34.5
 * and 34.6: participants by label in order of appearance, sync calls `->>+` answered by
 * `-->>-`, async sends `-)`, polls as a request and its data, failures with a cross.
 * Labels are user text: they only ever appear as aliases and message text, entity-encoded.
 */
import type { Trace, TraceHop } from '../../sim/types';

export interface SequenceParticipant {
  label: string;
}

export interface SequenceEdge {
  label: string;
  protocol: string;
}

export interface SequenceLookup {
  node(id: string): SequenceParticipant | undefined;
  edge(id: string): SequenceEdge | undefined;
}

const MAX_LABEL = 120;

/** Makes text safe as a sequence-diagram alias or message: one line, no statement separators, no markup. */
export function escapeSequenceText(text: string): string {
  const oneLine = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').trim();
  const short = oneLine.length > MAX_LABEL ? `${oneLine.slice(0, MAX_LABEL - 1)}…` : oneLine;
  // Mermaid decodes #code; entities; encode every character its grammar or HTML could read.
  const encoded = short.replace(/[#;:%<>&"'`{}[\]\\=|]/g, (ch) => `#${ch.charCodeAt(0)};`);
  return encoded.length > 0 ? encoded : '#160;';
}

export function traceToSequence(trace: Trace, lookup: SequenceLookup): string {
  const ids: string[] = [];
  const pid = new Map<string, string>();
  const participant = (nodeId: string): string => {
    let p = pid.get(nodeId);
    if (!p) {
      p = `P${ids.length + 1}`;
      pid.set(nodeId, p);
      ids.push(nodeId);
    }
    return p;
  };
  participant(trace.source);
  for (const h of trace.hops) {
    participant(h.from);
    participant(h.to);
  }

  const active = new Map<string, number>();
  const body: string[] = [];
  for (const h of trace.hops) body.push(...hopLines(h, trace, lookup, pid, active));

  const labelOf = (id: string): string => lookup.node(id)?.label || id;
  const lines = ['sequenceDiagram'];
  for (const id of ids) lines.push(`    participant ${pid.get(id)} as ${escapeSequenceText(labelOf(id))}`);
  const span = ids.length > 1 ? `${pid.get(ids[0]!)},${pid.get(ids[ids.length - 1]!)}` : pid.get(ids[0]!)!;
  const took = trace.finishedAtMs === undefined ? 'still in flight at the end of the run' : `${fmt(trace.finishedAtMs - trace.emittedAtMs)} ms until all its work finished`;
  lines.push(`    Note over ${span}: ${escapeSequenceText(`A message from ${labelOf(trace.source)} (simulated), ${took}`)}`);
  lines.push(...body);
  return lines.join('\n') + '\n';
}

function hopLines(h: TraceHop, trace: Trace, lookup: SequenceLookup, pid: Map<string, string>, active: Map<string, number>): string[] {
  const from = pid.get(h.from)!;
  const to = pid.get(h.to)!;
  const edge = lookup.edge(h.edgeId);
  const name = edge ? [edge.label, edge.protocol && `(${edge.protocol})`].filter(Boolean).join(' ') : '';
  const at = `t+${fmt(h.atMs - trace.emittedAtMs)} ms`;
  const text = (what: string): string => escapeSequenceText(`${[what, name].filter(Boolean).join(' ')} at ${at}`);
  const deactivate = (p: string): string => {
    const n = active.get(p) ?? 0;
    if (n === 0) return '';
    active.set(p, n - 1);
    return '-';
  };
  switch (h.kind) {
    case 'call':
      if (h.status) return [`    ${from}-x${to}: ${text(`call lost (${h.status})`)}`];
      active.set(to, (active.get(to) ?? 0) + 1);
      return [`    ${from}->>+${to}: ${text('call')}`];
    case 'reply':
      if (h.status) return [`    ${from}--x${deactivate(from)}${to}: ${text(h.status === 'timeout' ? 'timed out' : h.status)}`];
      return [`    ${from}-->>${deactivate(from)}${to}: ${text('reply')}`];
    case 'send':
      return [h.status ? `    ${from}-x${to}: ${text(`message lost (${h.status})`)}` : `    ${from}-)${to}: ${text('message')}`];
    case 'poll':
      return [`    ${from}->>${to}: ${text('poll')}`, `    ${to}-->>${from}: ${escapeSequenceText('data')}`];
  }
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0);
}
