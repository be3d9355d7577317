/**
 * The future-event list: a binary min-heap on time, the simulator's hot path. Heap entries
 * are (time, slot) pairs in two typed arrays moved with the "hole" technique (no swaps);
 * each slot holds an event's payload — a type code and two numbers — in parallel typed
 * arrays, recycled through a free list. No objects or closures are allocated per event, and
 * every array is monomorphic. Ties in time pop in an unspecified but deterministic order.
 */
export class EventQueue {
  private heapTime: Float64Array;
  private heapSlot: Int32Array;
  private slotType: Uint8Array;
  private slotA: Int32Array;
  private slotB: Float64Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private slotsUsed = 0;
  size = 0;

  /** Payload of the event last returned by pop(). */
  type = 0;
  a = 0;
  b = 0;
  time = 0;

  constructor(capacity = 1024) {
    this.heapTime = new Float64Array(capacity);
    this.heapSlot = new Int32Array(capacity);
    this.slotType = new Uint8Array(capacity);
    this.slotA = new Int32Array(capacity);
    this.slotB = new Float64Array(capacity);
    this.freeSlots = new Int32Array(capacity);
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? this.heapTime[0]! : Infinity;
  }

  push(time: number, type: number, a: number, b: number): void {
    if (this.size === this.heapTime.length) this.grow();
    const slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount]! : this.slotsUsed++;
    this.slotType[slot] = type;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    const ht = this.heapTime;
    const hs = this.heapSlot;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = ht[parent]!;
      if (pt <= time) break;
      ht[i] = pt;
      hs[i] = hs[parent]!;
      i = parent;
    }
    ht[i] = time;
    hs[i] = slot;
  }

  /** Removes the earliest event and exposes it in `time`, `type`, `a`, `b`. Call only when size > 0. */
  pop(): void {
    const ht = this.heapTime;
    const hs = this.heapSlot;
    const slot = hs[0]!;
    this.time = ht[0]!;
    this.type = this.slotType[slot]!;
    this.a = this.slotA[slot]!;
    this.b = this.slotB[slot]!;
    this.freeSlots[this.freeCount++] = slot;
    const n = --this.size;
    if (n === 0) return;
    const lastTime = ht[n]!;
    const lastSlot = hs[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let ct = ht[child]!;
      const right = child + 1;
      if (right < n) {
        const rt = ht[right]!;
        if (rt < ct) {
          child = right;
          ct = rt;
        }
      }
      if (ct >= lastTime) break;
      ht[i] = ct;
      hs[i] = hs[child]!;
      i = child;
    }
    ht[i] = lastTime;
    hs[i] = lastSlot;
  }

  /** Visits pending events without removing them (for sampling in-flight messages). */
  forEach(visit: (time: number, type: number, a: number, b: number) => boolean | void): void {
    for (let i = 0; i < this.size; i++) {
      const slot = this.heapSlot[i]!;
      if (visit(this.heapTime[i]!, this.slotType[slot]!, this.slotA[slot]!, this.slotB[slot]!) === false) return;
    }
  }

  private grow(): void {
    const cap = this.heapTime.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(cap);
      next.set(old);
      return next;
    };
    this.heapTime = grow(this.heapTime, (n) => new Float64Array(n));
    this.heapSlot = grow(this.heapSlot, (n) => new Int32Array(n));
    this.slotType = grow(this.slotType, (n) => new Uint8Array(n));
    this.slotA = grow(this.slotA, (n) => new Int32Array(n));
    this.slotB = grow(this.slotB, (n) => new Float64Array(n));
    this.freeSlots = grow(this.freeSlots, (n) => new Int32Array(n));
  }
}
