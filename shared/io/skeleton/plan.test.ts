import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { buildPlan } from './plan';
import { infraUsed, portsOf, type Package, type SkeletonPlan } from './plan-types';
import { PATTERN_DESIGNS } from './testing/pattern-designs';

const pkg = (plan: SkeletonPlan, name: string): Package => {
  const found = plan.packages.find((p) => p.name === name);
  if (!found) throw new Error(`no package ${name} in ${plan.packages.map((p) => p.name).join(', ')}`);
  return found;
};

describe('buildPlan', () => {
  it('makes a package of each service-like component and a container of each store, broker and registry', () => {
    const plan = buildPlan(PATTERN_DESIGNS.lambda!());
    expect(plan.packages.map((p) => p.kind).sort()).toEqual(['batch-processor', 'model-server', 'monitoring', 'stream-processor', 'training-job']);
    expect(plan.infra.map((i) => `${i.name}:${i.tech}`).sort()).toEqual(['data-lake:postgres', 'ingest-kafka:kafka', 'model-registry:mlflow', 'realtime-view-redis:redis']);
  });

  it('turns a sync edge into a route on the callee and a client of that route on the caller', () => {
    const plan = buildPlan(design().node('a', 'microservice', { label: 'A' }).node('b', 'microservice', { label: 'B' }).edge('a', 'b', 'request-response', { label: 'Score it', props: { timeoutMs: 750, retries: 2 } }).build());
    const [route] = portsOf(pkg(plan, 'b'), 'route');
    const [call] = portsOf(pkg(plan, 'a'), 'call');
    expect(route).toMatchObject({ method: 'POST', path: '/score-it', caller: 'A', accepted: false });
    expect(call).toMatchObject({ method: 'POST', path: '/score-it', timeoutMs: 750, retries: 2, trigger: { kind: 'demand' } });
    expect(call!.peer).toMatchObject({ name: 'b', internal: true, url: 'http://b:8080' });
  });

  it('turns a poll into a GET route and a poller on the edge interval, and a batch edge into a scheduled job', () => {
    const plan = buildPlan(
      design().node('a', 'microservice').node('b', 'microservice').node('c', 'microservice')
        .edge('a', 'b', 'poll', { props: { pollIntervalMs: 250 } })
        .edge('a', 'c', 'request-response', { attrs: { processing: 'batch' }, props: { batchIntervalMs: 90_000 } })
        .build(),
    );
    expect(portsOf(pkg(plan, 'b'), 'route')[0]).toMatchObject({ method: 'GET' });
    const calls = portsOf(pkg(plan, 'a'), 'call');
    expect(calls.map((c) => [c.method, c.trigger])).toEqual([
      ['GET', { kind: 'poll', everyMs: 250 }],
      ['POST', { kind: 'schedule', everyMs: 90_000 }],
    ]);
  });

  it('puts producers and consumers on the broker the design names, fan-out for a broker, shared group for a queue', () => {
    const plan = buildPlan(PATTERN_DESIGNS.eventDriven!());
    const fe = pkg(plan, 'feature-engineering');
    expect(portsOf(fe, 'consume')[0]).toMatchObject({ channel: { address: 'kafka', infra: { tech: 'kafka', fanout: true } }, group: 'feature-engineering' });
    expect(portsOf(fe, 'publish')[0]).toMatchObject({ channel: { address: 'kafka' } });
    expect(portsOf(pkg(plan, 'real-time-inference'), 'consume')[0]).toMatchObject({ pollMs: 500 });
    const micro = buildPlan(PATTERN_DESIGNS.microservices!());
    expect(portsOf(pkg(micro, 'a-b-testing'), 'consume').find((c) => c.channel.address === 'prediction-queue')).toMatchObject({ channel: { infra: { tech: 'amqp', fanout: false } }, group: 'prediction-queue' });
  });

  it('takes the technology a node names before its label and protocols', () => {
    const d = design().node('s', 'microservice').node('q', 'message-queue', { label: 'Orders' }).node('c', 'feature-store', { label: 'Features' }).edge('s', 'q', 'async-message').edge('s', 'c').build();
    d.nodes.find((n) => n.id === 'q')!.technology = 'Kafka';
    d.nodes.find((n) => n.id === 'c')!.technology = 'PostgreSQL';
    const plan = buildPlan(d);
    expect(plan.infra.map((i) => `${i.label}:${i.tech}`).sort()).toEqual(['Features:postgres', 'Orders:kafka']);
  });

  it('adds an implied broker for an async edge between two services, by protocol', () => {
    const plan = buildPlan(PATTERN_DESIGNS.eventDriven!());
    expect(plan.infra.find((i) => i.kind === 'implied')).toMatchObject({ tech: 'kafka' });
    expect(plan.warnings.join('\n')).toMatch(/no broker or queue/);
    const amqp = buildPlan(PATTERN_DESIGNS.microservices!());
    expect(amqp.infra.find((i) => i.kind === 'implied')).toMatchObject({ tech: 'amqp' });
  });

  it('gives database edges a PostgreSQL client and feature-store edges a Redis client; store pushes become listeners', () => {
    const plan = buildPlan(PATTERN_DESIGNS.microservices!());
    expect(portsOf(pkg(plan, 'feature-service'), 'store')[0]).toMatchObject({ access: 'write', store: { tech: 'postgres' } });
    expect(portsOf(pkg(plan, 'inference'), 'store')[0]).toMatchObject({ access: 'read', store: { tech: 'redis' }, trigger: { kind: 'poll', everyMs: 250 } });
    const ed = buildPlan(PATTERN_DESIGNS.eventDriven!());
    expect(portsOf(pkg(ed, 'drift-detection'), 'store').map((s) => s.access).sort()).toEqual(['listen', 'write']);
  });

  it('turns scheduler edges into jobs on the batch interval, and external callers into published routes', () => {
    const plan = buildPlan(PATTERN_DESIGNS.lambda!());
    expect(portsOf(pkg(plan, 'spark-batch'), 'job')[0]).toMatchObject({ everyMs: 3_600_000, scheduler: 'Nightly' });
    expect(pkg(plan, 'serving-api').hostPort).toBe(8081);
    expect(portsOf(pkg(plan, 'serving-api'), 'route').map((r) => [r.caller, r.accepted])).toEqual([
      ['Model Registry', true],
      ['App', false],
    ]);
    expect(pkg(plan, 'monitoring').hostPort).toBeNull();
  });

  it('accounts for every edge: as code on a package, or as a note', () => {
    for (const make of Object.values(PATTERN_DESIGNS)) {
      const d = make();
      const plan = buildPlan(d);
      const covered = new Set(plan.packages.flatMap((p) => p.ports.map((port) => port.edge.id)));
      const noted = d.edges.filter((e) => !covered.has(e.id));
      expect(plan.notes.length).toBe(noted.length);
    }
  });

  it('makes depends_on point only at infrastructure', () => {
    const plan = buildPlan(PATTERN_DESIGNS.microservices!());
    const infraNames = new Set(plan.infra.map((i) => i.name));
    for (const p of plan.packages) for (const inf of infraUsed(p)) expect(infraNames.has(inf.name)).toBe(true);
    expect(infraUsed(pkg(plan, 'inference')).map((i) => i.name).sort()).toEqual(['online-features', 'prediction-queue', 'rabbitmq', 'service-registry']);
  });
});
