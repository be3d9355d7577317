/**
 * The queueing-network estimator: the simulator's semantics (shared/sim/README.md) turned into
 * mean-value formulas, so a design gets figures after every edit without a run.
 *
 * 1. Rates, senders first along the data flow: a source's own rate; routing `all` copies to
 *    every data-out edge, `one` splits evenly, `weighted` by weight; a batch edge delivers one
 *    job per batch; a pull edge one job per message (stream) or per non-empty poll (batch); a
 *    scheduler one trigger per edge per `batchIntervalMs`. A saturated component passes on
 *    only what it can serve, so what lies behind it sees its capacity, not the offered load.
 * 2. Times, receivers first: a job keeps its server for its service plus, for sync calls, the
 *    round trip and the callee's response (the fixed point of step 1 and 2 is found by
 *    damped iteration when a caller's capacity depends on its callee); the wait in queue is
 *    Erlang C's, scaled by Allen–Cunneen's (ca² + cs²) / 2 with arrival variability carried
 *    along the network by Whitt's QNA equations.
 * 3. A message ends when all of its work ends: fan-out takes the maximum of the branches,
 *    routing splits mix them, and percentiles come from a gamma fitted to the result.
 */
import { kindDef, type KindId } from '../catalog/kinds';
import { dataFlow, edgeProps, nodeProps } from '../graph/index';
import type { Design, DesignEdge, DesignNode } from '../model/schema';
import { allenCunneenWait, departureScv, erlangC } from './queueing';
import { add, fixed, max, mean, mix, quantile, ZERO, type TimeDist } from './time-dist';
import type { Estimate, EstimateOptions, NodeEstimate, SourceEstimate } from './types';

/** Coefficient of variation² of each service-time distribution (lognormal σ = 1: e − 1). */
const SERVICE_SCV = { exponential: 1, constant: 0, lognormal: Math.E - 1 } as const;
const R_ALL = 0;
const R_ONE = 1;
const R_WEIGHTED = 2;
/** Edge behaviours, as the engine tells them apart. */
const SYNC = 0;
const PUSH = 1;
const BATCH = 2;
const PULL = 3;
const PULL_BATCH = 4;
const TRIGGER = 5;
const MAX_ROUNDS = 15;

interface NodeStatic {
  kind: KindId;
  workers: number;
  replicas: number;
  serviceMs: number;
  cs2: number;
  routing: number;
  passive: boolean;
  scheduler: boolean;
  rate: number;
  /** Squared coefficient of variation of the source's arrivals. */
  ca2: number;
}

interface EdgeStatic {
  latencyMs: number;
  pollMs: number;
  batchSize: number;
  batchIntervalMs: number;
  weight: number;
}

const nodeCache = new WeakMap<DesignNode, NodeStatic>();
const edgeCache = new WeakMap<DesignEdge, EdgeStatic>();

function nodeStatic(n: DesignNode): NodeStatic {
  let s = nodeCache.get(n);
  if (s) return s;
  const p = nodeProps(n);
  const def = kindDef(n.kind);
  const rate = def.source ? (p.rate ?? 0) : 0;
  // A bursty source is an interrupted Poisson process (on 1 s at 5 × rate, off 4 s): its
  // asymptotic index of dispersion is 1 + 6.4 × rate (per second).
  const ca2 = p.arrival === 'constant' ? 0 : p.arrival === 'bursty' ? 1 + 6.4 * rate : 1;
  s = {
    kind: n.kind,
    workers: p.workers ?? 1,
    replicas: p.replicas ?? 1,
    serviceMs: p.serviceTimeMs ?? 0,
    cs2: SERVICE_SCV[p.serviceTimeDist ?? 'exponential'],
    routing: p.routing === 'one' ? R_ONE : p.routing === 'weighted' ? R_WEIGHTED : R_ALL,
    passive: def.passive,
    scheduler: n.kind === 'scheduler',
    rate,
    ca2,
  };
  nodeCache.set(n, s);
  return s;
}

function edgeStatic(e: DesignEdge): EdgeStatic {
  let s = edgeCache.get(e);
  if (s) return s;
  const p = edgeProps(e);
  s = { latencyMs: p.latencyMs, pollMs: Math.max(p.pollIntervalMs, 1e-3), batchSize: Math.max(1, p.batchSize), batchIntervalMs: p.batchIntervalMs, weight: p.weight };
  edgeCache.set(e, s);
  return s;
}

