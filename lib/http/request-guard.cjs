// What server.mjs answers before Next, and what it turns from Next's 500 into the client's fault:
//
// - A method Next does not handle: Next builds a web Request for every request, and undici refuses
//   TRACE ("'TRACE' HTTP method is unsupported", a 500 and a stack in the log on every route);
//   WebDAV methods (PROPFIND, MKCOL…) and the like would reach pages and route handlers. They get a 405.
//   (Node's parser answers a method it does not know, such as TRACK, with its own 400, and closes a
//   CONNECT's connection, before any of this.)
// - A server-action request (POST with a Next-Action header) whose body Next cannot decode: an invalid
//   reply (`[[[`, an empty body, a reference to a part that is not there) or one over Next's size limit.
//   Next answers such a fetch action with a 500 and logs React's decoding error with its stack. The body
//   is Next's to read (React's reply format and multipart are not re-implemented here): a Content-Length
//   over the limit is refused before Next runs (413); otherwise the response is watched, and when the error
//   Next logs for the request was thrown by Next's own runtime while decoding (not by the action's code,
//   see `isBodyDecodingError`), the 500 becomes a 400 (413 for Next's own byte count of a chunked body),
//   with one short line in the log instead of the stack. An action's own failure stays a 500, logged as before.
// - An address with a broken percent-escape ("/sitemaps/%ED%A0%80.xml"): Next fails decoding its route
//   parameters (a 500). The page front (proxy.ts) answers those it runs for with the site's "not found"
//   page (400); the others (the API, sitemaps, Next's files…) get a plain 400 here.
"use strict";

const { AsyncLocalStorage } = require("node:async_hooks");
const fs = require("node:fs");
const path = require("node:path");
const { securityHeadersFor } = require("./security-headers.cjs");

/** What Next answers without a 500: pages take GET, HEAD and POST (server actions), route handlers what they export. */
const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const ALLOW = ALLOWED_METHODS.join(", ");

/**
 * Next's limit on a server action's body: `serverActions.bodySizeLimit`, which next.config.ts leaves at
 * its default, 1 MB (tests/unit/request-guard.test.ts holds the two together). Next refuses `size > limit`.
 */
const ACTION_BODY_LIMIT = 1024 * 1024;

const METHOD_NOT_ALLOWED = "Phương thức không được hỗ trợ.";
const MALFORMED_ADDRESS = "Địa chỉ không hợp lệ.";

/**
 * The addresses proxy.ts does not run for: its matcher's exclusions (tests/unit/proxy-matcher.test.ts
 * holds the two together; Next reads the matcher as a literal, so it cannot import this).
 */
const SKIPPED_BY_PROXY =
  /^\/(?:(?:_next|api|dang-nhap|doi-mat-khau|sitemaps|banners)(?:\/|$)|(?:icon\.svg|robots\.txt|rss\.xml|sitemap\.xml|sitemap-news\.xml|og-mac-dinh\.png)$|$)/;

function reachesProxy(pathname) {
  return !SKIPPED_BY_PROXY.test(pathname);
}

