import store from "@/lib/cache/store.cjs";

/**
 * next/cache for code under test outside Next: `revalidateTag` does what it does in the app through
 * our cache handler (expires the tag in the cache store, which memoised lookups also check), and
 * records the tag in `revalidated`.
 */
export function nextCacheRecordingInto(revalidated: string[]) {
  return {
    revalidateTag: (tag: string) => {
      revalidated.push(tag);
      store.revalidate([tag]);
    },
  };
}
