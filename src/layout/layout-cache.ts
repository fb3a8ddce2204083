/**
 * A small cache that keeps the `size` most recently used values, for layouts
 * of the last few zoom levels: zooming back and forth over a level boundary
 * finds its layout ready.
 */
export interface LayoutCache<K, V> {
  /** The value for `key`, computed by `make` if it is not kept. */
  get(key: K, make: () => V): V;
  has(key: K): boolean;
  /** The keys kept, least recently used first. */
  keys(): IterableIterator<K>;
  clear(): void;
}

export function createLayoutCache<K, V>(size: number): LayoutCache<K, V> {
  // A Map iterates in insertion order, so re-inserting on use keeps the least recent first.
  const entries = new Map<K, V>();
  return {
    get(key, make) {
      let value: V;
      if (entries.has(key)) {
        value = entries.get(key)!;
        entries.delete(key);
      } else {
        value = make();
        if (entries.size >= size) entries.delete(entries.keys().next().value!);
      }
      entries.set(key, value);
      return value;
    },
    has(key) {
      return entries.has(key);
    },
    keys() {
      return entries.keys();
    },
    clear() {
      entries.clear();
    },
  };
}
