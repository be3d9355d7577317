import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';
import { Rng } from './random';

describe('EventQueue', () => {
  it('pops events in time order with their payloads, growing past its capacity', () => {
    const q = new EventQueue(4);
    const rng = new Rng(3);
    const times = Array.from({ length: 5000 }, () => rng.next() * 1000);
    times.forEach((t, i) => q.push(t, i % 7, i, i * 2));
    const popped: number[] = [];
    let payloadOk = true;
    while (q.size > 0) {
      q.pop();
      payloadOk &&= q.time === times[q.a] && q.type === q.a % 7 && q.b === q.a * 2;
      popped.push(q.time);
    }
    expect(payloadOk).toBe(true);
    expect(popped).toEqual([...times].sort((a, b) => a - b));
  });

  it('interleaves pushes and pops correctly and reuses slots', () => {
    const q = new EventQueue(2);
    const rng = new Rng(9);
    const reference: number[] = [];
    let now = 0;
    for (let i = 0; i < 20_000; i++) {
      if (q.size > 0 && rng.next() < 0.45) {
        q.pop();
        let min = 0;
        for (let k = 1; k < reference.length; k++) if (reference[k]! < reference[min]!) min = k;
        if (q.time !== reference[min]) throw new Error(`popped ${q.time}, expected ${reference[min]}`);
        reference.splice(min, 1);
        now = q.time;
      } else {
        const t = now + rng.next() * 10;
        q.push(t, 0, 0, 0);
        reference.push(t);
      }
    }
    expect(q.size).toBe(reference.length);
    expect(q.peekTime()).toBe(Math.min(...reference));
  });
});
