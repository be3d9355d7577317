/**
 * What each component kind becomes in a code skeleton. A `Record<KindId, …>`, so adding a
 * kind to the catalog fails to compile until it is placed here.
 *
 * - package: a runnable service with its own folder, server, OpenAPI document and container.
 *   The service bus is one too (it routes calls between services, which is code), and so
 *   is `component`: what an import could not map is most likely a service.
 * - messaging: a broker or queue container; edges to it become producers and consumers.
 * - store: a database container; edges to it become a driver client.
 * - http-infra: an off-the-shelf server (model registry, service registry) called over HTTP.
 * - external: outside the skeleton (callers, event sources); their calls become routes.
 * - trigger: a scheduler; its edges become scheduled jobs in the package it triggers.
 * - none: containers and notes.
 */
import type { KindId } from '../../catalog/kinds';

export type Role = 'package' | 'messaging' | 'store' | 'http-infra' | 'external' | 'trigger' | 'none';

export const ROLES: Record<KindId, Role> = {
  layer: 'none',
  client: 'external',
  'service-bus': 'package',
  service: 'package',
  'api-gateway': 'package',
  microservice: 'package',
  database: 'store',
  'message-queue': 'messaging',
  'service-registry': 'http-infra',
  cluster: 'none',
  'event-source': 'external',
  'event-broker': 'messaging',
  'event-processor': 'package',
  'event-store': 'store',
  'notification-service': 'package',
  'feature-store': 'store',
  'model-registry': 'http-infra',
  'model-server': 'package',
  'training-job': 'package',
  'stream-processor': 'package',
  'batch-processor': 'package',
  scheduler: 'trigger',
  'data-warehouse': 'store',
  monitoring: 'package',
  component: 'package',
  'batch-layer': 'none',
  'speed-layer': 'none',
  'serving-layer': 'none',
  group: 'none',
  note: 'none',
};

/** The technology behind an infrastructure node, chosen by label words, then edge protocols, then kind. */
export type Tech = 'kafka' | 'amqp' | 'postgres' | 'redis' | 'mlflow' | 'consul';

const WORDS: readonly [RegExp, Tech][] = [
  [/kafka|redpanda/i, 'kafka'],
  [/amqp|rabbit/i, 'amqp'],
  [/redis|valkey|cache/i, 'redis'],
  [/postgres|sql/i, 'postgres'],
];

const BY_ROLE: Record<'messaging' | 'store', readonly Tech[]> = {
  messaging: ['kafka', 'amqp'],
  store: ['postgres', 'redis'],
};

const DEFAULT_TECH: Partial<Record<KindId, Tech>> = {
  'event-broker': 'kafka',
  'message-queue': 'amqp',
  database: 'postgres',
  'event-store': 'postgres',
  'data-warehouse': 'postgres',
  'feature-store': 'redis',
  'model-registry': 'mlflow',
  'service-registry': 'consul',
};

/** Picks a technology that fits the role from free text (a label or edge protocols), in order. */
export function techFor(kind: KindId, role: Role, hints: readonly string[]): Tech | undefined {
  if (role === 'messaging' || role === 'store') {
    for (const hint of hints) {
      for (const [re, tech] of WORDS) if (re.test(hint) && BY_ROLE[role].includes(tech)) return tech;
    }
  }
  return DEFAULT_TECH[kind];
}

/** Protocol of an async edge between two packages with no broker between them. */
export const directAsyncTech = (protocol: string): Tech => (/kafka|redpanda/i.test(protocol) ? 'kafka' : 'amqp');
