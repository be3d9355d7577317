/**
 * The discrete-event engine (DESIGN §4). One event queue, one random stream, pooled
 * records addressed by index: an event is (time, type, a, b) with no closure, so the main
 * loop is a switch over a handful of types. Semantics, in one place:
 * - a source emits a message as a job at itself; after service a node sends along its
 *   data-out edges by `routing` (all / one round-robin / weighted random);
 * - sync push: the caller's job keeps its server until every call it made replied, failed
 *   for good, or timed out (`timeoutMs`, 0 = wait forever); `retries` re-send after a
 *   timeout or a refusal; the callee always finishes what it started (late replies are
 *   ignored), so retries add load exactly when a callee is slow;
 * - async push: the job is put in transit and the caller goes on; over a `block` edge the
 *   sender keeps its server until the receiver admits the job instead of it being dropped;
 * - pull: data leaving a node over a pull edge waits in the edge's buffer at that node
 *   until the consumer polls (every `pollIntervalMs`, up to `batchSize`, round trip
 *   2 × `latencyMs`); polls cost the polled node no service;
 * - batch processing: a batch edge collects messages until `batchSize` or
 *   `batchIntervalMs` after the first, then delivers one job carrying them all (a scheduler's
 *   edges fire on their own `batchIntervalMs` instead);
 * - a message's latency runs from its emission until its last job (and every batch it
 *   joined) has finished.
 */
import { EventQueue } from './event-queue';
import { FloatList } from './fifo';
import { sample } from './distributions';
import { compile, ARRIVAL, ROUTING, type SimEdge, type SimNode } from './model';
import { Rng } from './random';
import { Call, Carrier, Job, Pool } from './records';
import { latencyStats, percentileOf } from './stats';
import { batchMeans, halfWidth, independentBatches, isWide, latencyHalfWidths, mser5 } from './confidence';
import type { Design } from '../model/schema';
import type { Fault, InFlightMessage, LatencyStats, SeriesPoint, SimOptions, SimResult, SimSnapshot, Simulation, SourceLatency, Trace, TraceHop } from './types';

const EMIT = 0;
const SCHED = 1;
const DELIVER = 2;
const DONE = 3;
const REPLY = 4;
const REJECT = 5;
const TIMEOUT = 6;
const POLL = 7;
const FLUSH = 8;
const FAULT = 9;

/** Hops after which a message stops being forwarded (a cycle of edges would circle forever). */
export const MAX_DEPTH = 64;
/** Jobs alive at once beyond which a run stops (a fan-out explosion), with a warning. */
export const MAX_LIVE_JOBS = 2_000_000;
const MAX_BUCKETS = 3600;
/** Bursty arrivals: on-periods of mean 1 s at 5 × the rate, off-periods of mean 4 s (same mean rate). */
const BURST_FACTOR = 5;
const BURST_ON_MS = 1000;
const BURST_OFF_MS = 4000;

/** Why a message failed (Carrier.failed bits; the lowest set bit is the first cause counted). */
const F_DROP = 1;
const F_TIMEOUT = 2;
const F_ERROR = 4;
/** Node counters kept per checkpoint: busy and queue integrals, completed, response sum, drops, timeouts, retries, errors. */
const NODE_FIELDS = 8;
/** Checkpoints of an automatic warm-up: every 1/40 of the run; MSER-5 may cut at any of the first 21. */
const AUTO_CHECKPOINTS = 40;
/** Batches after a fixed warm-up. */
const FIXED_BATCHES = 20;
/** Memory cap for checkpoints (doubles), so huge designs keep fewer of them. */
const CHECKPOINT_BUDGET = 8_000_000;

