// The page front: answers a reader's repeat request for a cached page straight from the cache store,
// before Next's request pipeline (routing, proxy.ts, the app-page handler) runs. That pipeline costs
// about 1.5 ms of CPU per request even when the page comes from the cache (measured: README
// "Performance"); here a hit costs a map lookup and one write of ready bytes (gzip and brotli are
// computed once per cached page, not per request).
//
// It serves only what Next has already cached and would serve as is: the front never renders and
// never decides freshness on its own. A request URL is linked to the cache entry Next read or wrote
// while answering it (recorded by the cache handler through `noteCacheKey`), and the entry is served
// only while the store holds it unexpired (the same tag checks as Next's reads) and within its
// revalidate time. (Next's implicit path tags are not checked here: this project expires pages by
// data tags only, never with revalidatePath.) Everything else goes to Next: other methods, RSC and
// prefetch requests, draft mode (staff previews), URLs that Next redirected or answered dynamically.
const { AsyncLocalStorage } = require("node:async_hooks");
// Next's own ETag of a page body: a CDN or browser revalidating a page Next served gets a 304 from the front.
const { generateETag } = require("next/dist/server/lib/etag.js");
const zlib = require("node:zlib");
const store = require("./store.cjs");
const { matchesEtag } = require("../http/etag.cjs");
const { securityHeadersFor } = require("../http/security-headers.cjs");

const STATE = Symbol.for("toasoan.cache.page-front");
const MAX_URLS = 100_000;
/** Request headers of Next's client router and of draft mode: such requests always go to Next. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];
const DRAFT_MODE_COOKIE = "__prerender_bypass";
// The headers Next sends with a cached page, so that browsers and CDNs see the same response.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

const state = (globalThis[STATE] ??= {
  requests: new AsyncLocalStorage(),
  /** request URL → cache key of the page Next served for it. */
  keys: new Map(),
  /** entry value → { identity, gzip, br, etag }: its encodings, made on first use. */
  bodies: new WeakMap(),
});

/**
 * Cache-Control of every cached page, whether Next or the front sends it. Next's own
 * ("s-maxage=86400, stale-while-revalidate=31449600") would let a CDN keep a page for a day and serve
 * it stale for a year, but pages here are expired on demand (a publish, an edit, an unpublished
 * article's address turning 404) through tags no CDN hears of. So a CDN or browser may keep a page but
 * asks each time, and gets a bodiless 304 while its ETag still matches: as the feeds do.
 */
const PAGE_CACHE_CONTROL = "public, no-cache";

/** Next's Cache-Control for a cached page starts with s-maxage (send-payload); dynamic pages and API routes keep theirs. */
function withPageCacheControl(res) {
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    const isCachedPage = String(name).toLowerCase() === "cache-control" && typeof value === "string" && value.startsWith("s-maxage=");
    return setHeader.call(this, name, isCachedPage ? PAGE_CACHE_CONTROL : value);
  };
}

/** Runs Next's handling of a request; the page cache entry it touches is linked to the request's URL. */
function handleThroughNext(req, res, handle) {
  withPageCacheControl(res);
  if (!isFrontable(req)) return handle();
  return state.requests.run({ url: req.url, res }, handle);
}

/**
 * Called by the cache handler: Next read or wrote the page cache entry `key` for the current request.
 * A request whose status was set before its page was read is not linked: proxy.ts's rewrite to the
 * site's 404 page (status 404), one cached page for every missing address. The front would answer it
 * with the page's stored status (200), and without proxy.ts's check, which alone knows when the
 * address stops being missing (an article published).
 */
function noteCacheKey(key, kind) {
  if (kind !== "APP_PAGE") return;
  const request = state.requests.getStore();
  if (!request || request.res.statusCode !== 200) return;
  if (state.keys.size >= MAX_URLS) state.keys.clear();
  state.keys.set(request.url, key);
}

/** Answers from the cache and returns true, or returns false (the request goes to Next). */
function serveFromCache(req, res) {
  if (!isFrontable(req)) return false;
  const key = state.keys.get(req.url);
  if (key === undefined) return false;
  const entry = store.read(key);
  if (!entry || !isServable(entry)) return false;
  const body = encodings(entry.value);
  const encoding = pickEncoding(req.headers["accept-encoding"], body);
  const headers = {
    ...securityHeadersFor(new URL(req.url, "http://front.invalid").pathname),
    ...extraHeaders(entry.value.headers),
    "content-type": "text/html; charset=utf-8",
    "cache-control": PAGE_CACHE_CONTROL,
    vary: VARY,
    etag: body.etag,
    "x-nextjs-cache": "HIT",
    "x-nextjs-prerender": "1",
  };
  if (matchesEtag(req.headers["if-none-match"], body.etag)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  const bytes = body[encoding];
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = bytes.length;
  res.writeHead(entry.value.status || 200, headers);
  res.end(req.method === "HEAD" ? undefined : bytes);
  return true;
}

function isFrontable(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  for (const header of ROUTER_HEADERS) if (req.headers[header] !== undefined) return false;
  if (req.url.includes("_rsc=")) return false;
  const cookie = req.headers.cookie;
  return !(cookie && cookie.includes(DRAFT_MODE_COOKIE));
}

/** A complete HTML page (not a partial prerender), stored by Next with its revalidate time, not yet due. */
function isServable(entry) {
  const { value, cacheControl } = entry;
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string" || value.postponed) return false;
  if (!cacheControl || typeof cacheControl.revalidate !== "number") return false;
  return Date.now() - entry.lastModified < cacheControl.revalidate * 1000;
}

function encodings(value) {
  let body = state.bodies.get(value);
  if (!body) {
    const identity = Buffer.from(value.html, "utf8");
    body = { identity, etag: generateETag(value.html) };
    state.bodies.set(value, body);
  }
  return body;
}

function pickEncoding(acceptEncoding, body) {
  const accepted = typeof acceptEncoding === "string" ? acceptEncoding : "";
  if (/\bbr\b/.test(accepted)) {
    body.br ??= zlib.brotliCompressSync(body.identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    return "br";
  }
  if (/\bgzip\b/.test(accepted)) {
    body.gzip ??= zlib.gzipSync(body.identity, { level: 6 });
    return "gzip";
  }
  return "identity";
}

/** Headers the page itself stored with its render, without Next's internal tag list. */
function extraHeaders(stored) {
  const headers = {};
  for (const [name, value] of Object.entries(stored || {})) {
    if (value !== undefined && name !== "x-next-cache-tags") headers[name] = value;
  }
  return headers;
}

module.exports = { handleThroughNext, noteCacheKey, serveFromCache };