/** The network in arrays: nodes are components, edges carry data from `from` to `to`. */
class Net {
  ids: string[] = [];
  labels: string[] = [];
  st: NodeStatic[] = [];
  servers!: Float64Array;
  ownRate!: Float64Array;
  from: number[] = [];
  to: number[] = [];
  type: number[] = [];
  es: EdgeStatic[] = [];
  /** Data-out edges per node (the ones routing chooses among), and trigger edges of schedulers. */
  out: number[][] = [];
  triggers: number[][] = [];
  incoming: number[][] = [];
  share: number[] = [];
  order: number[] = [];
  cyclic = false;

  constructor(design: Design, o: EstimateOptions) {
    const index = new Map<string, number>();
    for (const n of design.nodes) {
      const def = kindDef(n.kind);
      if (def.container || def.annotation) continue;
      index.set(n.id, this.ids.length);
      this.ids.push(n.id);
      this.labels.push(n.label || n.id);
      this.st.push(nodeStatic(n));
    }
    const count = this.ids.length;
    this.servers = new Float64Array(count);
    this.ownRate = new Float64Array(count);
    const scale = o.rateScale ?? 1;
    for (let v = 0; v < count; v++) {
      const s = this.st[v]!;
      const replicas = o.replicas?.[this.ids[v]!] ?? s.replicas;
      this.servers[v] = Math.max(1, s.workers * replicas);
      const override = o.sourceRates?.[this.ids[v]!];
      this.ownRate[v] = s.rate > 0 || override !== undefined ? (override ?? s.rate * scale) : 0;
      this.out.push([]);
      this.triggers.push([]);
      this.incoming.push([]);
    }
    for (const e of design.edges) {
      const s = index.get(e.source);
      const t = index.get(e.target);
      if (s === undefined || t === undefined || s === t) continue;
      const flow = dataFlow(e);
      const a = index.get(flow.from)!;
      const b = index.get(flow.to)!;
      const type = edgeType(e, this.st[s]!);
      const i = this.from.length;
      this.from.push(a);
      this.to.push(b);
      this.type.push(type);
      this.es.push(edgeStatic(e));
      this.share.push(0);
      (type === TRIGGER ? this.triggers : this.out)[a]!.push(i);
      this.incoming[b]!.push(i);
    }
    for (let v = 0; v < count; v++) {
      const out = this.out[v]!;
      const routing = this.st[v]!.routing;
      let total = 0;
      for (const i of out) total += this.es[i]!.weight;
      for (const i of out) this.share[i] = routing === R_ALL ? 1 : routing === R_WEIGHTED && total > 0 ? this.es[i]!.weight / total : 1 / out.length;
    }
    this.topoOrder();
  }

  /**
   * Strongly connected components of the data flow in topological order (Tarjan, iterative):
   * `order` lists nodes senders first, a component's members together; `comp` numbers them.
   */
  comp!: Int32Array;
  /** Per component: 1 when it is a cycle (more than one node). */
  compCyclic: number[] = [];

  private topoOrder(): void {
    const n = this.ids.length;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const comp = (this.comp = new Int32Array(n).fill(-1));
    const succ = (v: number): number[] => (this.triggers[v]!.length ? [...this.out[v]!, ...this.triggers[v]!] : this.out[v]!);
    const stack: number[] = [];
    const comps: number[][] = [];
    let next = 0;
    for (let root = 0; root < n; root++) {
      if (index[root]! >= 0) continue;
      const work: [number, number][] = [[root, 0]];
      index[root] = low[root] = next++;
      stack.push(root);
      onStack[root] = 1;
      while (work.length > 0) {
        const top = work[work.length - 1]!;
        const v = top[0];
        const edges = succ(v);
        if (top[1] < edges.length) {
          const w = this.to[edges[top[1]++]!]!;
          if (index[w]! < 0) {
            index[w] = low[w] = next++;
            stack.push(w);
            onStack[w] = 1;
            work.push([w, 0]);
          } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const u = work[work.length - 1]![0];
          low[u] = Math.min(low[u]!, low[v]!);
        }
        if (low[v] === index[v]) {
          const members: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            members.push(w);
          } while (w !== v);
          comps.push(members);
        }
      }
    }
    // Tarjan finishes successors first: reversed, senders come first.
    for (let c = comps.length - 1, k = 0; c >= 0; c--, k++) {
      const members = comps[c]!.sort((a, b) => a - b);
      for (const v of members) {
        comp[v] = k;
        this.order.push(v);
      }
      this.compCyclic.push(members.length > 1 ? 1 : 0);
      if (members.length > 1) this.cyclic = true;
    }
  }
}

