/**
 * The seed's architectural decision framework (§34.4) as data: which patterns and paradigms
 * each requirement calls for, and the three common combinations (Figures 34.14–34.16).
 * `recommendPatterns` explains the recommendation; the UI shows the text and
 * requirements/fit uses it.
 */
import type { PatternId, Requirements } from '../../model/schema';
import { num } from '../text';

/** DESIGN §3: high throughput means at least this many messages per second. */
export const HIGH_THROUGHPUT = 1000;

export type Dimension = 'latency' | 'throughput' | 'team';

export interface DimensionAdvice {
  dimension: Dimension;
  /** The requirement as the seed names it ("sub-second", "high throughput", "small team"). */
  requirement: string;
  /** Patterns of which at least one should be present. */
  patterns: PatternId[];
  /** The framework line, in the seed's words. */
  advice: string;
}

export interface Combination {
  figure: string;
  name: string;
  parts: string[];
  patterns: PatternId[];
}

export const COMBINATIONS: readonly Combination[] = [
  { figure: 'Figure 34.14', name: 'Real-time recommendation system', parts: ['Event-Driven Architecture + Microservices', 'Streaming Processing + Push Model', 'Synchronous Inference + Asynchronous Training'], patterns: ['event-driven', 'microservices'] },
  { figure: 'Figure 34.15', name: 'Batch Analytics Platform', parts: ['Layered Architecture + SOA', 'Batch Processing + Pull Model', 'Asynchronous Processing + Scheduled Execution'], patterns: ['layered', 'soa'] },
  { figure: 'Figure 34.16', name: 'Hybrid ML Platform', parts: ['Microservices + Event-Driven', 'Streaming + Batch Lambda Architecture', 'Push for Real-time, Pull for Batch'], patterns: ['microservices', 'event-driven', 'lambda'] },
];

const LATENCY: Record<NonNullable<Requirements['latency']>, Omit<DimensionAdvice, 'dimension'>> = {
  'sub-second': { requirement: 'sub-second latency', patterns: ['event-driven'], advice: 'Sub-second: Event-driven + Streaming + Push' },
  'seconds-minutes': { requirement: 'seconds-to-minutes latency', patterns: ['microservices'], advice: 'Seconds to minutes: Microservices + Asynchronous + Pull' },
  'hours-days': { requirement: 'hours-to-days latency', patterns: ['layered'], advice: 'Hours to days: Layered + Batch + Pull' },
};

const TEAM: Record<NonNullable<Requirements['team']>, Omit<DimensionAdvice, 'dimension'>> = {
  small: { requirement: 'a small team', patterns: ['layered'], advice: 'Small team: Layered architecture' },
  multiple: { requirement: 'multiple teams', patterns: ['soa', 'microservices'], advice: 'Multiple teams: SOA or Microservices' },
  'devops-mature': { requirement: 'a DevOps-mature team', patterns: ['microservices', 'event-driven'], advice: 'DevOps maturity: Microservices + Event-driven' },
};

const PATTERN_NAMES: Record<PatternId, string> = { layered: 'layered', soa: 'SOA', microservices: 'microservices', 'event-driven': 'event-driven', lambda: 'Lambda' };

export const patternName = (p: PatternId): string => PATTERN_NAMES[p];

export interface Recommendation {
  dimensions: DimensionAdvice[];
  /** Combinations (Figures 34.14–34.16) that contain a recommended pattern of every dimension. */
  combinations: Combination[];
  /** A paragraph for the UI. */
  explanation: string;
}

export function combinationText(c: Combination): string {
  return `${c.figure}, ${c.name}: ${c.parts.join('; ')}`;
}

export function recommendPatterns(req: Requirements): Recommendation {
  const dimensions: DimensionAdvice[] = [];
  if (req.latency) dimensions.push({ dimension: 'latency', ...LATENCY[req.latency] });
  if (req.throughput !== undefined && req.throughput >= HIGH_THROUGHPUT) {
    dimensions.push({ dimension: 'throughput', requirement: `high throughput (${num(req.throughput)} msg/s)`, patterns: ['microservices', 'event-driven'], advice: 'High throughput: Microservices or Event-driven' });
  }
  if (req.team) dimensions.push({ dimension: 'team', ...TEAM[req.team] });
  const combinations = dimensions.length ? COMBINATIONS.filter((c) => dimensions.every((d) => d.patterns.some((p) => c.patterns.includes(p)))) : [];
  const explanation = dimensions.length
    ? `The decision framework (§34.4) recommends: ${dimensions.map((d) => `${d.advice} (for ${d.requirement})`).join('; ')}. ` +
      (combinations.length
        ? `Common combinations that fit: ${combinations.map(combinationText).join(' | ')}.`
        : 'No single common combination covers all of these; hybrid approaches are often necessary.')
    : 'Declare a latency class, a throughput or a team structure to get a recommendation from the decision framework (§34.4).';
  return { dimensions, combinations, explanation };
}
