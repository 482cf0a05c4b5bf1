/**
 * The best `limit` items of a stream in order, without sorting the whole stream: a search
 * for a common word can match most of the graph while only the first page is wanted.
 */
export class TopHits<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items, limit, compare } = this;
    if (items.length >= limit && compare(item, items[items.length - 1] as T) >= 0) return;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(items[middle] as T, item) <= 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, item);
    if (items.length > limit) items.pop();
  }

  sorted(): T[] {
    return [...this.items];
  }
}
