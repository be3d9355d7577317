/**
 * Compiles a design into the engine's runtime tables: components only (containers and notes
 * are left out), kinds' defaults filled in, strings turned into numeric codes, and each
 * node's data-out edges listed (push edges it starts, pull edges that poll it).
 */
import { kindDef, type KindId } from '../catalog/kinds';
import { dataFlow, edgeProps, nodeProps } from '../graph/index';
import type { Design } from '../model/schema';
import { DIST, type DistCode } from './distributions';
import { IntFifo, TimerFifo } from './fifo';

export const ROUTING = { all: 0, one: 1, weighted: 2 } as const;
export const ARRIVAL = { poisson: 0, constant: 1, bursty: 2 } as const;

export class SimNode {
  // Static.
  readonly servers: number;
  readonly capacity: number;
  readonly serviceMs: number;
  readonly dist: DistCode;
  readonly routing: number;
  readonly passive: boolean;
  readonly isScheduler: boolean;
  readonly rate: number;
  readonly arrival: number;
  /** Edges along which data leaves this node (push edges out, pull edges in). */
  outData: number[] = [];
  /** Cumulative weights of outData, for weighted routing. */
  cumWeights: number[] = [];
  // Runtime.
  rr = 0;
  busy = 0;
  queue = new IntFifo();
  /** Jobs waiting to enter a full queue over a `block` edge. */
  blocked = new IntFifo();
  /** Messages held in edge buffers at this node (waiting for a poll or for their batch). */
  buffered = 0;
  failed = false;
  slow = 1;
  /** Bursty arrivals: end of the current on-period. */
  burstEnd = 0;
  // Statistics (restarted at warm-up).
  lastT = 0;
  busyArea = 0;
  /** Busy integral since the start (never restarted): buckets and snapshots difference it. */
  busyTotal = 0;
  queueArea = 0;
  maxQueue = 0;
  completed = 0;
  drops = 0;
  timeouts = 0;
  retries = 0;
  errors = 0;
  responseSum = 0;
  // Snapshot window.
  snapBusyArea = 0;
  snapDrops = 0;
  bucketBusyArea = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly label: string,
    readonly kind: KindId,
    design: Design['nodes'][number],
    rateScale: number,
  ) {
    const p = nodeProps(design);
    const def = kindDef(kind);
    this.servers = Math.max(1, (p.workers ?? 1) * (p.replicas ?? 1));
    this.capacity = p.queueCapacity == null ? Infinity : p.queueCapacity;
    this.serviceMs = p.serviceTimeMs ?? 0;
    this.dist = DIST[p.serviceTimeDist ?? 'exponential'];
    this.routing = ROUTING[p.routing ?? 'all'];
    this.passive = def.passive;
    this.isScheduler = kind === 'scheduler';
    this.rate = def.source ? (p.rate ?? 0) * rateScale : 0;
    this.arrival = ARRIVAL[p.arrival ?? 'poisson'];
  }
}

export class SimEdge {
  readonly sync: boolean;
  readonly pull: boolean;
  readonly batch: boolean;
  readonly latencyMs: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly pollIntervalMs: number;
  readonly batchSize: number;
  readonly batchIntervalMs: number;
  readonly block: boolean;
  readonly weight: number;
  /** Node index data leaves from and arrives at (dataFlow: against a pull edge). */
  dataFrom = -1;
  dataTo = -1;
  // Runtime.
  cut = false;
  slow = 1;
  /** Carriers waiting for a poll (pull) or for the batch to close (batch push). */
  buffer = new IntFifo();
  /** Bumped at each batch flush so a stale flush timer is ignored. */
  batchGen = 0;
  /** Sync calls on this edge waiting for their timeout, in deadline order. */
  timers = new TimerFifo();
  /** A TIMEOUT event for this edge is in the event queue. */
  timerArmed = false;
  sent = 0;
  drops = 0;
  snapSent = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly label: string,
    readonly protocol: string,
    readonly source: number,
    readonly target: number,
    edge: Design['edges'][number],
    /** Edges out of a scheduler carry its trigger: the scheduler already batches. */
    readonly fromScheduler: boolean,
  ) {
    const p = edgeProps(edge);
    this.sync = edge.timing === 'sync';
    this.pull = edge.delivery === 'pull';
    this.batch = edge.processing === 'batch';
    this.latencyMs = p.latencyMs;
    this.timeoutMs = p.timeoutMs;
    this.retries = p.retries;
    this.pollIntervalMs = Math.max(p.pollIntervalMs, 1e-3);
    this.batchSize = Math.max(1, p.batchSize);
    this.batchIntervalMs = p.batchIntervalMs;
    this.block = p.backpressure === 'block';
    this.weight = p.weight;
  }
}

export interface CompiledDesign {
  nodes: SimNode[];
  edges: SimEdge[];
  nodeById: Map<string, SimNode>;
  edgeById: Map<string, SimEdge>;
}

export function compile(design: Design, rateScale: number): CompiledDesign {
  const nodes: SimNode[] = [];
  const nodeById = new Map<string, SimNode>();
  for (const n of design.nodes) {
    const def = kindDef(n.kind);
    if (def.container || def.annotation) continue;
    const sn = new SimNode(nodes.length, n.id, n.label || n.id, n.kind, n, rateScale);
    nodes.push(sn);
    nodeById.set(n.id, sn);
  }
  const edges: SimEdge[] = [];
  const edgeById = new Map<string, SimEdge>();
  for (const e of design.edges) {
    const s = nodeById.get(e.source);
    const t = nodeById.get(e.target);
    // Edges touching a container or a note are invalid (graph/invalid-connection) and carry nothing.
    if (!s || !t || s === t) continue;
    const se = new SimEdge(edges.length, e.id, e.label, e.protocol, s.index, t.index, e, s.isScheduler);
    const flow = dataFlow(e);
    se.dataFrom = nodeById.get(flow.from)!.index;
    se.dataTo = nodeById.get(flow.to)!.index;
    edges.push(se);
    edgeById.set(e.id, se);
  }
  for (const e of edges) {
    // A scheduler's push edges are driven by its timer, not by routing.
    if (e.fromScheduler && !e.pull) continue;
    nodes[e.dataFrom]!.outData.push(e.index);
  }
  for (const n of nodes) {
    let sum = 0;
    n.cumWeights = n.outData.map((i) => (sum += edges[i]!.weight));
  }
  return { nodes, edges, nodeById, edgeById };
}
