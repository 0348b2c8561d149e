// Next.js cache handler (next.config.ts `cacheHandler`) for cached pages (ISR), route responses and
// unstable_cache data. Entries live in this process's memory, bounded by CACHE_MAX_MB (default 256),
// least recently used first out.
//
// Why not Next's default file-system cache: it keeps rendered pages in .next/ across restarts, so a
// server started on another (or a re-seeded) database would serve pages of the old one. Memory
// starts empty with every process, and each entry is checked against the tag expiry times that
// `revalidateTag` (lib/cache/tags.ts `invalidate`) records.
//
// Sharing between instances: the store and the tag times are the two maps below. A handler over a
// shared store (e.g. Redis: entries with TTL, tag times in a hash, revalidateTag publishing to the
// other instances) keeps this same get/set/revalidateTag logic; only these maps change.

const MAX_BYTES = Number(process.env.CACHE_MAX_MB || 256) * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";

/** key → { value, lastModified, tags, size }; Map order = recency. */
const entries = new Map();
/** tag → time (ms) from which entries stored before it are expired. */
const tagExpiry = new Map();
let totalBytes = 0;

function sizeOf(value) {
  if (!value) return 64;
  let size = 256;
  if (typeof value.html === "string") size += value.html.length * 2;
  if (value.rscData) size += value.rscData.length ?? 0;
  if (value.body) size += value.body.length ?? 0;
  if (value.buffer) size += value.buffer.length ?? 0;
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += segment.length ?? 0;
  if (value.kind === "FETCH" && value.data) size += JSON.stringify(value.data).length * 2;
  return size;
}

function responseTags(value) {
  const header = value && value.headers && value.headers[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

function isExpired(tags, lastModified) {
  const now = Date.now();
  for (const tag of tags) {
    const expiredAt = tagExpiry.get(tag);
    if (expiredAt !== undefined && expiredAt <= now && expiredAt > lastModified) return true;
  }
  return false;
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.size;
}

module.exports = class MemoryCacheHandler {
  constructor() {}

  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...responseTags(entry.value), ...((ctx && ctx.tags) || []), ...((ctx && ctx.softTags) || [])];
    if (isExpired(tags, entry.lastModified)) {
      remove(key);
      return null;
    }
    // Most recently used goes last.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    remove(key);
    if (data === null || data === undefined) return;
    const size = sizeOf(data);
    entries.set(key, { value: data, lastModified: Date.now(), tags: (ctx && ctx.tags) || [], size });
    totalBytes += size;
    for (const oldest of entries.keys()) {
      if (totalBytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags || [];
    const expireSeconds = durations && typeof durations.expire === "number" ? durations.expire : 0;
    const at = Date.now() + expireSeconds * 1000;
    for (const tag of list) tagExpiry.set(tag, at);
  }

  resetRequestCache() {}
};
