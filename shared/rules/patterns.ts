/**
 * Which patterns a design uses (DESIGN §3): layered = at least two layers, SOA = a service
 * bus, microservices = at least two microservices, event-driven = an event broker, Lambda =
 * a batch, speed or serving layer. Declared patterns (settings.patterns) apply as well.
 */
import type { KindId } from '../catalog/kinds';
import { PATTERNS, type Design, type PatternId, type Settings } from '../model/schema';

const SIGNS: Record<PatternId, (count: (kind: KindId) => number) => boolean> = {
  layered: (c) => c('layer') >= 2,
  soa: (c) => c('service-bus') >= 1,
  microservices: (c) => c('microservice') >= 2,
  'event-driven': (c) => c('event-broker') >= 1,
  lambda: (c) => c('batch-layer') + c('speed-layer') + c('serving-layer') >= 1,
};

export function patternsFromCounts(count: (kind: KindId) => number, settings?: Settings): PatternId[] {
  const declared = new Set(settings?.patterns ?? []);
  return PATTERNS.filter((p) => declared.has(p) || SIGNS[p](count));
}

/** The patterns a design's components show (declared ones are not included). */
export function detectPatterns(design: Pick<Design, 'nodes'>): PatternId[] {
  const counts = new Map<KindId, number>();
  for (const n of design.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return patternsFromCounts((k) => counts.get(k) ?? 0);
}