const wallClock = (): number => (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();

export class Engine implements Simulation {
  now = 0;
  endMs: number;
  private readonly q = new EventQueue(4096);
  private readonly rng: Rng;
  private readonly nodes: SimNode[];
  private readonly edges: SimEdge[];
  private readonly carriers = new Pool(() => new Carrier());
  private readonly jobs = new Pool(() => new Job());
  private readonly calls = new Pool(() => new Call());
  private token = 1;
  private events = 0;
  private wallMs = 0;
  private readonly warnings = new Set<string>();
  private readonly faults: Fault[];
  private readonly nodeById: Map<string, SimNode>;
  private readonly edgeById: Map<string, SimEdge>;
  private readonly opts: Required<Omit<SimOptions, 'faults' | 'warmupSeconds' | 'maxEvents' | 'maxWallMs'>>;
  private readonly autoWarmup: boolean;
  private readonly maxEvents: number;
  private readonly maxWallMs: number;
  private stopped: string | undefined;
  // Checkpoints: node and edge counters at fixed times, for warm-up truncation and batch means.
  private readonly checkTimes: number[] = [];
  private readonly checkData: Float64Array[] = [];
  private readonly plannedChecks: number[] = [];
  private nextCheck = Infinity;
  // Measurement.
  private readonly warmupMs: number;
  private measuring: boolean;
  private nextMark = 0;
  private readonly bucketMs: number;
  private bucketStart = 0;
  private nextBucket: number;
  private bucketDone = 0;
  private readonly bucketLat = new FloatList();
  private readonly series: SeriesPoint[] = [];
  /** Per source: completed messages' latency and emission time, in completion order. */
  private readonly sourceLat = new Map<number, FloatList>();
  private readonly sourceEmit = new Map<number, FloatList>();
  /** Per source: failed messages' emission time and cause bits. */
  private readonly sourceFailEmit = new Map<number, FloatList>();
  private readonly sourceFailBits = new Map<number, FloatList>();
  private readonly overallLat = new FloatList();
  private readonly overallEmit = new FloatList();
  private lastSnapAt = 0;
  // Tracing.
  private readonly traces: Trace[] = [];
  private readonly traceTimes: number[] = [];
  private nextTrace = 0;

  constructor(design: Design, options: SimOptions = {}) {
    this.opts = {
      seconds: options.seconds ?? 60,
      seed: options.seed ?? 1,
      rateScale: options.rateScale ?? 1,
      sampleIntervalMs: options.sampleIntervalMs ?? 1000,
      traceSamples: options.traceSamples ?? 5,
    };
    this.endMs = Math.max(0, this.opts.seconds * 1000);
    const warmup = options.warmupSeconds ?? 'auto';
    this.autoWarmup = warmup === 'auto';
    this.warmupMs = warmup === 'auto' ? 0 : Math.min(this.endMs, Math.max(0, warmup * 1000));
    this.maxEvents = options.maxEvents ?? Infinity;
    this.maxWallMs = options.maxWallMs ?? Infinity;
    this.measuring = this.warmupMs === 0;
    this.bucketMs = Math.max(this.opts.sampleIntervalMs, 1, this.endMs / MAX_BUCKETS);
    this.nextBucket = this.bucketMs;
    this.rng = new Rng(this.opts.seed);
    const compiled = compile(design, this.opts.rateScale);
    this.nodes = compiled.nodes;
    this.edges = compiled.edges;
    this.faults = (options.faults ?? []).slice().sort((a, b) => a.atMs - b.atMs);
    this.nextMark = Math.min(this.nextBucket, this.measuring ? Infinity : this.warmupMs);
    const span = this.endMs - this.warmupMs;
    for (let i = 0; i < this.opts.traceSamples; i++) this.traceTimes.push(this.warmupMs + ((i + 0.5) * span) / this.opts.traceSamples);
    this.nodeById = compiled.nodeById;
    this.edgeById = compiled.edgeById;
    this.planCheckpoints();
    this.schedulePrimaryEvents();
  }

  private planCheckpoints(): void {
    const perCheck = this.nodes.length * NODE_FIELDS + this.edges.length * 2;
    const room = Math.max(10, Math.floor(CHECKPOINT_BUDGET / Math.max(1, perCheck)));
    const count = Math.min(this.autoWarmup ? AUTO_CHECKPOINTS : FIXED_BATCHES, room);
    const span = this.endMs - this.warmupMs;
    for (let k = 0; k < count; k++) this.plannedChecks.push(this.warmupMs + (k * span) / count);
    if (this.warmupMs === 0) this.checkpoint();
    else this.nextCheck = this.plannedChecks[0]!;
    this.nextMark = Math.min(this.nextMark, this.nextCheck);
  }

  /** Records every node's and edge's counters now (after a fixed warm-up's restart). */
  private checkpoint(): void {
    const row = new Float64Array(this.nodes.length * NODE_FIELDS + this.edges.length * 2);
    let i = 0;
    for (const n of this.nodes) {
      this.touch(n);
      row[i++] = n.busyArea;
      row[i++] = n.queueArea;
      row[i++] = n.completed;
      row[i++] = n.responseSum;
      row[i++] = n.drops;
      row[i++] = n.timeouts;
      row[i++] = n.retries;
      row[i++] = n.errors;
    }
    for (const e of this.edges) {
      row[i++] = e.sent;
      row[i++] = e.drops;
    }
    this.checkTimes.push(this.now);
    this.checkData.push(row);
    this.nextCheck = this.plannedChecks[this.checkTimes.length] ?? Infinity;
  }

  private schedulePrimaryEvents(): void {
    for (const n of this.nodes) {
      if (n.rate > 0) {
        this.addSource(n.index);
        n.burstEnd = this.rng.exponential(BURST_ON_MS);
        this.q.push(this.nextArrival(n, 0), EMIT, n.index, 0);
      } else if (n.isScheduler) this.addSource(n.index);
    }
    for (const e of this.edges) {
      // First polls and triggers at a random phase, so that many consumers do not poll in lockstep.
      if (e.pull) this.q.push(this.rng.next() * e.pollIntervalMs, POLL, e.index, 0);
      else if (e.fromScheduler && e.batchIntervalMs > 0) this.q.push(e.batchIntervalMs, SCHED, e.index, 0);
    }
    this.faults.forEach((f, i) => {
      if (!this.nodeById.has(f.target) && !this.edgeById.has(f.target)) this.warnings.add(`fault target "${f.target}" is not a component or edge of the design`);
      else this.q.push(Math.max(0, f.atMs), FAULT, i, 0);
    });
  }

  private addSource(index: number): void {
    for (const m of [this.sourceLat, this.sourceEmit, this.sourceFailEmit, this.sourceFailBits]) m.set(index, new FloatList());
  }

  private nextArrival(n: SimNode, from: number): number {
    const mean = 1000 / n.rate;
    if (n.arrival === ARRIVAL.constant) return from + mean;
    if (n.arrival === ARRIVAL.poisson) return from + this.rng.exponential(mean);
    // Bursty: a Poisson stream at BURST_FACTOR × rate switched on and off (memoryless, so a
    // draw that overshoots the on-period restarts at the next one).
    const burstMean = mean / BURST_FACTOR;
    let t = from + this.rng.exponential(burstMean);
    while (t > n.burstEnd) {
      const onStart = n.burstEnd + this.rng.exponential(BURST_OFF_MS);
      n.burstEnd = onStart + this.rng.exponential(BURST_ON_MS);
      t = onStart + this.rng.exponential(burstMean);
    }
    return t;
  }

  runUntil(tMs: number): void {
    const t0 = wallClock();
    const end = Math.min(tMs, this.endMs);
    const q = this.q;
    while (q.size > 0 && q.peekTime() <= end) {
      const t = q.peekTime();
      if (t >= this.nextMark) this.marks(t);
      q.pop();
      this.now = t;
      this.events++;
      const a = q.a;
      switch (q.type) {
        case DELIVER:
          this.deliver(a);
          break;
        case DONE:
          this.serviceDone(a);
          break;
        case EMIT:
          this.emit(a);
          break;
        case REPLY:
          if (this.calls.items[a]!.token === q.b) this.resolve(a);
          break;
        case TIMEOUT:
          this.expireTimers(this.edges[a]!);
          break;
        case REJECT:
          if (this.calls.items[a]!.token === q.b) this.callFailed(a, false);
          break;
        case POLL:
          this.poll(a);
          break;
        case FLUSH:
          if (this.edges[a]!.batchGen === q.b) this.flush(this.edges[a]!);
          break;
        case SCHED:
          this.schedulerFire(a);
          break;
        case FAULT:
          this.applyFault(this.faults[a]!);
          break;
      }
      if (this.jobs.live > MAX_LIVE_JOBS) {
        this.stopAt(t, `more than ${MAX_LIVE_JOBS} messages in flight (a fan-out or a cycle multiplies messages)`);
        break;
      }
      if ((this.events & 1023) === 0 && (this.events >= this.maxEvents || this.wallMs + wallClock() - t0 >= this.maxWallMs)) {
        this.stopAt(t, this.events >= this.maxEvents ? `the work budget of ${this.maxEvents.toLocaleString('en-US')} events was spent` : `the work budget of ${(this.maxWallMs / 1000).toFixed(1)} s of computing was spent`);
        break;
      }
    }
    // A run stopped early (endMs moved back) ends where it stopped.
    const until = Math.min(end, this.endMs);
    if (until > this.now) {
      if (until >= this.nextMark) this.marks(until);
      this.now = until;
    }
    this.wallMs += wallClock() - t0;
  }

  /** Ends the run early: figures cover the time simulated so far. */
  private stopAt(t: number, why: string): void {
    this.stopped = `stopped at ${(t / 1000).toFixed(1)} s of ${(this.opts.seconds).toLocaleString('en-US')} s: ${why}`;
    this.warnings.add(this.stopped);
    this.endMs = t;
  }

  /** Stops the run now (the app's Stop button); the result covers the time simulated so far. */
  stop(why = 'stopped by the user'): void {
    if (this.now < this.endMs) this.stopAt(this.now, why);
  }

  /** Warm-up and time-series bucket boundaries up to t, in time order. */
  private marks(t: number): void {
    for (;;) {
      const m = Math.min(this.nextBucket, this.measuring ? Infinity : this.warmupMs, this.nextCheck);
      if (m > t) {
        this.nextMark = m;
        return;
      }
      this.now = m;
      if (!this.measuring && m === this.warmupMs) this.startMeasuring();
      else if (m === this.nextCheck) this.checkpoint();
      else this.closeBucket(m);
    }
  }

  private startMeasuring(): void {
    this.measuring = true;
    for (const n of this.nodes) {
      this.touch(n);
      n.busyArea = 0;
      n.queueArea = 0;
      n.maxQueue = waiting(n);
      n.completed = n.drops = n.timeouts = n.retries = n.errors = 0;
      n.responseSum = 0;
    }
    for (const e of this.edges) e.sent = e.drops = 0;
  }

  private closeBucket(m: number): void {
    const span = m - this.bucketStart;
    const sorted = this.bucketLat.sorted();
    const queues: number[] = [];
    const utilization: number[] = [];
    for (const n of this.nodes) {
      this.touch(n);
      queues.push(waiting(n));
      utilization.push(span > 0 ? (n.busyTotal - n.bucketBusyArea) / (n.servers * span) : 0);
      n.bucketBusyArea = n.busyTotal;
    }
    this.series.push({
      atMs: m,
      throughput: span > 0 ? (this.bucketDone * 1000) / span : 0,
      p50: percentileOf(sorted, 50),
      p95: percentileOf(sorted, 95),
      p99: percentileOf(sorted, 99),
      queues,
      utilization,
    });
    this.bucketLat.clear();
    this.bucketDone = 0;
    this.bucketStart = m;
    this.nextBucket = m + this.bucketMs;
  }

  /** Brings a node's time integrals up to now; call before its busy count or queue changes. */
  private touch(n: SimNode): void {
    const dt = this.now - n.lastT;
    if (dt > 0) {
      n.busyArea += n.busy * dt;
      n.busyTotal += n.busy * dt;
      n.queueArea += waiting(n) * dt;
      n.lastT = this.now;
    }
  }

  // ---- Records -------------------------------------------------------------------------

  private newCarrier(source: number, members: number[] | null): number {
    const id = this.carriers.alloc();
    const c = this.carriers.items[id]!;
    c.outstanding = 0;
    c.emitAt = this.now;
    c.source = source;
    c.trace = -1;
    c.failed = 0;
    c.measured = source >= 0 && this.measuring;
    c.members = members;
    return id;
  }

  private newJob(node: number, carrier: number, edge: number, depth: number): number {
    const id = this.jobs.alloc();
    const j = this.jobs.items[id]!;
    j.node = node;
    j.carrier = carrier;
    j.edge = edge;
    j.call = -1;
    j.callToken = 0;
    j.pending = 0;
    j.serviceDone = false;
    j.sentAt = this.now;
    j.arrivedAt = this.now;
    j.sender = -1;
    j.depth = depth;
    this.carriers.items[carrier]!.outstanding++;
    return id;
  }

  /** A job leaves the system (finished, dropped or lost): its carrier loses one unit of work. */
  private endJob(id: number): void {
    const j = this.jobs.items[id]!;
    this.jobs.release(id);
    this.carrierDone(j.carrier);
  }

  private carrierDone(id: number): void {
    const c = this.carriers.items[id]!;
    if (--c.outstanding > 0) return;
    const members = c.members;
    this.carriers.release(id);
    if (members) {
      c.members = null;
      // A batch that failed fails each message in it.
      for (let i = 0; i < members.length; i++) {
        if (c.failed) this.carriers.items[members[i]!]!.failed |= c.failed;
        this.carrierDone(members[i]!);
      }
      return;
    }
    if (c.source < 0) return;
    if (c.trace >= 0) this.traces[c.trace]!.finishedAtMs = this.now;
    if (c.failed) {
      // A message that met a drop or a failure did not complete: it is counted apart, not in latency.
      if (!c.measured) return;
      this.sourceFailEmit.get(c.source)!.push(c.emitAt);
      this.sourceFailBits.get(c.source)!.push(c.failed);
      return;
    }
    const latency = this.now - c.emitAt;
    this.bucketLat.push(latency);
    this.bucketDone++;
    if (!c.measured) return;
    this.sourceLat.get(c.source)!.push(latency);
    this.sourceEmit.get(c.source)!.push(c.emitAt);
    this.overallLat.push(latency);
    this.overallEmit.push(c.emitAt);
  }

  private markFailed(carrier: number, cause: number): void {
    const c = this.carriers.items[carrier]!;
    if (c.failed === 0) c.failed = cause;
  }

  // ---- Sources -------------------------------------------------------------------------

  private emit(nodeIndex: number): void {
    const n = this.nodes[nodeIndex]!;
    this.q.push(this.nextArrival(n, this.now), EMIT, nodeIndex, 0);
    const c = this.newCarrier(nodeIndex, null);
    this.maybeTrace(c);
    const id = this.newJob(nodeIndex, c, -1, 0);
    if (n.serviceMs === 0 && n.busy < n.servers && !n.failed) {
      // A source with no service time sends at once (saves an event per message).
      this.touch(n);
      n.busy++;
      this.serviceDone(id);
    } else this.arrive(id);
  }

  /** A scheduler's timer on one of its edges: one trigger message along that edge. */
  private schedulerFire(edgeIndex: number): void {
    const e = this.edges[edgeIndex]!;
    this.q.push(this.now + e.batchIntervalMs, SCHED, edgeIndex, 0);
    const c = this.newCarrier(e.source, null);
    this.maybeTrace(c);
    this.hop(c, e, 'send', false);
    if (e.cut) {
      this.markFailed(c, F_DROP);
      e.drops++;
      this.carriers.release(c);
      return;
    }
    e.sent++;
    this.transmit(e, c, -1, -1, 1);
  }

  private maybeTrace(carrier: number): void {
    if (this.nextTrace >= this.traceTimes.length || this.now < this.traceTimes[this.nextTrace]!) return;
    this.nextTrace++;
    const c = this.carriers.items[carrier]!;
    c.trace = this.traces.length;
    this.traces.push({ source: this.nodes[c.source]!.id, emittedAtMs: this.now, hops: [] });
  }

  private hop(carrier: number, e: SimEdge, kind: TraceHop['kind'], reverse: boolean, status?: TraceHop['status']): void {
    const t = this.carriers.items[carrier]!.trace;
    if (t < 0) return;
    const a = this.nodes[e.source]!.id;
    const b = this.nodes[e.target]!.id;
    const h: TraceHop = { from: reverse ? b : a, to: reverse ? a : b, edgeId: e.id, kind, atMs: this.now };
    if (status) h.status = status;
    this.traces[t]!.hops.push(h);
  }

  // ---- Nodes ---------------------------------------------------------------------------

  private deliver(jobId: number): void {
    this.jobs.items[jobId]!.arrivedAt = this.now;
    this.arrive(jobId);
  }

  /** Admission at a node: a free server, else the queue, else block or drop. */
  private arrive(jobId: number): void {
    const j = this.jobs.items[jobId]!;
    const n = this.nodes[j.node]!;
    if (n.failed) {
      this.lose(jobId);
      return;
    }
    if (n.busy < n.servers) {
      this.start(jobId, n);
      this.releaseSender(j);
      return;
    }
    if (n.queue.length < n.capacity) {
      this.touch(n);
      n.queue.push(jobId);
      this.noteQueue(n);
      this.releaseSender(j);
      return;
    }
    if (j.edge >= 0 && this.edges[j.edge]!.block && !this.edges[j.edge]!.pull) {
      this.touch(n);
      n.blocked.push(jobId);
      this.noteQueue(n);
      return;
    }
    n.drops++;
    // A refused sync call is the caller's to retry: the message fails only if the call fails for good.
    if (j.call < 0) this.markFailed(j.carrier, F_DROP);
    if (j.call >= 0) {
      // A sync caller hears the refusal (a 503) after the network latency and may retry.
      const e = this.edges[j.edge]!;
      this.q.push(this.now + e.latencyMs * e.slow, REJECT, j.call, j.callToken);
    }
    this.releaseSender(j);
    this.endJob(jobId);
  }

  private noteQueue(n: SimNode): void {
    const w = waiting(n);
    if (w > n.maxQueue) n.maxQueue = w;
  }

  private start(jobId: number, n: SimNode): void {
    this.touch(n);
    n.busy++;
    this.q.push(this.now + sample(this.rng, n.dist, n.serviceMs) * n.slow, DONE, jobId, 0);
  }

  /** Work lost at a failed node: no reply, so a sync caller times out. */
  private lose(jobId: number): void {
    const j = this.jobs.items[jobId]!;
    this.nodes[j.node]!.errors++;
    if (j.call < 0) this.markFailed(j.carrier, F_ERROR);
    this.releaseSender(j);
    this.endJob(jobId);
  }

  private releaseSender(j: Job): void {
    const s = j.sender;
    if (s < 0) return;
    j.sender = -1;
    const sj = this.jobs.items[s]!;
    if (--sj.pending === 0 && sj.serviceDone) this.finish(s);
  }

  private serviceDone(jobId: number): void {
    const j = this.jobs.items[jobId]!;
    const n = this.nodes[j.node]!;
    j.serviceDone = true;
    if (!n.failed && j.depth < MAX_DEPTH) this.route(n, jobId);
    else if (!n.failed && n.outData.length > 0) this.warnings.add(`messages stopped after ${MAX_DEPTH} hops at "${n.id}" (a cycle of edges)`);
    if (j.pending === 0) this.finish(jobId);
  }

  /** The job's end at its node: free the server, reply to a sync caller, take the next job. */
  private finish(jobId: number): void {
    const j = this.jobs.items[jobId]!;
    const n = this.nodes[j.node]!;
    this.touch(n);
    n.busy--;
    if (n.failed) {
      n.errors++;
      if (j.call < 0) this.markFailed(j.carrier, F_ERROR);
    } else {
      n.completed++;
      n.responseSum += this.now - j.arrivedAt;
      if (j.call >= 0) this.reply(j);
    }
    this.startNext(n);
    this.endJob(jobId);
  }

  private reply(j: Job): void {
    const c = this.calls.items[j.call]!;
    if (c.token !== j.callToken) return; // the caller gave up (timeout); the reply is ignored
    const e = this.edges[c.edge]!;
    this.hop(j.carrier, e, 'reply', true);
    this.q.push(this.now + e.latencyMs * e.slow, REPLY, j.call, j.callToken);
  }

  private startNext(n: SimNode): void {
    while (n.busy < n.servers) {
      let next: number;
      if (n.queue.length > 0) {
        this.touch(n);
        next = n.queue.shift();
      } else if (n.blocked.length > 0) {
        this.touch(n);
        next = n.blocked.shift();
        this.releaseSender(this.jobs.items[next]!);
      } else break;
      this.start(next, n);
    }
    while (n.blocked.length > 0 && n.queue.length < n.capacity) {
      this.touch(n);
      const next = n.blocked.shift();
      n.queue.push(next);
      this.releaseSender(this.jobs.items[next]!);
    }
  }

  // ---- Edges ---------------------------------------------------------------------------

  private route(n: SimNode, jobId: number): void {
    const out = n.outData;
    const len = out.length;
    if (len === 0) return;
    if (n.routing === ROUTING.all) {
      for (let i = 0; i < len; i++) this.send(out[i]!, jobId);
      return;
    }
    const total = n.cumWeights[len - 1]!;
    if (n.routing === ROUTING.weighted && total > 0) {
      const r = this.rng.next() * total;
      let i = 0;
      while (i < len - 1 && n.cumWeights[i]! <= r) i++;
      this.send(out[i]!, jobId);
      return;
    }
    this.send(out[n.rr++ % len]!, jobId);
  }

  private send(edgeIndex: number, jobId: number): void {
    const e = this.edges[edgeIndex]!;
    const j = this.jobs.items[jobId]!;
    const carrier = j.carrier;
    e.sent++;
    if (e.pull) {
      this.buffer(e, this.nodes[e.dataFrom]!, carrier);
      return;
    }
    if (e.batch && !e.fromScheduler && !e.cut) {
      this.buffer(e, this.nodes[e.target]!, carrier);
      if (e.buffer.length === 1 && e.batchIntervalMs > 0) this.q.push(this.now + e.batchIntervalMs, FLUSH, edgeIndex, e.batchGen);
      if (e.buffer.length >= e.batchSize || e.batchIntervalMs <= 0) this.flush(e);
      return;
    }
    // Passive kinds never start a sync call (DESIGN §2): their sync edges act as async.
    let callId = -1;
    if (e.sync && !this.nodes[j.node]!.passive && !e.batch) {
      callId = this.calls.alloc();
      const c = this.calls.items[callId]!;
      c.caller = jobId;
      c.edge = edgeIndex;
      c.token = this.token++;
      c.retriesLeft = e.retries;
      c.carrier = carrier;
      j.pending++;
      if (e.timeoutMs > 0) this.armTimeout(e, callId, c.token);
    }
    this.hop(carrier, e, callId >= 0 ? 'call' : 'send', false, e.cut ? 'lost' : undefined);
    if (e.cut) {
      e.drops++;
      if (callId < 0) this.markFailed(carrier, F_DROP);
      return;
    }
    let sender = -1;
    if (callId < 0 && e.block) {
      sender = jobId;
      j.pending++;
    }
    this.transmit(e, carrier, callId, sender, j.depth + 1);
  }

  /** Puts a new job for the edge's target in transit. */
  private transmit(e: SimEdge, carrier: number, callId: number, sender: number, depth: number): void {
    const id = this.newJob(e.target, carrier, e.index, depth);
    const j = this.jobs.items[id]!;
    if (callId >= 0) {
      j.call = callId;
      j.callToken = this.calls.items[callId]!.token;
    }
    j.sender = sender;
    this.q.push(this.now + e.latencyMs * e.slow, DELIVER, id, 0);
  }

  /** Data waiting on an edge (for a poll or for its batch), counted in the holding node's queue. */
  private buffer(e: SimEdge, holder: SimNode, carrier: number): void {
    if (e.pull && e.buffer.length >= holder.capacity) {
      holder.drops++;
      this.markFailed(carrier, F_DROP);
      return;
    }
    this.touch(holder);
    holder.buffered++;
    e.buffer.push(carrier);
    this.carriers.items[carrier]!.outstanding++;
    this.noteQueue(holder);
  }

  private takeBuffered(e: SimEdge, holder: SimNode, k: number): number[] {
    this.touch(holder);
    holder.buffered -= k;
    const members = new Array<number>(k);
    for (let i = 0; i < k; i++) members[i] = e.buffer.shift();
    return members;
  }

  /** Closes a batch: its messages travel on as one job. */
  private flush(e: SimEdge): void {
    e.batchGen++;
    const k = Math.min(e.buffer.length, e.batchSize);
    if (k === 0) return;
    const members = this.takeBuffered(e, this.nodes[e.target]!, k);
    const batch = this.newCarrier(-1, members);
    this.inheritTrace(batch, members);
    this.hop(batch, e, 'send', false);
    this.transmit(e, batch, -1, -1, 1);
    if (e.buffer.length > 0) this.q.push(this.now + e.batchIntervalMs, FLUSH, e.index, e.batchGen);
  }

  private inheritTrace(batch: number, members: number[]): void {
    for (const m of members) {
      const t = this.carriers.items[m]!.trace;
      if (t >= 0) {
        this.carriers.items[batch]!.trace = t;
        return;
      }
    }
  }

  /** A consumer polls its source: up to batchSize buffered messages come back after a round trip. */
  private poll(edgeIndex: number): void {
    const e = this.edges[edgeIndex]!;
    this.q.push(this.now + e.pollIntervalMs, POLL, edgeIndex, 0);
    const consumer = this.nodes[e.dataTo]!;
    if (consumer.failed || e.cut || e.buffer.length === 0 || this.nodes[e.dataFrom]!.failed) return;
    const k = Math.min(e.buffer.length, e.batchSize);
    const members = this.takeBuffered(e, this.nodes[e.dataFrom]!, k);
    const roundTrip = 2 * e.latencyMs * e.slow;
    if (e.batch) {
      const batch = this.newCarrier(-1, members);
      this.inheritTrace(batch, members);
      this.hop(batch, e, 'poll', false);
      const id = this.newJob(consumer.index, batch, edgeIndex, 1);
      this.q.push(this.now + roundTrip, DELIVER, id, 0);
      return;
    }
    for (let i = 0; i < k; i++) {
      const carrier = members[i]!;
      this.hop(carrier, e, 'poll', false);
      const id = this.newJob(consumer.index, carrier, edgeIndex, 1);
      // The buffer's unit of work passes to the job.
      this.carriers.items[carrier]!.outstanding--;
      this.q.push(this.now + roundTrip, DELIVER, id, 0);
    }
  }

  // ---- Calls ---------------------------------------------------------------------------

  /** A call ends (reply, or failed for good): the caller stops waiting for it. */
  private resolve(callId: number): void {
    const c = this.calls.items[callId]!;
    c.token = -1;
    this.calls.release(callId);
    const caller = this.jobs.items[c.caller]!;
    if (--caller.pending === 0 && caller.serviceDone) this.finish(c.caller);
  }

  private armTimeout(e: SimEdge, callId: number, token: number): void {
    e.timers.push(callId, token, this.now + e.timeoutMs);
    if (!e.timerArmed) {
      e.timerArmed = true;
      this.q.push(this.now + e.timeoutMs, TIMEOUT, e.index, 0);
    }
  }

  /** Times out the edge's calls whose deadline has come and that are still unanswered. */
  private expireTimers(e: SimEdge): void {
    const timers = e.timers;
    // Stays armed while expiring, so a retry's new timer does not schedule a second event.
    e.timerArmed = true;
    while (timers.length > 0) {
      const callId = timers.peekCall();
      if (this.calls.items[callId]!.token !== timers.peekToken()) {
        timers.shift(); // answered: dropped without an event of its own
        continue;
      }
      if (timers.peekDeadline() > this.now) break;
      timers.shift();
      this.callFailed(callId, true);
    }
    if (timers.length > 0) this.q.push(timers.peekDeadline(), TIMEOUT, e.index, 0);
    else e.timerArmed = false;
  }

  private callFailed(callId: number, timedOut: boolean): void {
    const c = this.calls.items[callId]!;
    const e = this.edges[c.edge]!;
    const caller = this.jobs.items[c.caller]!;
    const n = this.nodes[caller.node]!;
    this.hop(c.carrier, e, 'reply', true, timedOut ? 'timeout' : 'rejected');
    if (timedOut) n.timeouts++;
    if (c.retriesLeft > 0 && !n.failed) {
      c.retriesLeft--;
      n.retries++;
      c.token = this.token++;
      e.sent++;
      if (e.timeoutMs > 0) this.armTimeout(e, callId, c.token);
      this.hop(c.carrier, e, 'call', false, e.cut ? 'lost' : undefined);
      if (e.cut) e.drops++;
      else this.transmit(e, c.carrier, callId, -1, caller.depth + 1);
      return;
    }
    n.errors++;
    this.markFailed(c.carrier, timedOut ? F_TIMEOUT : F_ERROR);
    this.resolve(callId);
  }

  // ---- Faults --------------------------------------------------------------------------

  private applyFault(f: Fault): void {
    const factor = f.factor ?? 10;
    const n = this.nodeById.get(f.target);
    if (n) {
      if (f.kind === 'slow') n.slow = factor;
      else this.failNode(n);
      return;
    }
    const e = this.edgeById.get(f.target)!;
    if (f.kind === 'slow') e.slow = factor;
    else e.cut = true;
  }

  private failNode(n: SimNode): void {
    this.touch(n);
    n.failed = true;
    while (n.queue.length > 0) this.lose(n.queue.shift());
    while (n.blocked.length > 0) this.lose(n.blocked.shift());
  }

  // ---- Reading -------------------------------------------------------------------------

  snapshot(maxInFlight = 200): SimSnapshot {
    const span = this.now - this.lastSnapAt;
    const nodes = this.nodes.map((n) => {
      this.touch(n);
      const utilization = span > 0 ? (n.busyTotal - n.snapBusyArea) / (n.servers * span) : n.busy / n.servers;
      const queue = waiting(n);
      const overloaded = !n.failed && (utilization >= 0.95 || n.drops > n.snapDrops || queue >= n.capacity);
      n.snapBusyArea = n.busyTotal;
      n.snapDrops = n.drops;
      return { id: n.id, utilization, queue, busy: n.busy, servers: n.servers, failed: n.failed, overloaded };
    });
    const edges = this.edges.map((e) => {
      const rate = span > 0 ? ((e.sent - e.snapSent) * 1000) / span : 0;
      e.snapSent = e.sent;
      return { id: e.id, rate };
    });
    const inFlight: InFlightMessage[] = [];
    this.q.forEach((time, type, a) => {
      if (inFlight.length >= maxInFlight) return false;
      if (type === DELIVER) {
        const j = this.jobs.items[a]!;
        if (j.edge < 0) return;
        const e = this.edges[j.edge]!;
        inFlight.push({ edgeId: e.id, progress: progress(this.now, j.sentAt, time), reverse: e.pull });
      } else if (type === REPLY) {
        const e = this.edges[this.calls.items[a]!.edge]!;
        inFlight.push({ edgeId: e.id, progress: progress(this.now, time - e.latencyMs * e.slow, time), reverse: true });
      }
    });
    this.lastSnapAt = this.now;
    return { atMs: this.now, nodes, edges, inFlight, events: this.events };
  }

  result(): SimResult {
    if (this.now >= this.endMs && this.now > this.bucketStart) this.closeBucket(this.now);
    for (const n of this.nodes) this.touch(n);
    // A run stopped before a fixed warm-up ended: measure from where it stopped (empty figures).
    if (this.checkTimes.length === 0) this.checkpoint();
    const k0 = this.warmupCut();
    const startMs = this.checkTimes[k0]!;
    const allBounds: number[] = [];
    const allRows: Float64Array[] = [];
    const ends = [...this.checkTimes.slice(k0), this.now];
    ends.forEach((t, i) => {
      if (allBounds.length > 0 && t <= allBounds[allBounds.length - 1]!) return;
      allBounds.push(t);
      allRows.push(i + k0 < this.checkTimes.length ? this.checkData[i + k0]! : this.counterRow());
    });
    // Batches long enough that their mean latencies are nearly independent (all sources together).
    const keep = independentBatches(allBounds, (idx) =>
      batchMeans(this.overallEmit.data, this.overallLat.data, this.overallLat.length, idx.map((i) => allBounds[i]!)),
    );
    const bounds = keep.map((i) => allBounds[i]!);
    const rows = keep.map((i) => allRows[i]!);
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const measuredMs = Math.max(0, this.now - startMs);
    const perSec = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : 0);
    /** One figure per batch, from the counters at its two ends. */
    const batches = (f: (a: Float64Array, b: Float64Array, ms: number) => number): number[] => {
      const out: number[] = [];
      for (let k = 0; k + 1 < bounds.length; k++) out.push(f(rows[k]!, rows[k + 1]!, bounds[k + 1]! - bounds[k]!));
      return out;
    };
    const unsteady: string[] = [];
    const nodes = this.nodes.map((n, v) => {
      const o = v * NODE_FIELDS;
      const d = (i: number): number => last[o + i]! - first[o + i]!;
      const completed = d(2);
      const utilization = measuredMs > 0 ? d(0) / (n.servers * measuredMs) : 0;
      const throughput = perSec(completed, measuredMs);
      const meanResponseMs = completed > 0 ? d(3) / completed : 0;
      const ci = {
        utilization: halfWidth(batches((a, b, ms) => (b[o]! - a[o]!) / (n.servers * ms))),
        throughput: halfWidth(batches((a, b, ms) => perSec(b[o + 2]! - a[o + 2]!, ms))),
        meanResponseMs: halfWidth(batches((a, b) => b[o + 2]! - a[o + 2]!).map((c, k) => (c > 0 ? (rows[k + 1]![o + 3]! - rows[k]![o + 3]!) / c : meanResponseMs))),
      };
      if (isWide(throughput, ci.throughput)) unsteady.push(`${n.label}: throughput`);
      if (isWide(meanResponseMs, ci.meanResponseMs)) unsteady.push(`${n.label}: response time`);
      return {
        id: n.id,
        label: n.label,
        kind: n.kind,
        utilization,
        throughput,
        meanQueue: measuredMs > 0 ? d(1) / measuredMs : 0,
        maxQueue: n.maxQueue,
        drops: d(4),
        timeouts: d(5),
        retries: d(6),
        errors: d(7),
        completed,
        meanResponseMs,
        ci,
      };
    });
    const eo = this.nodes.length * NODE_FIELDS;
    const edges = this.edges.map((e, i) => {
      const o = eo + 2 * i;
      return {
        id: e.id,
        throughput: perSec(last[o]! - first[o]!, measuredMs),
        sent: last[o]! - first[o]!,
        drops: last[o + 1]! - first[o + 1]!,
        ci: { throughput: halfWidth(batches((a, b, ms) => perSec(b[o]! - a[o]!, ms))) },
      };
    });
    const stats = (lat: FloatList, emit: FloatList): LatencyStats => {
      const kept = new FloatList();
      const keptEmit = new FloatList();
      for (let i = 0; i < lat.length; i++) {
        if (emit.data[i]! < startMs) continue;
        kept.push(lat.data[i]!);
        keptEmit.push(emit.data[i]!);
      }
      return { ...latencyStats(kept), ci: latencyHalfWidths(keptEmit.data, kept.data, kept.length, bounds) };
    };
    const latency: SourceLatency[] = [...this.sourceLat].map(([index, samples]) => {
      const n = this.nodes[index]!;
      const failures = { dropped: 0, timedOut: 0, errors: 0 };
      const fe = this.sourceFailEmit.get(index)!;
      const fb = this.sourceFailBits.get(index)!;
      for (let i = 0; i < fe.length; i++) {
        if (fe.data[i]! < startMs) continue;
        const bits = fb.data[i]!;
        if (bits & F_DROP) failures.dropped++;
        else if (bits & F_TIMEOUT) failures.timedOut++;
        else failures.errors++;
      }
      const st = stats(samples, this.sourceEmit.get(index)!);
      for (const key of ['mean', 'p99'] as const) if (st.count > 0 && isWide(st[key], st.ci[key])) unsteady.push(`${n.label}: ${key === 'mean' ? 'mean' : 'p99'} latency`);
      return { id: n.id, label: n.label, ...st, failed: failures.dropped + failures.timedOut + failures.errors, failures };
    });
    const overall = stats(this.overallLat, this.overallEmit);
    const warnings = [...this.warnings];
    if (unsteady.length > 0) {
      const shown = unsteady.slice(0, 4).join(', ');
      warnings.push(`${unsteady.length} figure${unsteady.length > 1 ? 's have' : ' has'} a 95 % interval wider than 10 % of its value (${shown}${unsteady.length > 4 ? ', …' : ''}): run longer for a steadier figure`);
    }
    const result: SimResult = {
      seed: this.opts.seed,
      seconds: this.opts.seconds,
      warmupSeconds: startMs / 1000,
      warmup: { method: this.autoWarmup ? 'MSER-5' : 'fixed', seconds: startMs / 1000 },
      batches: bounds.length - 1,
      unsteady,
      rateScale: this.opts.rateScale,
      nodes,
      edges,
      latency,
      overall,
      inFlight: this.countInFlight(startMs),
      bucketMs: this.bucketMs,
      series: this.series.slice(),
      traces: this.traces.map((t) => ({ ...t, hops: t.hops.slice() })),
      totals: { events: this.events, simulatedMs: this.now, wallMs: this.wallMs },
      warnings,
    };
    if (this.stopped) result.stopped = this.stopped;
    return result;
  }

  /**
   * The checkpoint where measurement starts: the fixed warm-up's, or with the automatic one
   * the first checkpoint at or after the MSER-5 truncation point of all completed messages'
   * latencies (in completion order), never past half of the checkpoints.
   */
  private warmupCut(): number {
    if (!this.autoWarmup) return 0;
    const cut = mser5(this.overallLat.data.subarray(0, this.overallLat.length));
    if (cut === 0) return 0;
    const t = this.overallEmit.data[cut]! + this.overallLat.data[cut]!;
    const limit = Math.floor((this.checkTimes.length - 1) / 2);
    let k = 0;
    while (k < limit && this.checkTimes[k]! < t) k++;
    return k;
  }

  private counterRow(): Float64Array {
    const saved = { times: this.checkTimes.length, next: this.nextCheck };
    this.checkpoint();
    this.checkTimes.pop();
    const row = this.checkData.pop()!;
    this.nextCheck = saved.next;
    return row;
  }

  private countInFlight(startMs: number): number {
    let n = 0;
    for (let i = 0; i < this.carriers.items.length; i++) {
      const c = this.carriers.items[i]!;
      if (c.outstanding > 0 && c.measured && c.source >= 0 && c.emitAt >= startMs) n++;
    }
    return n;
  }
}

/** Jobs waiting at a node: its queue, senders blocked on it, and data buffered for polls or batches. */
function waiting(n: SimNode): number {
  return n.queue.length + n.blocked.length + n.buffered;
}

function progress(now: number, from: number, to: number): number {
  return to > from ? Math.min(1, Math.max(0, (now - from) / (to - from))) : 1;
}
