/**
 * The engine's per-message records, pooled and addressed by index so that events carry
 * plain numbers. A record is reused once released; a `token` lets stale events (a reply
 * after a timeout, a timeout after a reply) recognise that their call is gone.
 */

/** What latency is measured on: a source's message, or a batch of them run as one job. */
export class Carrier {
  /** Jobs and buffer entries still holding this carrier: at 0 all its work is done. */
  outstanding = 0;
  emitAt = 0;
  /** Emitting source node, or -1 for a batch. */
  source = -1;
  /** Index into the trace list, or -1. */
  trace = -1;
  /** Causes of failure (engine F_* bits), 0 while it may still complete. */
  failed = 0;
  /** Emitted after warm-up: counts in latency figures. */
  measured = false;
  /** Member carriers of a batch (each holds one unit of outstanding work until the batch ends). */
  members: number[] | null = null;
}

/** Work at one node: waiting in transit, in the queue, in service, or for its sync replies. */
export class Job {
  node = 0;
  carrier = 0;
  /** Edge it arrived by, or -1 (a source's own emission). */
  edge = -1;
  /** Sync call this job answers, or -1; valid while the call's token equals callToken. */
  call = -1;
  callToken = 0;
  /** Sync calls and blocking sends this job still waits for while holding its server. */
  pending = 0;
  serviceDone = false;
  sentAt = 0;
  arrivedAt = 0;
  /** Job holding its server until this one is admitted (a `block` send), or -1. */
  sender = -1;
  /** Hops from the source, to stop messages circling forever. */
  depth = 0;
}

/** A sync call in progress: the caller's job waits for it. */
export class Call {
  caller = 0;
  edge = 0;
  /** Changes on every (re)send; -1 once resolved. */
  token = -1;
  retriesLeft = 0;
  carrier = 0;
}

/** A free-list pool of records of one class. */
export class Pool<T> {
  readonly items: T[] = [];
  private free: number[] = [];
  live = 0;

  constructor(private readonly make: () => T) {}

  alloc(): number {
    this.live++;
    if (this.free.length > 0) return this.free.pop()!;
    this.items.push(this.make());
    return this.items.length - 1;
  }

  release(i: number): void {
    this.live--;
    this.free.push(i);
  }
}
