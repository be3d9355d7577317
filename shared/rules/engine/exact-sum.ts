/**
 * Sums that do not depend on the order of their terms, which for the analyses is the order of
 * adjacency lists, i.e. edit history: an incremental check must read exactly like a full one.
 * Plain addition is used when no step rounds (whole numbers, halves: the common case), since
 * an exact sum is the same in any order; when a step does round, the terms are summed again
 * with d3's Adder (Shewchuk's algorithm, like Python's math.fsum), exact in any order.
 */
import { Adder } from 'd3-array';

let sum = 0;
let rounded = false;

/** Adds x to the running sum, noting whether the addition rounded (Knuth's TwoSum). */
const plain = (x: number): void => {
  const s = sum + x;
  const b = s - sum;
  if (sum - (s - b) + (x - b) !== 0) rounded = true;
  sum = s;
};

/** The exact (correctly rounded) sum of the terms `each` adds; `each` may run twice. */
export function exactSum(each: (add: (x: number) => void) => void): number {
  sum = 0;
  rounded = false;
  each(plain);
  if (!rounded) return sum;
  const adder = new Adder();
  each((x) => adder.add(x));
  return +adder;
}
