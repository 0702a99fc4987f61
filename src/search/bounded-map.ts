// A memo that forgets: the analyses, slots and dictionary features kept between questions, each bounded.

/** A Map that keeps only its last `limit` entries, the oldest forgotten first: for memos of pure functions. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  /** Keeps `value` under `key`, forgets the oldest entry past the limit, and returns `value`. */
  remember(key: K, value: V): V {
    this.set(key, value);
    if (this.size > this.limit) this.delete(this.keys().next().value as K);
    return value;
  }
}