function serviceDist(s: NodeStatic): TimeDist {
  if (s.serviceMs <= 0) return ZERO;
  if (s.cs2 === 0) return fixed(s.serviceMs);
  return { d: 0, m: s.serviceMs, v: s.cs2 * s.serviceMs * s.serviceMs };
}

/** Messages a batch edge gathers per job: up to batchSize, fewer when the interval closes it first. */
function batchCount(e: EdgeStatic, ratePerS: number): number {
  if (e.batchIntervalMs <= 0) return 1;
  return Math.max(1, Math.min(e.batchSize, 1 + (ratePerS * e.batchIntervalMs) / 1000));
}

/**
 * Jobs per second an edge delivers for `r` messages per second sent on it: one per batch on
 * a batch edge, one per non-empty poll on a batch pull, at most batchSize per poll on a
 * stream pull, one per message otherwise. The one rate model: the estimator and the
 * checker's rates (communication/rates) both count with it.
 */
function jobsOn(type: number, es: EdgeStatic, r: number): number {
  if (type === BATCH) return r / batchCount(es, r);
  if (type === PULL) return Math.min(r, (es.batchSize * 1000) / es.pollMs);
  if (type === PULL_BATCH) {
    const polls = 1000 / es.pollMs;
    return polls * (1 - Math.exp(-r / polls));
  }
  return r;
}

/** Behaviour code of an edge, as the engine tells them apart. */
function edgeType(e: DesignEdge, sender: NodeStatic): number {
  const pull = e.delivery === 'pull';
  const batch = e.processing === 'batch';
  if (pull) return batch ? PULL_BATCH : PULL;
  if (sender.scheduler) return TRIGGER;
  if (batch) return BATCH;
  return e.timing === 'sync' && !sender.passive ? SYNC : PUSH;
}

/** {@link jobsOn} for a design edge whose source is `source`. */
export function edgeJobRate(e: DesignEdge, source: DesignNode, messagesPerS: number): number {
  return jobsOn(edgeType(e, nodeStatic(source)), edgeStatic(e), messagesPerS);
}

/** Whether a job keeps its server while this edge's call runs (a sync push from a non-passive caller). */
export function holdsCaller(e: DesignEdge, source: DesignNode): boolean {
  return edgeType(e, nodeStatic(source)) === SYNC;
}

