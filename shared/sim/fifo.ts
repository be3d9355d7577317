/** A growable ring buffer of integers: node queues and edge buffers (FIFO, O(1) both ends). */
export class IntFifo {
  private buf: Int32Array;
  private head = 0;
  length = 0;

  constructor(capacity = 16) {
    this.buf = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length++) & (this.buf.length - 1)] = v;
  }

  /** The oldest value. Call only when length > 0. */
  peek(): number {
    return this.buf[this.head]!;
  }

  /** Removes and returns the oldest value. Call only when length > 0. */
  shift(): number {
    const v = this.buf[this.head]!;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return v;
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
  }

  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let i = 0; i < this.length; i++) next[i] = this.buf[(this.head + i) & (this.buf.length - 1)]!;
    this.buf = next;
    this.head = 0;
  }
}

/** A growable array of doubles (latency samples) without per-push allocation. */
export class FloatList {
  data = new Float64Array(64);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  clear(): void {
    this.length = 0;
  }

  /** A sorted copy of the values. */
  sorted(): Float64Array {
    return this.data.slice(0, this.length).sort();
  }
}

/**
 * Pending timeouts of one edge. Its timeout is a constant, so deadlines arrive in order and
 * a FIFO replaces the heap: the event queue holds one entry per edge (its earliest live
 * deadline) instead of one per call, which keeps the heap small in sync-heavy designs.
 */
export class TimerFifo {
  private calls = new IntFifo();
  private tokens: Float64Array = new Float64Array(16);
  private deadlines: Float64Array = new Float64Array(16);
  private head = 0;

  get length(): number {
    return this.calls.length;
  }

  push(call: number, token: number, deadline: number): void {
    const len = this.calls.length;
    if (len === this.tokens.length) this.grow();
    const mask = this.tokens.length - 1;
    const i = (this.head + len) & mask;
    this.tokens[i] = token;
    this.deadlines[i] = deadline;
    this.calls.push(call);
  }

  peekCall(): number {
    return this.calls.peek();
  }

  peekDeadline(): number {
    return this.deadlines[this.head]!;
  }

  peekToken(): number {
    return this.tokens[this.head]!;
  }

  /** Removes the oldest entry and returns its call. */
  shift(): number {
    this.head = (this.head + 1) & (this.tokens.length - 1);
    return this.calls.shift();
  }

  private grow(): void {
    const cap = this.tokens.length * 2;
    const t = new Float64Array(cap);
    const d = new Float64Array(cap);
    const mask = this.tokens.length - 1;
    for (let k = 0; k < this.calls.length; k++) {
      t[k] = this.tokens[(this.head + k) & mask]!;
      d[k] = this.deadlines[(this.head + k) & mask]!;
    }
    this.tokens = t;
    this.deadlines = d;
    this.head = 0;
  }
}
