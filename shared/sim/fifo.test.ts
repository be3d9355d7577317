import { describe, expect, it } from 'vitest';
import { FloatList, IntFifo, TimerFifo } from './fifo';

describe('IntFifo', () => {
  it('keeps FIFO order across wrap-around and growth', () => {
    const f = new IntFifo(4);
    const model: number[] = [];
    let next = 0;
    for (let round = 0; round < 200; round++) {
      for (let i = 0; i < (round % 7) + 1; i++) {
        f.push(next);
        model.push(next++);
      }
      for (let i = 0; i < (round % 5) + 1 && model.length > 0; i++) {
        expect(f.peek()).toBe(model[0]);
        expect(f.shift()).toBe(model.shift());
      }
      expect(f.length).toBe(model.length);
    }
  });
});

describe('TimerFifo', () => {
  it('keeps call, token and deadline together across growth', () => {
    const t = new TimerFifo();
    for (let i = 0; i < 100; i++) t.push(i, i * 10, i * 0.5);
    for (let i = 0; i < 60; i++) t.shift();
    for (let i = 100; i < 150; i++) t.push(i, i * 10, i * 0.5);
    const seen: number[][] = [];
    while (t.length > 0) {
      seen.push([t.peekCall(), t.peekToken(), t.peekDeadline()]);
      t.shift();
    }
    expect(seen).toEqual(Array.from({ length: 90 }, (_, k) => [k + 60, (k + 60) * 10, (k + 60) * 0.5]));
  });
});

describe('FloatList', () => {
  it('grows and sorts a copy', () => {
    const l = new FloatList();
    for (let i = 0; i < 1000; i++) l.push((i * 7919) % 1000);
    const s = l.sorted();
    expect(s.length).toBe(1000);
    expect(Array.from(s.slice(0, 3))).toEqual([0, 1, 2]);
    expect(l.data[1]).toBe(7919 % 1000);
  });
});
