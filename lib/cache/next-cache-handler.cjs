// Next.js cache handler (next.config.ts `cacheHandler`) for cached pages (ISR), route responses and
// unstable_cache data, over the process's cache store (store.cjs). It tells the page front which
// cached page a request was answered with (page-front.cjs).
const { noteCacheKey } = require("./page-front.cjs");
const store = require("./store.cjs");

module.exports = class StoreCacheHandler {
  constructor() {}

  async get(key, ctx) {
    const entry = store.read(key, [...((ctx && ctx.tags) || []), ...((ctx && ctx.softTags) || [])]);
    if (entry) noteCacheKey(key, ctx && ctx.kind);
    return entry && { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    store.write(key, data, { tags: (ctx && ctx.tags) || [], cacheControl: ctx && ctx.cacheControl });
    if (data) noteCacheKey(key, data.kind);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags || [];
    store.revalidate(list, durations && typeof durations.expire === "number" ? durations.expire : 0);
  }

  resetRequestCache() {}
};
