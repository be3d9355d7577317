/**
 * Node and edge properties (DESIGN §2: names and units are fixed). The zod schemas are the
 * single source: the TypeScript types, the file-format JSON Schema and the inspector's
 * field list all derive from these.
 */
import { z } from 'zod';

const count = z.number().int().min(1).max(100_000);
const ms = z.number().finite().min(0).max(1e9);

export const SERVICE_TIME_DISTS = ['exponential', 'constant', 'lognormal'] as const;
export const ROUTINGS = ['all', 'one', 'weighted'] as const;
export const ARRIVALS = ['poisson', 'constant', 'bursty'] as const;
export const DOMAINS = ['ml', 'business', 'data'] as const;
export const BACKPRESSURES = ['drop', 'block'] as const;

export const NodePropertiesSchema = z
  .object({
    /** Messages per second emitted (sources). */
    rate: z.number().finite().min(0).max(1e7),
    /** Arrival process of a source (an addition to DESIGN §2: Poisson by default). */
    arrival: z.enum(ARRIVALS),
    /** Mean service time, milliseconds. */
    serviceTimeMs: ms,
    serviceTimeDist: z.enum(SERVICE_TIME_DISTS),
    workers: count,
    replicas: count,
    /** null = unbounded. */
    queueCapacity: z.number().int().min(0).max(1e9).nullable(),
    routing: z.enum(ROUTINGS),
    /** Layers: 1 = top. */
    rank: z.number().int().min(1).max(1000),
    /** SOA services. */
    domain: z.enum(DOMAINS),
  })
  .partial();

export type NodeProperties = z.infer<typeof NodePropertiesSchema>;

export const EdgePropertiesSchema = z
  .object({
    /** Network latency, milliseconds. */
    latencyMs: ms,
    timeoutMs: ms,
    retries: z.number().int().min(0).max(100),
    pollIntervalMs: ms,
    batchSize: count,
    batchIntervalMs: ms,
    backpressure: z.enum(BACKPRESSURES),
    weight: z.number().finite().min(0).max(1e6),
  })
  .partial();

export type EdgeProperties = z.infer<typeof EdgePropertiesSchema>;

/** Defaults every edge falls back to, so a fresh design simulates. */
export const EDGE_DEFAULTS: Required<EdgeProperties> = {
  latencyMs: 1,
  timeoutMs: 5000,
  retries: 0,
  pollIntervalMs: 1000,
  batchSize: 100,
  batchIntervalMs: 60_000,
  backpressure: 'drop',
  weight: 1,
};