/** Estimates a design's figures (pure; call again after an edit — it takes well under a millisecond per 100 components). */
export function estimate(design: Design, options: EstimateOptions = {}): Estimate {
  const net = new Net(design, options);
  const n = net.ids.length;
  const E = net.from.length;
  const { order, st, servers, ownRate } = net;
  const offered = new Float64Array(n);
  const through = new Float64Array(n);
  const ca2 = new Float64Array(n);
  const cap = new Float64Array(n).fill(Infinity);
  const edgeRate = new Float64Array(E);
  const edgeJobs = new Float64Array(E);
  const hold: TimeDist[] = new Array(n);
  const resp: TimeDist[] = new Array(n);
  const tail: TimeDist[] = new Array(n);
  const waitMs = new Float64Array(n);
  const rho = new Float64Array(n);
  const warnings: string[] = [];
  if (net.cyclic) warnings.push('the data flow has a cycle: each message is counted once on it, so figures along it are rough');

  for (let v = 0; v < n; v++) if (st[v]!.serviceMs > 0) cap[v] = (servers[v]! * 1000) / st[v]!.serviceMs;
  // A component called only synchronously holds at most its callers' servers' worth of jobs:
  // with at least that many servers of its own, nothing ever waits in its queue.
  const neverWaits = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (ownRate[v]! > 0 || net.incoming[v]!.length === 0) continue;
    let callers = 0;
    let onlySync = true;
    for (const i of net.incoming[v]!) {
      if (net.type[i] !== SYNC) onlySync = false;
      else callers += servers[net.from[i]!]!;
    }
    if (onlySync && callers <= servers[v]!) neverWaits[v] = 1;
  }

  /**
   * A sync caller that saturates passes on x jobs/s where its capacity, with its callees
   * loaded by x (plus what else they receive), equals x: found by bisection, as capacity
   * falls when x rises.
   */
  const solveCaller = (v: number, inJobs: number): number => {
    const syncEdges = net.out[v]!.filter((i) => net.type[i] === SYNC);
    const all = st[v]!.routing === R_ALL;
    const respAt = (i: number, x: number): number => {
      const t = net.to[i]!;
      const h = hold[t] ?? serviceDist(st[t]!);
      const H = mean(h);
      const load = Math.max(0, offered[t]! - edgeJobs[i]!) + jobsOn(SYNC, net.es[i]!, x * net.share[i]!);
      if (neverWaits[t]) return 2 * net.es[i]!.latencyMs + H;
      if ((load * H) / 1000 >= servers[t]!) return Infinity;
      return 2 * net.es[i]!.latencyMs + H + allenCunneenWait(servers[t]!, load / 1000, H, ca2[t]!, H > 0 ? h.v / (H * H) : 0);
    };
    const spare = (x: number): number => {
      let w = 0;
      for (const i of syncEdges) w = all ? Math.max(w, respAt(i, x)) : w + net.share[i]! * respAt(i, x);
      return (servers[v]! * 1000) / (st[v]!.serviceMs + w) - x;
    };
    // A callee held up by its own saturated callee is solved first (in a later round): until its
    // hold is finite, this caller passes on what it receives.
    if (syncEdges.some((i) => !Number.isFinite(mean(hold[net.to[i]!] ?? ZERO)))) return inJobs;
    if (spare(inJobs) >= 0) return inJobs;
    let lo = 0;
    let hi = inJobs;
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (spare(mid) >= 0) lo = mid;
      else hi = mid;
    }
    return lo;
  };

  let cycleIn = 0;
  let cycleScv = 0;
  /** One pass senders first; from round 1 a saturated sync caller is solved against its callees. */
  const rates = (round: number): number => {
    let change = 0;
    for (let k = 0; k < order.length; k++) {
      const v = order[k]!;
      let inJobs = ownRate[v]!;
      let scvSum = ownRate[v]! * st[v]!.ca2;
      const c = net.comp[v]!;
      if (net.compCyclic[c]) {
        // On a cycle each message counts once (as the checker's rates do): every member sees
        // what enters the cycle from outside plus what its members emit.
        if (k === 0 || net.comp[order[k - 1]!] !== c) {
          let total = 0;
          let scv = 0;
          for (let m = k; m < order.length && net.comp[order[m]!] === c; m++) {
            const u = order[m]!;
            total += ownRate[u]!;
            scv += ownRate[u]! * st[u]!.ca2;
            for (const i of net.incoming[u]!) {
              if (net.comp[net.from[i]!] === c) continue;
              total += edgeJobs[i]!;
              scv += edgeJobs[i]! * edgeScv(i);
            }
          }
          cycleIn = total;
          cycleScv = scv;
        }
        inJobs = cycleIn;
        scvSum = cycleScv;
      } else
        for (const i of net.incoming[v]!) {
          inJobs += edgeJobs[i]!;
          scvSum += edgeJobs[i]! * edgeScv(i);
        }
      offered[v] = inJobs;
      ca2[v] = inJobs > 0 ? scvSum / inJobs : 1;
      const next = round > 0 && inJobs > cap[v]! && net.out[v]!.some((i) => net.type[i] === SYNC) ? solveCaller(v, inJobs) : Math.min(inJobs, cap[v]!);
      change = Math.max(change, Math.abs(next - through[v]!) / Math.max(next, 1e-9));
      through[v] = next;
      for (const i of net.out[v]!) setEdge(i, through[v]! * net.share[i]!);
      for (const i of net.triggers[v]!) {
        const es = net.es[i]!;
        setEdge(i, es.batchIntervalMs > 0 ? 1000 / es.batchIntervalMs : 0);
      }
    }
    return change;
  };
  const setEdge = (i: number, r: number): void => {
    edgeRate[i] = r;
    edgeJobs[i] = jobsOn(net.type[i]!, net.es[i]!, r);
  };
  /** Arrival variability an edge brings (QNA splitting; batches and polls are regular). */
  const edgeScv = (i: number): number => {
    const type = net.type[i]!;
    const v = net.from[i]!;
    const es = net.es[i]!;
    if (type === TRIGGER) return 0;
    if (type === PULL_BATCH) return Math.exp(-edgeRate[i]! * (es.pollMs / 1000));
    const cd = departureScv(servers[v]!, rho[v]!, ca2[v]!, st[v]!.cs2);
    if (type === PULL) return cd + (edgeRate[i]! * es.pollMs) / 1000;
    if (type === BATCH) return cd / batchCount(es, edgeRate[i]!);
    const p = net.share[i]!;
    return p * cd + 1 - p;
  };

  const times = (): void => {
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      const s = st[v]!;
      const out = net.out[v]!;
      const svc = serviceDist(s);
      // Sync calls: the server is held for the round trip and the callee's response.
      let sync: TimeDist = ZERO;
      let anySync = false;
      for (const i of out) if (net.type[i] === SYNC) anySync = true;
      if (anySync) {
        const parts: TimeDist[] = [];
        const p: number[] = [];
        for (const i of out) {
          const isSync = net.type[i] === SYNC;
          if (s.routing === R_ALL && !isSync) continue;
          parts.push(isSync ? add(fixed(2 * net.es[i]!.latencyMs), resp[net.to[i]!] ?? ZERO) : ZERO);
          p.push(net.share[i]!);
        }
        sync = s.routing === R_ALL ? max(parts) : mix(parts, p);
      }
      const h = add(svc, sync);
      hold[v] = h;
      const H = mean(h);
      cap[v] = H > 0 ? (servers[v]! * 1000) / H : Infinity;
      const lambda = offered[v]!;
      rho[v] = H > 0 ? (lambda * H) / (1000 * servers[v]!) : 0;
      const hs2 = H > 0 ? h.v / (H * H) : 0;
      const w = neverWaits[v] ? 0 : rho[v]! >= 1 ? Infinity : allenCunneenWait(servers[v]!, lambda / 1000, H, ca2[v]!, hs2);
      waitMs[v] = w;
      let wait: TimeDist = ZERO;
      if (!Number.isFinite(w)) wait = { d: 0, m: Infinity, v: Infinity };
      else if (w > 0) {
        const pw = Math.min(1, Math.max(erlangC(servers[v]!, (lambda * H) / 1000), 1e-9));
        const wc = w / pw;
        wait = { d: 0, m: w, v: Math.max(0, pw * 2 * wc * wc - w * w) };
      }
      resp[v] = add(wait, h);
      // The message's work behind this node: each data-out edge's delay and what follows it.
      if (out.length === 0) {
        tail[v] = resp[v]!;
        continue;
      }
      const parts: TimeDist[] = [];
      const p: number[] = [];
      for (const i of out) {
        parts.push(branch(i));
        p.push(net.share[i]!);
      }
      const after = add(add(wait, svc), s.routing === R_ALL ? max(parts) : mix(parts, p));
      tail[v] = mean(after) >= mean(resp[v]!) ? after : resp[v]!;
    }
  };
  const branch = (i: number): TimeDist => {
    const es = net.es[i]!;
    const t = net.to[i]!;
    const next = tail[t] ?? resp[t] ?? ZERO;
    switch (net.type[i]) {
      case SYNC: {
        // The caller also waits for the reply: the branch ends at the later of the two.
        const viaReply = mean(resp[t] ?? ZERO) + es.latencyMs;
        const extra = Math.max(0, viaReply - mean(next));
        return add(fixed(es.latencyMs + extra), next);
      }
      case BATCH: {
        const r = edgeRate[i]!;
        const window = r > 0 ? Math.min(es.batchIntervalMs, ((batchCount(es, r) - 1) * 1000) / r) : es.batchIntervalMs;
        return add(fixed(es.latencyMs + window / 2), next);
      }
      case PULL:
      case PULL_BATCH:
        return add({ d: 2 * es.latencyMs, m: es.pollMs / 2, v: (es.pollMs * es.pollMs) / 12 }, next);
      default:
        return add(fixed(es.latencyMs), next);
    }
  };

  rates(0);
  times();
  // A caller held by a slow callee may saturate: then rates and times depend on each other.
  let rounds = 0;
  while (rounds < MAX_ROUNDS && someCapBinds(n, offered, cap, through)) {
    rounds++;
    const change = rates(rounds);
    times();
    if (change < 1e-5) break;
  }
  if (rounds >= MAX_ROUNDS) warnings.push('the saturated part of the design did not settle: figures behind it are rough');

  // A callee of a saturated caller runs flat out: the caller's waiting calls keep its queue full.
  const flatOut = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (rho[v]! >= 1) for (const i of net.out[v]!) if (net.type[i] === SYNC && rho[net.to[i]!]! >= 0.99) flatOut[net.to[i]!] = 1;
  const nodes: NodeEstimate[] = [];
  for (let v = 0; v < n; v++) {
    const s = st[v]!;
    const H = mean(hold[v]!);
    const saturated = rho[v]! >= 1 || flatOut[v] === 1;
    nodes.push({
      id: net.ids[v]!,
      label: net.labels[v]!,
      kind: s.kind,
      servers: servers[v]!,
      offeredRate: offered[v]!,
      throughput: through[v]!,
      serviceMs: s.serviceMs,
      syncWaitMs: H - s.serviceMs,
      utilization: rho[v]!,
      meanQueue: saturated ? Infinity : (offered[v]! * waitMs[v]!) / 1000,
      waitMs: waitMs[v]!,
      responseMs: mean(resp[v]!),
      capacity: cap[v]!,
      saturatesAtScale: rho[v]! > 0 ? 1 / rho[v]! : Infinity,
      saturated,
    });
  }
  const sources: SourceEstimate[] = [];
  for (let v = 0; v < n; v++) {
    const trig = net.triggers[v]!;
    if (!(ownRate[v]! > 0) && trig.length === 0) continue;
    let t: TimeDist;
    let rate = ownRate[v]!;
    if (ownRate[v]! > 0) t = tail[v]!;
    else {
      const parts = trig.map(branch);
      let total = 0;
      for (const i of trig) total += edgeRate[i]!;
      rate = total;
      t = mix(parts, trig.map((i) => (total > 0 ? edgeRate[i]! / total : 1 / trig.length)));
    }
    const b = bottleneckFrom(net, v, rho);
    const src: SourceEstimate = { id: net.ids[v]!, label: net.labels[v]!, rate, meanMs: mean(t), p95Ms: quantile(t, 0.95), p99Ms: quantile(t, 0.99) };
    if (b >= 0) src.bottleneck = net.ids[b]!;
    sources.push(src);
  }
  const saturated = nodes.filter((x) => x.saturated).sort((a, b) => b.utilization - a.utilization || (a.id < b.id ? -1 : 1)).map((x) => x.id);
  return { nodes, sources, saturated, warnings };
}

function someCapBinds(n: number, offered: Float64Array, cap: Float64Array, through: Float64Array): boolean {
  for (let v = 0; v < n; v++) if (offered[v]! > cap[v]! * (1 + 1e-9) || through[v]! < Math.min(offered[v]!, cap[v]!) * (1 - 1e-9)) return true;
  return false;
}

/** The busiest component a source's messages reach (itself excluded), or -1. */
function bottleneckFrom(net: Net, s: number, rho: Float64Array): number {
  const seen = new Uint8Array(net.ids.length);
  const stack = [s];
  seen[s] = 1;
  let best = -1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v !== s && (best < 0 || rho[v]! > rho[best]!)) best = v;
    for (const list of [net.out[v]!, net.triggers[v]!]) {
      for (const i of list) {
        const t = net.to[i]!;
        if (!seen[t]) {
          seen[t] = 1;
          stack.push(t);
        }
      }
    }
  }
  return best;
}
