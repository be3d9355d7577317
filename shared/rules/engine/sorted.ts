/** A rule's problems kept sorted by key, so output order never depends on edit history. */
export interface Keyed {
  key: string;
}

export class SortedByKey<T extends Keyed> {
  items: T[] = [];

  private find(key: string): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    const i = this.find(item.key);
    if (this.items[i]?.key === item.key) this.items[i] = item;
    else this.items.splice(i, 0, item);
  }

  remove(item: T): void {
    const i = this.find(item.key);
    if (this.items[i] === item) this.items.splice(i, 1);
  }

  clear(): void {
    this.items = [];
  }
}
