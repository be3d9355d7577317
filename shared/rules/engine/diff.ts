/**
 * Which elements differ between two versions of a list. Edits keep untouched elements
 * identical and in order, so the common prefix and suffix are skipped by reference and only
 * the middle is compared by id: O(changed) map work after one edit.
 */
export interface ListDiff<T> {
  removed: T[];
  added: T[];
  changed: [prev: T, next: T][];
}

export function diffById<T extends { id: string }>(prev: readonly T[], next: readonly T[]): ListDiff<T> {
  const out: ListDiff<T> = { removed: [], added: [], changed: [] };
  if (prev === next) return out;
  let a = 0;
  while (a < prev.length && a < next.length && prev[a] === next[a]) a++;
  let pe = prev.length;
  let ne = next.length;
  while (pe > a && ne > a && prev[pe - 1] === next[ne - 1]) {
    pe--;
    ne--;
  }
  const middle = new Map<string, T>();
  for (let i = a; i < ne; i++) middle.set(next[i]!.id, next[i]!);
  for (let i = a; i < pe; i++) {
    const p = prev[i]!;
    const n = middle.get(p.id);
    if (!n) out.removed.push(p);
    else {
      if (n !== p) out.changed.push([p, n]);
      middle.delete(p.id);
    }
  }
  out.added = [...middle.values()];
  return out;
}
