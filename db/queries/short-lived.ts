import "server-only";

/**
 * A per-process memo whose entries live `ttlMs`: for lookups on the signing
 * path that every request of a surge repeats (the campaign's gate, its
 * targets). A change is seen within `ttlMs` without any invalidation; keep it
 * well under the 5 s the kill switches promise. A failed load is not kept,
 * and the map is emptied when it reaches `maxEntries` (unknown slugs cannot
 * grow it without bound).
 */
export function shortLived<V>(ttlMs: number, maxEntries = 1_000) {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key: string, load: () => Promise<V>): Promise<V> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const value = load();
      entries.set(key, { at: now, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear(): void {
      entries.clear();
    },
  };
}
