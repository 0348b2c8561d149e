import store from "./store.cjs";

type Entry<V> = { value: V; readAt: number; tags: string[] };

/**
 * A per-process memo for the lookups proxy.ts makes before Next renders a reader page (an article's
 * canonical slug, whether a category, official or author exists). Each value carries the cache tags
 * of the data it was read from and is dropped as soon as one of them is revalidated — by
 * `invalidate(change)` in this process or, through the revalidation fan-out, on another instance —
 * exactly like a cached page. `maxAgeMs` only bounds how long a value lives without any change.
 *
 * The entries hang off globalThis: proxy.ts is bundled apart from the routes, and both must see the
 * same memo and the same cache store.
 */
export function lookupMemo<V>(name: string, { maxAgeMs, maxEntries = 20_000 }: { maxAgeMs: number; maxEntries?: number }) {
  const key = Symbol.for(`toasoan.lookup-memo.${name}`);
  const global = globalThis as { [key: symbol]: Map<string, Entry<V>> | undefined };
  const entries = (global[key] ??= new Map());

  return async function lookup(id: string, tags: string[], read: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = entries.get(id);
    if (hit && now - hit.readAt < maxAgeMs && !store.isStale(hit.tags, hit.readAt)) return hit.value;
    // Taken before the read: a change committed while it runs makes the value stale.
    const readAt = Date.now();
    const value = await read();
    if (entries.size >= maxEntries) entries.clear();
    entries.set(id, { value, readAt, tags });
    return value;
  };
}
