/**
 * Turns a design into a skeleton plan: which components become packages, which become
 * infrastructure containers, and what each edge becomes on each side (DESIGN §5).
 *
 * Edge → code, by what its ends are (the edge points from the initiator; `dataFlow` says
 * which way data goes):
 * - package ↔ broker/queue: a producer where data flows into it, a consumer where it flows out;
 * - package → package, sync: a route on the target and a typed client on the source;
 * - package → package, async: the same through an implied queue (AMQP, or Kafka by protocol);
 * - package ↔ store: a driver client that writes, reads, or (store-initiated) listens;
 * - package → external or registry: an HTTP client; external or registry → package: a route;
 * - scheduler → package: a scheduled job in the package.
 * Pull edges run on the edge's `pollIntervalMs`, batch edges on its `batchIntervalMs`.
 */
import { DesignIndex, dataFlow, edgeProps, nodeProps } from '../../graph/index';
import type { Design, DesignEdge, DesignNode } from '../../model/schema';
import { TECH, techEnv } from './infra';
import { NameAllocator, camel, envName, safeName } from './names';
import type { Channel, Infra, Package, Peer, SkeletonPlan, Trigger } from './plan-types';
import { SERVICE_PORT } from './plan-types';
import { ROLES, directAsyncTech, techFor, type Tech } from './roles';

const MIN_INTERVAL_MS = 10;
const FIRST_HOST_PORT = 8081;

interface PlanPackage extends Package {
  ops: NameAllocator;
  paths: NameAllocator;
}

const describe = (edge: DesignEdge, source: Pick<DesignNode, 'label'>, target: string): string =>
  `"${source.label}" → "${target}"${edge.label ? `: ${edge.label}` : ''}`;

export function triggerOf(edge: DesignEdge): Trigger {
  const p = edgeProps(edge);
  if (edge.processing === 'batch') return { kind: 'schedule', everyMs: Math.max(MIN_INTERVAL_MS, p.batchIntervalMs) };
  if (edge.delivery === 'pull') return { kind: 'poll', everyMs: Math.max(MIN_INTERVAL_MS, p.pollIntervalMs) };
  return { kind: 'demand' };
}

