/**
 * Service-time distributions (DESIGN §2 `serviceTimeDist`), all parameterised by their mean
 * so that changing the distribution never changes the offered load.
 */
import type { Rng } from './random';

/** Numeric codes keep the engine's hot path free of string comparisons. */
export const DIST = { exponential: 0, constant: 1, lognormal: 2 } as const;
export type DistCode = (typeof DIST)[keyof typeof DIST];

/**
 * Shape of the log-normal: σ = 1 gives a coefficient of variation of about 1.31, the heavy
 * right tail typical of real service times (a few slow requests, most fast).
 */
export const LOGNORMAL_SIGMA = 1;

/** One draw with the given mean, in the same unit as the mean. */
export function sample(rng: Rng, dist: DistCode, mean: number): number {
  if (mean <= 0) return 0;
  if (dist === DIST.exponential) return rng.exponential(mean);
  if (dist === DIST.constant) return mean;
  // E[exp(N(mu, s²))] = exp(mu + s²/2), so mu = ln(mean) - s²/2 keeps the mean.
  const mu = Math.log(mean) - (LOGNORMAL_SIGMA * LOGNORMAL_SIGMA) / 2;
  return Math.exp(mu + LOGNORMAL_SIGMA * rng.normal());
}
