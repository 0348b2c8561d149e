import { unstable_cache } from "next/cache";

/**
 * Data cached in Next's data cache under the tags of lib/cache/tags.ts (the reader site's reads:
 * lib/site/reader-data.ts). Pages are
 * ISR-cached as a whole; the tags these reads carry are what `invalidate(change)` expires, so a publish
 * re-renders exactly the pages that read the changed data. Cache entries go through Next's cache
 * handler, so several instances can share them (cacheHandler / cacheHandlers in next.config.ts).
 *
 * The data cache stores JSON: dates are stored marked ({ $date: "…" }) and revived here, so that a
 * string that merely looks like a date (a title "2022-03-23T01:30:00.000Z") stays a string.
 */
export function cachedData<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tagsOf: (...args: A) => string[], revalidate = 86_400) {
  return async (...args: A): Promise<R> => {
    const run = unstable_cache(async () => markDates(await fn(...args)), [name, JSON.stringify(args)], { tags: tagsOf(...args), revalidate });
    return reviveDates(await run()) as R;
  };
}

const DATE_KEY = "$date";

export function markDates(value: unknown): unknown {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(markDates);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markDates(v)]));
  return value;
}

export function reviveDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveDates);
  if (value && typeof value === "object") {
    const date = (value as Record<string, unknown>)[DATE_KEY];
    if (typeof date === "string" && Object.keys(value).length === 1) return new Date(date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveDates(v)]));
  }
  return value;
}

/**
 * Tags the page being rendered without caching any data: a no-op entry whose tags the ISR page
 * collects. Used where the page's data comes from one query whose tags are only known after it ran.
 */
export async function tagCurrentPage(pageTags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["page-tags", ...pageTags], { tags: pageTags })();
}