function isDecodable(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
const BAD_ACTION = "Yêu cầu không hợp lệ.";
const ACTION_TOO_LARGE = "Dữ liệu gửi lên quá lớn (tối đa 1 MB).";

/** Next's vendored runtime (app-page runtime, React's reply decoder, busboy), as stack frames name it. */
const NEXT_COMPILED = (() => {
  const dir = path.join(path.dirname(require.resolve("next/package.json")), "dist", "compiled");
  try {
    return fs.realpathSync(dir) + path.sep;
  } catch {
    return dir + path.sep;
  }
})();

const STATE = Symbol.for("toasoan.http.request-guard");
const state = (globalThis[STATE] ??= { actions: new AsyncLocalStorage(), filterInstalled: false });

function pathnameOf(req) {
  try {
    return new URL(req.url || "/", "http://guard.invalid").pathname;
  } catch {
    return "/";
  }
}

function isActionRequest(req) {
  return req.method === "POST" && req.headers["next-action"] !== undefined;
}

/** Plain Vietnamese text with the site's security headers, ending the exchange. */
function answer(req, res, status, text, extra = {}) {
  const body = Buffer.from(text, "utf8");
  res.writeHead(status, {
    ...securityHeadersFor(pathnameOf(req)),
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "content-length": body.length,
    ...extra,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** One line per refused action attempt: status, address, and the reason without its stack. */
function logRefusal(status, req, reason) {
  const line = String(reason).split("\n")[0].slice(0, 200);
  console.warn(`⚠ Server action refused (${status}) ${req.method} ${pathnameOf(req)}: ${line}`);
}

/**
 * Answers, before the page front and Next, a request Next would fail on: an unsupported method (405
 * with Allow), a malformed address the page front does not see (400), or a server action announcing a
 * body over Next's limit (413, without reading it; the connection is closed rather than drained).
 * Returns true when it answered.
 */
function refuseRequest(req, res) {
  if (!ALLOWED_METHODS.includes(req.method)) {
    answer(req, res, 405, METHOD_NOT_ALLOWED, { allow: ALLOW });
    return true;
  }
  const pathname = pathnameOf(req);
  if (!isDecodable(pathname) && !reachesProxy(pathname)) {
    answer(req, res, 400, MALFORMED_ADDRESS);
    return true;
  }
  if (isActionRequest(req)) {
    const length = Number(req.headers["content-length"]);
    if (Number.isFinite(length) && length > ACTION_BODY_LIMIT) {
      logRefusal(413, req, `Content-Length ${length} over ${ACTION_BODY_LIMIT} bytes`);
      answer(req, res, 413, ACTION_TOO_LARGE, { connection: "close" });
      return true;
    }
  }
  return false;
}

/** A stack line's location: "(file:line:col)" at its end, or what follows "at ". */
function frameLocation(line) {
  const inParens = /\(([^()]*)\)$/.exec(line);
  return inParens ? inParens[1] : line.slice(3);
}

/**
 * How Next's failure to decode an action's body shows: the error was thrown by Next's vendored runtime
 * itself (React's reply decoder, its multipart parser, Next's check of the decoded arguments), with no
 * application frame in the synchronous part of its stack: the first located frame is in next/dist/compiled
 * and every other one there or in Node's internals. An action's own error has the action's frames (or a
 * library's, or Node's at the top, e.g. a failed fetch); an error Next throws on behalf of application
 * code (cookies() misused) has the calling application frame below Next's. Next's own size limit (for a
 * chunked body, which announces no length) says so with statusCode 413.
 * Returns 400, 413, or 0 when the error is not the body's fault.
 */
function isBodyDecodingError(error) {
  if (!(error instanceof Error) || typeof error.stack !== "string") return 0;
  const frames = error.stack
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "));
  let first = true;
  for (const frame of frames) {
    // The rest are the awaiting callers, whoever they are: the thrower's stack is above.
    if (frame.startsWith("at async ") || frame.includes("node:internal/process/")) break;
    const where = frameLocation(frame);
    if (where === "<anonymous>" || where === "native") continue;
    if (where.startsWith(NEXT_COMPILED)) {
      first = false;
      continue;
    }
    if (first || !where.startsWith("node:")) return 0;
  }
  if (first) return 0;
  return error.statusCode === 413 ? 413 : 400;
}

/**
 * Keeps Next's decoding-error log out of the console for a server-action request: the error of the
 * current request (found through the request's async context) is refused instead of logged. Installed
 * once, by server.mjs; every other call passes through.
 */
function installActionErrorFilter() {
  if (state.filterInstalled) return;
  state.filterInstalled = true;
  const original = console.error;
  console.error = function (...args) {
    const action = state.actions.getStore();
    if (action && action.noteError(args)) return;
    return original.apply(this, args);
  };
}

/**
 * Runs Next's handling of a request; for a server action, watches its response. Next sets a 500 before
 * it writes a failed action's response, so a 500 is held (head and body) until Next either logs a
 * decoding error for it (the client gets a short 400 or 413 instead) or ends it (sent as it was).
 */
function handleAction(req, res, handle) {
  if (!isActionRequest(req)) return handle();
  const native = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /**
   * held: Next's 500, not yet sent; refusal: the status the client gets instead; answered: it got it;
   * released: Next's held 500 went out as it was, and everything after it passes through.
   */
  const watch = { held: null, refusal: 0, reason: "", answered: false, released: false };

  const sendRefusal = () => {
    watch.answered = true;
    watch.held = null;
    logRefusal(watch.refusal, req, watch.reason);
    // Next's headers stay (security headers, Vary); its body and how it was encoded do not.
    for (const name of ["content-encoding", "content-length", "content-type", "etag", "transfer-encoding", "x-nextjs-cache"]) res.removeHeader(name);
    const body = Buffer.from(watch.refusal === 413 ? ACTION_TOO_LARGE : BAD_ACTION, "utf8");
    const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-length": body.length };
    // Next stopped reading a body over its limit: the rest is not drained.
    if (watch.refusal === 413) headers.connection = "close";
    native.writeHead.call(res, watch.refusal, headers);
    native.end.call(res, body);
  };
  const release = () => {
    const held = watch.held;
    watch.held = null;
    watch.released = true;
    if (held.head) native.writeHead.apply(res, held.head);
    for (const [chunk, encoding] of held.chunks) native.write.call(res, chunk, encoding);
  };
  const callbackOf = (args) => args.find((arg) => typeof arg === "function");

  res.writeHead = function (statusCode, ...rest) {
    if (watch.released) return native.writeHead.call(this, statusCode, ...rest);
    if (watch.answered) return this;
    if (watch.refusal) {
      sendRefusal();
      return this;
    }
    if (watch.held || Number(statusCode) >= 500) {
      watch.held ??= { chunks: [] };
      watch.held.head = [statusCode, ...rest];
      return this;
    }
    return native.writeHead.call(this, statusCode, ...rest);
  };
  res.flushHeaders = function () {
    if (!watch.released && (watch.answered || watch.held)) return;
    return native.flushHeaders.call(this);
  };
  res.write = function (chunk, ...rest) {
    if (watch.released) return native.write.call(this, chunk, ...rest);
    if (watch.answered) {
      callbackOf(rest)?.();
      return true;
    }
    if (watch.refusal) {
      sendRefusal();
      callbackOf(rest)?.();
      return true;
    }
    if (!watch.held && !this.headersSent && this.statusCode >= 500) watch.held = { chunks: [] };
    if (watch.held) {
      watch.held.chunks.push([chunk, typeof rest[0] === "string" ? rest[0] : undefined]);
      callbackOf(rest)?.();
      return true;
    }
    return native.write.call(this, chunk, ...rest);
  };
  res.end = function (...args) {
    if (watch.released) return native.end.apply(this, args);
    if (watch.answered) {
      callbackOf(args)?.();
      return this;
    }
    if (watch.refusal) {
      sendRefusal();
      callbackOf(args)?.();
      return this;
    }
    // A 500 ended in one call (a static body) is held as well.
    if (!watch.held && !this.headersSent && this.statusCode >= 500) watch.held = { chunks: [] };
    if (!watch.held) return native.end.apply(this, args);
    // Next logs a failed render's error after a few awaits (instrumentationOnRequestError): by the
    // next turn of the event loop it has, and the 500 is either refused or sent as it was.
    setImmediate(() => {
      if (watch.answered) {
        callbackOf(args)?.();
        return;
      }
      release();
      native.end.apply(this, args);
    });
    return this;
  };

  const action = {
    /** True when `args` (a console.error call) is this request's decoding error, now refused. */
    noteError(args) {
      if (watch.answered || watch.refusal) return watch.refusal !== 0 && args.some((arg) => arg instanceof Error && isBodyDecodingError(arg));
      // Too late once Next's head went out.
      if (res.headersSent) return false;
      for (const arg of args) {
        const status = isBodyDecodingError(arg);
        if (status) {
          watch.refusal = status;
          watch.reason = arg.message;
          // A 500 already held is replaced now; otherwise when Next starts its response.
          if (watch.held) sendRefusal();
          return true;
        }
      }
      return false;
    },
  };
  return state.actions.run(action, handle);
}

module.exports = { ALLOWED_METHODS, ACTION_BODY_LIMIT, reachesProxy, refuseRequest, handleAction, installActionErrorFilter, isBodyDecodingError };
