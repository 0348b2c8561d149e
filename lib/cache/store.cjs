// The process's cache store: Next's cached pages, route responses and unstable_cache data, with the
// tag expiry times that `revalidateTag` (lib/cache/tags.ts `invalidate`) records. Two readers use it:
// Next, through the cache handler (next-cache-handler.cjs), and the page front (page-front.cjs), which
// answers repeat requests for cached pages before Next's request pipeline runs.
//
// Entries live in this process's memory, bounded by CACHE_MAX_MB (default 256), least recently used
// first out. Why not Next's default file-system cache: it keeps rendered pages in .next/ across
// restarts, so a server started on another (or a re-seeded) database would serve pages of the old one.
//
// Sharing between instances: `entries` and `tagExpiry` below are the whole state. A store over Redis
// (entries with TTL, tag times in a hash, revalidations published to the other instances) keeps the
// same functions; only these maps change.
//
// The state hangs off globalThis because Next loads the cache handler through its own module loader,
// and the front must see the very same maps.

const STATE = Symbol.for("toasoan.cache.store");
const TAGS_HEADER = "x-next-cache-tags";

function createState() {
  return {
    maxBytes: Number(process.env.CACHE_MAX_MB || 256) * 1024 * 1024,
    /** key → { value, lastModified, tags, size, cacheControl }; Map order = recency. */
    entries: new Map(),
    /** tag → time (ms) from which entries stored before it are expired. */
    tagExpiry: new Map(),
    /** When the store was last emptied (revalidations may have been missed before it). */
    clearedAt: 0,
    totalBytes: 0,
  };
}

const state = (globalThis[STATE] ??= createState());

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

/** The tags a stored page carries: those of the data it read, sent by Next in a response header. */
function responseTags(value) {
  const header = value && value.headers && value.headers[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

function isExpired(tags, lastModified) {
  const now = Date.now();
  for (const tag of tags) {
    const expiredAt = state.tagExpiry.get(tag);
    if (expiredAt !== undefined && expiredAt <= now && expiredAt > lastModified) return true;
  }
  return false;
}

function remove(key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.totalBytes -= entry.size;
}

/**
 * The entry under `key`, or null when there is none or one of its tags (its own, its page's, or the
 * `extraTags` the caller knows it by) was revalidated after it was stored.
 */
function read(key, extraTags = []) {
  const entry = state.entries.get(key);
  if (!entry) return null;
  if (isExpired(entry.tags, entry.lastModified) || isExpired(responseTags(entry.value), entry.lastModified) || isExpired(extraTags, entry.lastModified)) {
    remove(key);
    return null;
  }
  // Most recently used goes last.
  state.entries.delete(key);
  state.entries.set(key, entry);
  return entry;
}

function write(key, value, { tags = [], cacheControl } = {}) {
  remove(key);
  if (value === null || value === undefined) return;
  const size = sizeOf(value);
  state.entries.set(key, { value, lastModified: Date.now(), tags, size, cacheControl });
  state.totalBytes += size;
  for (const oldest of state.entries.keys()) {
    if (state.totalBytes <= state.maxBytes) break;
    remove(oldest);
  }
}

/** Entries stored before `now + expireSeconds` that carry one of `tags` expire at that time. */
function revalidate(tags, expireSeconds = 0) {
  const at = Date.now() + expireSeconds * 1000;
  for (const tag of tags) state.tagExpiry.set(tag, at);
}

/** Drops every entry (when revalidations may have been missed). */
function clear() {
  state.entries.clear();
  state.totalBytes = 0;
  state.clearedAt = Date.now();
}

/**
 * Whether something read at `since` from data carrying `tags` is out of date: one of the tags was
 * revalidated after it, or the store was emptied. For values kept outside the store (lookup-memo.ts).
 */
function isStale(tags, since) {
  if (state.clearedAt >= since) return true;
  const now = Date.now();
  for (const tag of tags) {
    const expiredAt = state.tagExpiry.get(tag);
    // ">=": a revalidation in the very millisecond the value was read may have come after the read.
    if (expiredAt !== undefined && expiredAt <= now && expiredAt >= since) return true;
  }
  return false;
}

module.exports = { read, write, revalidate, clear, isStale };
