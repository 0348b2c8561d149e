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
const { createHash } = require("node:crypto");
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

/** Runs Next's handling of a request; the page cache entry it touches is linked to the request's URL. */
function handleThroughNext(req, res, handle) {
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
    "cache-control": cacheControlHeader(entry.cacheControl),
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
    body = { identity, etag: `"${createHash("sha1").update(identity).digest("base64url")}"` };
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

/** Next's Cache-Control for a cached page (send-payload's formula). */
function cacheControlHeader({ revalidate, expire }) {
  const staleWhileRevalidate = typeof expire === "number" && revalidate < expire ? `, stale-while-revalidate=${expire - revalidate}` : "";
  return `s-maxage=${revalidate}${staleWhileRevalidate}`;
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
