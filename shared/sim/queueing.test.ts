/**
 * The simulator agrees with queueing theory where theory exists (DESIGN §4, issue 5):
 * mean time in system of M/M/1, M/M/c (Erlang C) and a tandem of M/M/1 stations. Fixed
 * seeds, enough customers for the tolerance to be about two standard errors, warm-up removed.
 * Time unit: service rate μ = 1 per ms.
 */
import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { simulate } from './simulate';

/** A Poisson source feeding `stations` in series over zero-latency async edges. */
function tandem(ratePerMs: number, stations: { serviceMs: number; servers: number }[]) {
  const b = design().node('src', 'client', { props: { rate: ratePerMs * 1000, serviceTimeMs: 0 } });
  let prev = 'src';
  stations.forEach((s, i) => {
    const id = `s${i + 1}`;
    b.node(id, 'microservice', { props: { serviceTimeMs: s.serviceMs, serviceTimeDist: 'exponential', workers: s.servers, replicas: 1, queueCapacity: null } });
    b.edge(prev, id, 'async-message', { props: { latencyMs: 0 } });
    prev = id;
  });
  return b.build();
}

/** Runs long enough for `customers` arrivals, dropping the first 5% as warm-up. */
function run(d: ReturnType<typeof tandem>, ratePerMs: number, customers: number, seed: number) {
  const seconds = customers / (ratePerMs * 1000);
  return simulate(d, { seconds, warmupSeconds: seconds * 0.05, seed, traceSamples: 0 });
}

/** Erlang C: mean time in system of M/M/c with arrival rate λ and service rate μ. */
function erlangCTimeInSystem(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const tail = (term * a) / c / (1 - rho);
  const waitProbability = tail / (sum + tail);
  return 1 / mu + waitProbability / (c * mu - lambda);
}

const relErr = (got: number, want: number): number => Math.abs(got / want - 1);

describe('queueing theory', () => {
  it.each([
    [0.5, 400_000],
    [0.8, 1_000_000],
  ])('M/M/1 at utilization %s (%s customers): mean time in system within 2 percent of 1/(μ−λ)', (rho, customers) => {
    const r = run(tandem(rho, [{ serviceMs: 1, servers: 1 }]), rho, customers, 11);
    expect(relErr(r.overall.mean, 1 / (1 - rho))).toBeLessThan(0.02);
    expect(relErr(r.nodes[1]!.utilization, rho)).toBeLessThan(0.01);
    expect(r.overall.count).toBeGreaterThan(customers * 0.9);
  });

  it('M/M/1 at utilization 0.95: within 5%', () => {
    const r = run(tandem(0.95, [{ serviceMs: 1, servers: 1 }]), 0.95, 3_000_000, 1);
    expect(relErr(r.overall.mean, 20)).toBeLessThan(0.05);
  }, 90_000);

  it('M/M/c, c = 4 at utilization 0.85: within 2% of Erlang C', () => {
    const lambda = 4 * 0.85;
    const r = run(tandem(lambda, [{ serviceMs: 1, servers: 4 }]), lambda, 2_000_000, 3);
    expect(relErr(r.overall.mean, erlangCTimeInSystem(lambda, 1, 4))).toBeLessThan(0.02);
    expect(relErr(r.nodes[1]!.utilization, 0.85)).toBeLessThan(0.01);
  });

  it('tandem of three M/M/1 stations: each within 2% of 1/(μᵢ−λ)', () => {
    const lambda = 0.5;
    const services = [1, 1.4, 1.6]; // utilizations 0.5, 0.7, 0.8
    const r = run(tandem(lambda, services.map((s) => ({ serviceMs: s, servers: 1 }))), lambda, 1_000_000, 5);
    services.forEach((s, i) => {
      const station = r.nodes.find((n) => n.id === `s${i + 1}`)!;
      expect(relErr(station.meanResponseMs, 1 / (1 / s - lambda))).toBeLessThan(0.02);
    });
    // Jackson: the end-to-end mean is the sum of the stations'.
    const total = services.reduce((acc, s) => acc + 1 / (1 / s - lambda), 0);
    expect(relErr(r.overall.mean, total)).toBeLessThan(0.02);
  });
});
