import { describe, expect, it } from 'vitest';
import { laneOf, MAX_PER_EDGE_PER_S, MAX_TOKENS, TokenField, TRAVEL_MS } from './tokens';

const push = laneOf({ source: 'a', target: 'b', delivery: 'push', timing: 'async' });
const call = laneOf({ source: 'a', target: 'b', delivery: 'push', timing: 'sync' });
const poll = laneOf({ source: 'a', target: 'b', delivery: 'pull', timing: 'sync' });

function run(field: TokenField, ms: number, traffic: Parameters<TokenField['advance']>[1], speed = 1) {
  for (let t = 0; t < ms; t += 16) field.advance(16, traffic, speed);
}

describe('token lanes', () => {
  it('sends data along a push edge, against a pull edge, and answers sync calls', () => {
    expect(push).toEqual({ out: 'data', back: null });
    expect(call).toEqual({ out: 'data', back: 'control' });
    expect(poll).toEqual({ out: 'control', back: 'data' });
  });
});

describe('TokenField', () => {
  it('starts tokens in proportion to rate × speed', () => {
    const slow = new TokenField(() => 0.5);
    const fast = new TokenField(() => 0.5);
    run(slow, 10_000, [{ id: 'e', rate: 1, lane: push }], 1);
    run(fast, 10_000, [{ id: 'e', rate: 1, lane: push }], 4);
    // 1 and 4 tokens a second, each alive for TRAVEL_MS.
    expect(slow.tokens.length).toBe(1);
    expect(fast.tokens.length).toBeGreaterThanOrEqual(3);
    expect(fast.tokens.length).toBeLessThanOrEqual(4);
  });

  it('caps the tokens per edge and in total', () => {
    const f = new TokenField();
    run(f, 3000, [{ id: 'e', rate: 10_000, lane: push }], 1);
    expect(f.tokens.length).toBeLessThanOrEqual(Math.ceil((MAX_PER_EDGE_PER_S * TRAVEL_MS) / 1000) + 1);
    const g = new TokenField();
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, rate: 1000, lane: call }));
    run(g, 2000, many, 1);
    expect(g.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
  });

  it('moves forward on a push edge and backward with the data of a poll, replies after their request', () => {
    const f = new TokenField(() => 0.99);
    f.advance(16, [{ id: 'e', rate: 1000, lane: poll }], 1);
    const out = f.tokens.find((t) => !t.reverse)!;
    const back = f.tokens.find((t) => t.reverse)!;
    expect(out.kind).toBe('control');
    expect(back.kind).toBe('data');
    expect(f.position(back)).toBeUndefined(); // waits for its poll to arrive
    const p0 = f.position(out)!;
    f.advance(200, [], 1);
    expect(f.position(out)!).toBeGreaterThan(p0);
    f.advance(TRAVEL_MS - 150, [], 1);
    const q = f.position(back)!;
    expect(q).toBeGreaterThan(0.5); // starts at the target end and moves toward the source
    f.advance(100, [], 1);
    expect(f.position(back)!).toBeLessThan(q);
  });

  it('stands still while paused (no time passes) and drops arrived tokens', () => {
    const f = new TokenField(() => 0.99);
    f.advance(16, [{ id: 'e', rate: 1000, lane: push }], 1);
    const t = f.tokens[0]!;
    const p = f.position(t);
    f.advance(0, [{ id: 'e', rate: 1000, lane: push }], 1);
    expect(f.position(t)).toBe(p);
    f.advance(TRAVEL_MS + 1, [], 1);
    expect(f.tokens).toEqual([]);
  });
});
