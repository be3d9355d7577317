/**
 * Single-station formulas: Erlang C for M/M/c, the Allen–Cunneen correction for G/G/c, and
 * Whitt's QNA linking equations for the variability of a departure stream.
 */

/**
 * Probability that an arrival waits at an M/M/c station with offered load a = λ/μ (Erlang C),
 * through the stable Erlang B recursion. With many more servers than load the answer is below
 * 1e-12, so the loop is skipped: a client's 1,000 workers cost nothing.
 */
export function erlangC(c: number, a: number): number {
  if (a <= 0) return 0;
  if (a >= c) return 1;
  if (c > a + 12 * Math.sqrt(a) + 40) return 0;
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

/** Mean wait in queue (ms) at a G/G/c station: Erlang C's wait × (ca² + cs²) / 2 (Allen–Cunneen). */
export function allenCunneenWait(c: number, lambdaPerMs: number, holdMs: number, ca2: number, cs2: number): number {
  const a = lambdaPerMs * holdMs;
  if (a >= c) return Infinity;
  if (a <= 0 || holdMs <= 0) return 0;
  const mmc = (erlangC(c, a) * holdMs) / (c - a);
  return (mmc * (ca2 + cs2)) / 2;
}

/** Squared coefficient of variation of the departures of a G/G/c station (Whitt, QNA eq. 41). */
export function departureScv(c: number, rho: number, ca2: number, cs2: number): number {
  const r = Math.min(rho, 1);
  return 1 + (1 - r * r) * (ca2 - 1) + ((r * r) / Math.sqrt(c)) * (cs2 - 1);
}
