/**
 * A time estimate as a shifted distribution: a fixed part `d` (network latencies, batch
 * windows) plus a random part of mean `m` and variance `v` (queueing and service). Series
 * add, routing splits mix, fan-out takes the maximum. Percentiles fit a gamma to the random
 * part: exact for an M/M/1 response time (exponential) and for a sum of equal exponentials.
 */
import jStat from 'jstat';

export interface TimeDist {
  d: number;
  m: number;
  v: number;
}

export const ZERO: TimeDist = { d: 0, m: 0, v: 0 };

export const mean = (t: TimeDist): number => t.d + t.m;

export function fixed(ms: number): TimeDist {
  return { d: ms, m: 0, v: 0 };
}

export function add(a: TimeDist, b: TimeDist): TimeDist {
  return { d: a.d + b.d, m: a.m + b.m, v: a.v + b.v };
}

/** A choice: branch i with probability p[i] (the p sum to 1). */
export function mix(parts: readonly TimeDist[], p: readonly number[]): TimeDist {
  if (parts.length === 1) return parts[0]!;
  let m1 = 0;
  let m2 = 0;
  let d = Infinity;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    const mu = mean(t);
    m1 += p[i]! * mu;
    m2 += p[i]! * (t.v + mu * mu);
    d = Math.min(d, t.d);
  }
  if (!Number.isFinite(m1)) return { d: 0, m: Infinity, v: Infinity };
  return { d, m: m1 - d, v: Math.max(0, m2 - m1 * m1) };
}

const GRID = 48;

/**
 * The maximum of independent branches (a message fanned out ends when its last copy ends).
 * Each branch is taken as its fixed part plus an exponential of its random mean; E[max] and
 * E[max²] come from integrating 1 − Π F_i over a grid up to where every branch has ended.
 */
export function max(parts: readonly TimeDist[]): TimeDist {
  if (parts.length === 0) return ZERO;
  if (parts.length === 1) return parts[0]!;
  let hi = 0;
  let dMax = 0;
  for (const t of parts) {
    if (!Number.isFinite(t.m)) return { d: 0, m: Infinity, v: Infinity };
    hi = Math.max(hi, t.d + 12 * t.m);
    dMax = Math.max(dMax, t.d);
  }
  if (hi <= dMax) return fixed(dMax);
  // Branches that always end before another's fixed part ends cannot be the maximum.
  const live = parts.filter((t) => t.d + 12 * t.m > dMax);
  if (live.length === 1 && live[0]!.d >= dMax) return live[0]!;
  const h = hi / GRID;
  let e1 = 0;
  let e2 = 0;
  for (let k = 0; k < GRID; k++) {
    const t = (k + 0.5) * h;
    let all = 1;
    for (const p of live) {
      const x = t - p.d;
      all *= x <= 0 ? 0 : p.m > 0 ? 1 - Math.exp(-x / p.m) : 1;
      if (all === 0) break;
    }
    const tail = 1 - all;
    e1 += tail * h;
    e2 += 2 * t * tail * h;
  }
  return { d: dMax, m: Math.max(0, e1 - dMax), v: Math.max(0, e2 - e1 * e1) };
}

/** The q-quantile (0..1): the fixed part plus a gamma with the random part's mean and variance. */
export function quantile(t: TimeDist, q: number): number {
  if (!Number.isFinite(t.m)) return Infinity;
  if (t.m <= 0) return t.d;
  if (t.v <= 1e-12 * t.m * t.m) return t.d + t.m;
  const shape = (t.m * t.m) / t.v;
  const scale = t.v / t.m;
  // jStat's inverse costs time in proportion to the shape; past 50 the Wilson–Hilferty cube
  // approximation is accurate to a fraction of a percent at p95 and p99.
  if (shape > 50) {
    const z = q === 0.99 ? 2.3263478740408408 : q === 0.95 ? 1.6448536269514722 : normalQuantile(q);
    const c = 1 / (9 * shape);
    return t.d + shape * scale * Math.pow(1 - c + z * Math.sqrt(c), 3);
  }
  return t.d + jStat.gamma.inv(q, shape, scale);
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