export function buildPlan(design: Design): SkeletonPlan {
  const index = new DesignIndex(design);
  const names = new NameAllocator();
  const warnings: string[] = [];
  const notes: string[] = [];
  const packages = new Map<string, PlanPackage>();
  const infra = new Map<string, Infra>();
  const channels = new Map<string, Channel>();
  const implied = new Map<Tech, { infra: Infra; addresses: NameAllocator }>();
  const externals = new Map<string, Peer>();

  const protocolsOf = (id: string): string[] => [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])].map((e) => e.protocol);
  const makeInfra = (name: string, label: string, kind: Infra['kind'], tech: Tech): Infra => ({
    name, label, kind, tech, env: techEnv(name, tech), url: TECH[tech].url(name), fanout: kind === 'event-broker',
  });

  for (const node of design.nodes) {
    const role = ROLES[node.kind];
    if (role === 'package') {
      packages.set(node.id, {
        id: node.id, name: names.take(node.label, node.kind), label: node.label, kind: node.kind,
        routing: nodeProps(node).routing === 'all' ? 'all' : 'one', ports: [], hostPort: null,
        ops: new NameAllocator(), paths: new NameAllocator(['health']),
      });
    } else if (role === 'messaging' || role === 'store' || role === 'http-infra') {
      // The technology the node names (Kafka, Postgres, …) first, then its label, then its protocols.
      const tech = techFor(node.kind, role, [...(node.technology ? [node.technology] : []), node.label, ...protocolsOf(node.id)]);
      if (tech) infra.set(node.id, makeInfra(names.take(node.label, node.kind), node.label, node.kind, tech));
    }
  }

  const channelOf = (nodeId: string): Channel => {
    let ch = channels.get(nodeId);
    if (!ch) {
      const inf = infra.get(nodeId)!;
      channels.set(nodeId, (ch = { key: camel(inf.name), address: inf.name, infra: inf }));
    }
    return ch;
  };
  const impliedChannel = (tech: Tech, from: PlanPackage, to: PlanPackage): Channel => {
    let entry = implied.get(tech);
    if (!entry) {
      const label = tech === 'kafka' ? 'Kafka' : 'RabbitMQ';
      entry = { infra: makeInfra(names.take(label, 'broker'), `${label} (implied)`, 'implied', tech), addresses: new NameAllocator() };
      implied.set(tech, entry);
    }
    const address = entry.addresses.take(`${from.name}-to-${to.name}`, 'channel');
    return { key: camel(address), address, infra: entry.infra };
  };
  const packagePeer = (p: PlanPackage): Peer => ({ name: p.name, label: p.label, env: `${envName(p.name)}_URL`, url: `http://${p.name}:${SERVICE_PORT}`, internal: true, infra: null });
  const externalPeer = (node: DesignNode): Peer => {
    const inf = infra.get(node.id);
    if (inf) return { name: inf.name, label: inf.label, env: inf.env, url: inf.url, internal: false, infra: inf };
    let peer = externals.get(node.id);
    if (!peer) {
      const name = names.take(node.label, node.kind);
      externals.set(node.id, (peer = { name, label: node.label, env: `${envName(name)}_URL`, url: `http://${name}.example:${SERVICE_PORT}`, internal: false, infra: null }));
    }
    return peer;
  };
  const op = (pkg: PlanPackage, verb: string, rest: string): string => camel(pkg.ops.take(`${verb} ${rest}`, verb));
  const addRoute = (pkg: PlanPackage, edge: DesignEdge, caller: DesignNode, accepted: boolean) => {
    const get = edge.delivery === 'pull';
    const slug = pkg.paths.take(edge.label, `${get ? 'for' : 'from'}-${caller.kind}`);
    const route = { type: 'route', edge, about: describe(edge, caller, pkg.label), op: op(pkg, get ? 'serve' : 'handle', slug), method: get ? 'GET' : 'POST', path: `/${slug}`, caller: caller.label, accepted } as const;
    pkg.ports.push(route);
    return route;
  };

  for (const edge of design.edges) {
    const s = index.nodes.get(edge.source);
    const t = index.nodes.get(edge.target);
    if (!s || !t) {
      warnings.push(`edge ${edge.id} joins a node that does not exist; skipped`);
      continue;
    }
    const rs = ROLES[s.kind];
    const rt = ROLES[t.kind];
    const ps = packages.get(s.id);
    const pt = packages.get(t.id);
    const flow = dataFlow(edge);
    const trigger = triggerOf(edge);
    const what = `"${s.label}" → "${t.label}"`;
    const about = describe(edge, s, t.label);
    const props = edgeProps(edge);

    if ((rs === 'messaging') !== (rt === 'messaging')) {
      const [m, other] = rs === 'messaging' ? [s, packages.get(t.id)] : [t, packages.get(s.id)];
      if (!other || !infra.has(m.id)) {
        notes.push(`${what}: outside the generated services (the producer or consumer is not a package)`);
        continue;
      }
      const ch = channelOf(m.id);
      if (flow.to === m.id) other.ports.push({ type: 'publish', edge, about, op: op(other, 'publish to', ch.address), channel: ch, trigger });
      else {
        const group = ch.infra.fanout ? other.name : ch.address;
        other.ports.push({ type: 'consume', edge, about, op: op(other, 'on', ch.address), channel: ch, pollMs: edge.delivery === 'pull' ? Math.max(MIN_INTERVAL_MS, props.pollIntervalMs) : null, group });
      }
    } else if (ps && pt) {
      const [from, to] = flow.from === s.id ? [ps, pt] : [pt, ps];
      if (edge.timing === 'async') {
        const ch = impliedChannel(directAsyncTech(edge.protocol), from, to);
        warnings.push(`${what} is async with no broker or queue between them: the skeleton adds ${ch.infra.label} channel "${ch.address}"`);
        from.ports.push({ type: 'publish', edge, about, op: op(from, 'publish to', ch.address), channel: ch, trigger });
        to.ports.push({ type: 'consume', edge, about, op: op(to, 'on', ch.address), channel: ch, pollMs: null, group: ch.address });
      } else {
        const route = addRoute(pt, edge, s, false);
        ps.ports.push({ type: 'call', edge, about, op: op(ps, 'call', `${pt.name} ${route.path}`), method: route.method, path: route.path, peer: packagePeer(pt), trigger, timeoutMs: props.timeoutMs, retries: props.retries });
      }
    } else if (ps && rt === 'store' && infra.has(t.id)) {
      const store = infra.get(t.id)!;
      const access = flow.to === t.id ? 'write' : 'read';
      ps.ports.push({ type: 'store', edge, about, op: op(ps, access, store.name), store, access, trigger, batchSize: props.batchSize });
    } else if (pt && rs === 'store' && infra.has(s.id) && edge.delivery === 'push') {
      const store = infra.get(s.id)!;
      pt.ports.push({ type: 'store', edge, about, op: op(pt, 'listen', store.name), store, access: 'listen', trigger: { kind: 'demand' }, batchSize: props.batchSize });
    } else if (ps && (rt === 'external' || rt === 'http-infra')) {
      const peer = externalPeer(t);
      const method = flow.to === s.id ? 'GET' : 'POST';
      const path = `/${safeName(edge.label, method === 'GET' ? 'latest' : 'events')}`;
      ps.ports.push({ type: 'call', edge, about, op: op(ps, 'call', `${peer.name} ${edge.label}`), method, path, peer, trigger, timeoutMs: props.timeoutMs, retries: props.retries });
    } else if (pt && (rs === 'external' || rs === 'http-infra')) {
      addRoute(pt, edge, s, edge.timing === 'async');
      if (rs === 'external') pt.hostPort = 0;
    } else if (pt && rs === 'trigger') {
      const everyMs = trigger.kind === 'demand' ? Math.max(MIN_INTERVAL_MS, props.batchIntervalMs) : trigger.everyMs;
      pt.ports.push({ type: 'job', edge, about, op: op(pt, 'run', edge.label || s.label), everyMs, scheduler: s.label });
    } else {
      notes.push(`${what}: no code is generated (neither end is a service package)`);
    }
  }

  let hostPort = FIRST_HOST_PORT;
  const list: Package[] = [];
  for (const { ops: _ops, paths: _paths, ...pkg } of packages.values()) {
    list.push({ ...pkg, hostPort: pkg.hostPort === null ? null : hostPort++ });
  }
  return {
    title: design.metadata.title,
    description: design.metadata.description,
    packages: list,
    infra: [...infra.values(), ...[...implied.values()].map((i) => i.infra)],
    notes,
    warnings,
  };
}
