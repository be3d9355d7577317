/**
 * The animated tokens of the simulation overlay. The engine moves thousands of messages a
 * second, most of them for a millisecond of network latency, so drawing its in-flight
 * messages would show almost nothing at slow speed and a blur at high speed. Instead each
 * edge emits visual tokens in proportion to its measured message rate (messages per
 * simulated second × simulated seconds per wall second), capped per edge and in total, and
 * every token crosses its edge in a fixed wall time: a sample, so a busy design stays smooth.
 *
 * Direction follows the engine's (shared/graph dataFlow, the same rule the snapshot's
 * `reverse` flag encodes): data moves along a push edge and against a pull edge. A sync push
 * call is answered by a reply token coming back, a poll goes out before its data comes back;
 * both of those follow their request by one crossing.
 */
import { dataFlow } from '../../../shared/graph/index';
import type { DesignEdge } from '../../../shared/model/schema';

/** Wall time a token takes to cross an edge. */
export const TRAVEL_MS = 900;
/** At most this many tokens start on one edge per wall second (per direction). */
export const MAX_PER_EDGE_PER_S = 6;
/** At most this many tokens on the canvas. */
export const MAX_TOKENS = 300;

export type TokenKind = 'data' | 'control';

export interface Token {
  edge: string;
  /** True when it moves from the edge's target to its source. */
  reverse: boolean;
  /** Data (a message's payload) or control (a poll request, a sync reply). */
  kind: TokenKind;
  /** Visual-clock time it leaves (may lie ahead: replies wait for their request to arrive). */
  born: number;
}

/** How an edge carries traffic, from its attributes. */
export interface Lane {
  /** The first crossing: source → target. */
  out: TokenKind;
  /** The answer, target → source, or none (async push). */
  back: TokenKind | null;
}

export function laneOf(edge: Pick<DesignEdge, 'source' | 'target' | 'delivery' | 'timing'>): Lane {
  const pullsData = dataFlow(edge).from === edge.target;
  if (pullsData) return { out: 'control', back: 'data' };
  return { out: 'data', back: edge.timing === 'sync' ? 'control' : null };
}

export interface EdgeTraffic {
  id: string;
  /** Messages per simulated second (SimSnapshot.edges[].rate). */
  rate: number;
  lane: Lane;
}

export class TokenField {
  tokens: Token[] = [];
  /** The visual clock: advances only while the simulation plays, so paused tokens stand still. */
  clock = 0;
  private readonly owed = new Map<string, number>();

  /** @param random jitter for start times (tests pass a fixed one). */
  constructor(private readonly random: () => number = Math.random) {}

  /**
   * Advances the clock by dtMs of wall time at `speed` simulated ms per wall ms, drops the
   * tokens that arrived and starts new ones on `traffic`.
   */
  advance(dtMs: number, traffic: readonly EdgeTraffic[], speed: number): void {
    if (dtMs <= 0) return;
    this.clock += dtMs;
    const now = this.clock;
    this.tokens = this.tokens.filter((t) => now - t.born < TRAVEL_MS);
    for (const e of traffic) {
      const perS = Math.min(MAX_PER_EDGE_PER_S, Math.max(0, e.rate * speed));
      if (perS === 0) {
        this.owed.delete(e.id);
        continue;
      }
      let owed = (this.owed.get(e.id) ?? this.random()) + (perS * dtMs) / 1000;
      while (owed >= 1) {
        owed -= 1;
        if (this.tokens.length >= MAX_TOKENS) continue;
        // Spread starts within the frame so tokens do not move in lockstep.
        const born = now - this.random() * Math.min(dtMs, 50);
        this.tokens.push({ edge: e.id, reverse: false, kind: e.lane.out, born });
        if (e.lane.back && this.tokens.length < MAX_TOKENS) this.tokens.push({ edge: e.id, reverse: true, kind: e.lane.back, born: born + TRAVEL_MS });
      }
      this.owed.set(e.id, owed);
    }
  }

  /** Where a token is along its edge, 0 at the edge's source and 1 at its target; undefined before it leaves. */
  position(t: Token): number | undefined {
    const p = (this.clock - t.born) / TRAVEL_MS;
    if (p < 0 || p >= 1) return undefined;
    return t.reverse ? 1 - p : p;
  }

  clear(): void {
    this.tokens = [];
    this.owed.clear();
  }
}
