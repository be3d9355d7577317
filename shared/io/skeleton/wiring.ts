/**
 * How a package's ports connect inside it, the same for every language:
 * - inbound ports (routes, consumers, store listeners, fetchers, jobs) hand each message to
 *   `forward`;
 * - `forward` sends it along the on-demand outbound ports (by the node's routing) and keeps
 *   it for the scheduled ones;
 * - scheduled outbound ports (batch edges) send what was kept, every `batchIntervalMs`;
 * - fetchers (pull edges: GET calls, store reads) run every `pollIntervalMs`.
 * GET routes answer with the latest messages the package has seen.
 */
import type { Package, PortOf } from './plan-types';

export type Outbound = PortOf<'call'> | PortOf<'publish'> | PortOf<'store'>;
export type Fetcher = PortOf<'call'> | PortOf<'store'>;

const DEFAULT_FETCH_MS = 1000;

const isOutbound = (p: Package['ports'][number]): p is Outbound =>
  (p.type === 'call' && p.method === 'POST') || p.type === 'publish' || (p.type === 'store' && p.access === 'write');

export const demandOutbound = (pkg: Package): Outbound[] => pkg.ports.filter(isOutbound).filter((p) => p.trigger.kind === 'demand');

export const scheduledOutbound = (pkg: Package): (Outbound & { everyMs: number })[] =>
  pkg.ports.filter(isOutbound).flatMap((p) => (p.trigger.kind === 'demand' ? [] : [{ ...p, everyMs: p.trigger.everyMs }]));

export const fetchers = (pkg: Package): (Fetcher & { everyMs: number })[] =>
  pkg.ports.flatMap((p) =>
    (p.type === 'call' && p.method === 'GET') || (p.type === 'store' && p.access === 'read')
      ? [{ ...p, everyMs: p.trigger.kind === 'demand' ? DEFAULT_FETCH_MS : p.trigger.everyMs }]
      : [],
  );

export const listeners = (pkg: Package): PortOf<'store'>[] => pkg.ports.filter((p): p is PortOf<'store'> => p.type === 'store' && p.access === 'listen');

/** Dependencies a package's code needs, by language. */
export function usesTech(pkg: Package): { http: boolean; kafka: boolean; amqp: boolean; postgres: boolean; redis: boolean } {
  const techs = new Set<string>();
  for (const p of pkg.ports) {
    if (p.type === 'publish' || p.type === 'consume') techs.add(p.channel.infra.tech);
    if (p.type === 'store') techs.add(p.store.tech);
    if (p.type === 'call') techs.add('http');
  }
  return { http: techs.has('http'), kafka: techs.has('kafka'), amqp: techs.has('amqp'), postgres: techs.has('postgres'), redis: techs.has('redis') };
}
