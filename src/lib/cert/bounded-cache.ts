// A small least-recently-used map. The checker runs again on every edit with mostly the same
// inputs, so its pure, content-keyed results are kept, but never without a bound: a page left open
// for a day must not grow without limit, and huge keys are not kept at all.

/** A string-keyed Map of at most `limit` entries, dropping the least recently used one first. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  /** A cache of at most `limit` entries whose keys are at most `maxKeyLength` chars long. */
  constructor(
    private readonly limit: number,
    private readonly maxKeyLength = Number.POSITIVE_INFINITY,
  ) {}

  /** The value for `key`, computed and stored on a miss; a null or too long key is not cached. */
  get(key: string | null, compute: () => V): V {
    if (key === null || key.length > this.maxKeyLength) return compute();
    const entries = this.entries;
    if (entries.has(key)) {
      const value = entries.get(key) as V;
      // Re-inserting moves the key to the end of the Map's insertion order: the LRU order.
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = compute();
    entries.set(key, value);
    if (entries.size > this.limit) entries.delete(entries.keys().next().value as string);
    return value;
  }
}
