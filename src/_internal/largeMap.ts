// A Map and a Set without V8's limit of 2^24 entries, for indexes keyed by customers, groups or values.

/**
 * The most entries one `Map` or `Set` holds in V8 (Node, Chrome): 2^24 = 16,777,216. One more
 * throws a bare `RangeError: Map maximum size exceeded`. Structures keyed by customers, groups or
 * values use {@link LargeMap} / {@link LargeSet}, which chain maps of this size and have no such
 * limit.
 */
export const MAX_DISTINCT_KEYS = 2 ** 24;

/**
 * A `Map` without V8's limit of 2^24 entries ({@link MAX_DISTINCT_KEYS}): when the current map is
 * full, it starts another. Until then it costs one extra comparison per call, so the hot loops of
 * the KPI functions keep their speed; past it a lookup asks each full map in turn (one more per
 * 16.7 million keys). Keys keep their insertion order. Values must not be `undefined`.
 */
export class LargeMap<K, V> {
  private head = new Map<K, V>();
  /** The earlier maps, each holding `capacity` keys, oldest first. */
  private readonly full: Map<K, V>[] = [];
  private readonly capacity: number;

  /** `capacity`: keys per chained map; only tests set it below {@link MAX_DISTINCT_KEYS}. */
  constructor(capacity: number = MAX_DISTINCT_KEYS) {
    this.capacity = capacity;
  }

  get size(): number {
    let size = this.head.size;
    for (const map of this.full) size += map.size;
    return size;
  }

  get(key: K): V | undefined {
    const value = this.head.get(key);
    return value !== undefined || this.full.length === 0 ? value : this.fullMapOf(key)?.get(key);
  }

  has(key: K): boolean {
    return this.head.has(key) || (this.full.length > 0 && this.fullMapOf(key) !== undefined);
  }

  set(key: K, value: V): this {
    if (this.full.length > 0) {
      const map = this.fullMapOf(key);
      if (map !== undefined) {
        map.set(key, value);
        return this;
      }
    }
    if (this.head.size >= this.capacity && !this.head.has(key)) {
      this.full.push(this.head);
      this.head = new Map();
    }
    this.head.set(key, value);
    return this;
  }

  keys(): IterableIterator<K> {
    return this.full.length === 0 ? this.head.keys() : this.chain((map) => map.keys());
  }

  values(): IterableIterator<V> {
    return this.full.length === 0 ? this.head.values() : this.chain((map) => map.values());
  }

  entries(): IterableIterator<[K, V]> {
    return this.full.length === 0 ? this.head.entries() : this.chain((map) => map.entries());
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  private fullMapOf(key: K): Map<K, V> | undefined {
    for (const map of this.full) if (map.has(key)) return map;
    return undefined;
  }

  private *chain<T>(of: (map: Map<K, V>) => IterableIterator<T>): IterableIterator<T> {
    for (const map of this.full) yield* of(map);
    yield* of(this.head);
  }
}

/** A `Set` without V8's limit of 2^24 entries: a {@link LargeMap} of keys. */
export class LargeSet<K> {
  private readonly map: LargeMap<K, true>;

  constructor(keys?: Iterable<K>, capacity: number = MAX_DISTINCT_KEYS) {
    this.map = new LargeMap(capacity);
    if (keys !== undefined) for (const key of keys) this.map.set(key, true);
  }

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  add(key: K): this {
    this.map.set(key, true);
    return this;
  }

  values(): IterableIterator<K> {
    return this.map.keys();
  }

  [Symbol.iterator](): IterableIterator<K> {
    return this.map.keys();
  }
}
