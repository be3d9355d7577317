/**
 * The skeleton plan: what every package, container and edge of a design becomes, before any
 * file is written. Emitters for each language and format read only this.
 */
import type { KindId } from '../../catalog/kinds';
import type { DesignEdge } from '../../model/schema';
import type { Tech } from './roles';

/** When an outbound port runs: on demand (from a handler), on a poll interval, on a schedule. */
export type Trigger = { kind: 'demand' } | { kind: 'poll'; everyMs: number } | { kind: 'schedule'; everyMs: number };

export interface Infra {
  name: string;
  label: string;
  /** `implied` when an async edge joins two services with no broker in between. */
  kind: KindId | 'implied';
  tech: Tech;
  /** Environment variable holding the address, and its value inside docker-compose. */
  env: string;
  url: string;
  /** Brokers copy each message to every consumer; queues hand it to one (DESIGN §4). */
  fanout: boolean;
}

export interface Channel {
  /** Identifier-safe key in AsyncAPI and code. */
  key: string;
  /** Topic or queue name. */
  address: string;
  infra: Infra;
}

/** The other end of an HTTP call. */
export interface Peer {
  name: string;
  label: string;
  env: string;
  url: string;
  /** A package of this skeleton (its OpenAPI document describes the route). */
  internal: boolean;
  /** An off-the-shelf server in docker-compose (model registry, service registry). */
  infra: Infra | null;
}

interface PortBase {
  edge: DesignEdge;
  /** Operation name, unique within its package (camelCase; emitters derive snake_case). */
  op: string;
  /** The edge in words (`"A" → "B": label`), for comments. */
  about: string;
}

export type Port =
  | (PortBase & { type: 'route'; method: 'GET' | 'POST'; path: string; caller: string; accepted: boolean })
  | (PortBase & { type: 'call'; method: 'GET' | 'POST'; path: string; peer: Peer; trigger: Trigger; timeoutMs: number; retries: number })
  | (PortBase & { type: 'publish'; channel: Channel; trigger: Trigger })
  | (PortBase & { type: 'consume'; channel: Channel; pollMs: number | null; group: string })
  | (PortBase & { type: 'store'; store: Infra; access: 'write' | 'read' | 'listen'; trigger: Trigger; batchSize: number })
  | (PortBase & { type: 'job'; everyMs: number; scheduler: string });

export type PortType = Port['type'];
export type PortOf<T extends PortType> = Extract<Port, { type: T }>;

export interface Package {
  id: string;
  name: string;
  label: string;
  kind: KindId;
  /** How a handler passes work on: to every on-demand port, or to one in turn. */
  routing: 'all' | 'one';
  ports: Port[];
  /** Called from outside the skeleton, so compose publishes its port on the host. */
  hostPort: number | null;
}

export interface SkeletonPlan {
  title: string;
  description: string;
  packages: Package[];
  infra: Infra[];
  /** Edges that become no code (both ends outside the packages), for the README. */
  notes: string[];
  warnings: string[];
}

export const SERVICE_PORT = 8080;

export const portsOf = <T extends PortType>(pkg: Package, type: T): PortOf<T>[] =>
  pkg.ports.filter((p): p is PortOf<T> => p.type === type);

/** Infrastructure a package talks to (its compose `depends_on`). */
export function infraUsed(pkg: Package): Infra[] {
  const used = new Map<string, Infra>();
  for (const p of pkg.ports) {
    if (p.type === 'publish' || p.type === 'consume') used.set(p.channel.infra.name, p.channel.infra);
    if (p.type === 'store') used.set(p.store.name, p.store);
    if (p.type === 'call' && p.peer.infra) used.set(p.peer.infra.name, p.peer.infra);
  }
  return [...used.values()];
}
