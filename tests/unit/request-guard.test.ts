import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

// lib/http/request-guard.cjs in front of a stand-in for Next that answers a server action as Next does:
// a 500 with a flight body when the body could not be decoded, and the decoding error in the log (through
// console.error, after the response started or after it ended). The errors carry the stacks Next's real
// ones have (copied from the production server's log), with this checkout's paths.
const load = createRequire(import.meta.url);
const guard = load("../../lib/http/request-guard.cjs") as {
  ALLOWED_METHODS: string[];
  ACTION_BODY_LIMIT: number;
  refuseRequest(req: IncomingMessage, res: ServerResponse): boolean;
  handleAction(req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void>;
  installActionErrorFilter(): void;
  isBodyDecodingError(error: unknown): number;
};
const compression = load("next/dist/compiled/compression") as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const RUNTIME = path.join(path.dirname(load.resolve("next/package.json")), "dist", "compiled", "next-server", "app-page-turbo.runtime.prod.js");
const APP_CHUNK = path.resolve(".next/server/chunks/ssr/_20xswgq6phwsp._.js");
const NEXT_CHUNK = path.resolve(".next/server/chunks/ssr/node_modules_next_dist_0-amwqbrge23p._.js");

function errorWithStack(message: string, frames: string[], type: ErrorConstructor = Error): Error {
  const error = new type(message);
  error.stack = [`${type.name}: ${message}`, ...frames.map((frame) => `    at ${frame}`)].join("\n");
  return error;
}

const awaitedBy = [
  `process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  `async t0 (${RUNTIME}:17:12665)`,
  `async m (${NEXT_CHUNK}:1:11826)`,
];
/** React's reply decoder on `[[[` or an empty body. */
const badJson = () =>
  errorWithStack(
    "Unexpected end of JSON input",
    ["JSON.parse (<anonymous>)", `tI (${RUNTIME}:15:70523)`, `tg.value [as then] (${RUNTIME}:15:67272)`, awaitedBy[0]!],
    SyntaxError,
  );
/** A reference to a part the body does not have (`["$1"]`). */
const connectionClosed = () =>
  errorWithStack("Connection closed.", [`tY (${RUNTIME}:15:80738)`, `t.decodeReply (${RUNTIME}:15:82815)`, `${RUNTIME}:18:1719`, ...awaitedBy]);
/** Multipart: a part referring to one not yet read. */
const forwardReference = () =>
  errorWithStack("Invalid forward reference.", [
    `tL (${RUNTIME}:15:76405)`,
    `e.exports.<anonymous> (${RUNTIME}:15:83892)`,
    "e.exports.emit (node:events:524:28)",
    `${RUNTIME}:2:15011`,
  ]);
/** Next's own count of a chunked body. */
const overLimit = () => {
  const error = errorWithStack("Body exceeded 1 MB limit.", [
    `Transform.transform [as _transform] (${RUNTIME}:17:13293)`,
    "Transform._write (node:internal/streams/transform:171:8)",
  ]);
  return Object.assign(error, { statusCode: 413 });
};
/** The action's own code failing (here on arguments that decoded to something else than it expects). */
const actionError = () =>
  errorWithStack(
    "Cannot read properties of undefined (reading 'get')",
    [`m (${APP_CHUNK}:1:878)`, `${RUNTIME}:18:3465`, "AsyncLocalStorage.run (node:async_hooks:346:14)", ...awaitedBy],
    TypeError,
  );
/** Next's cookies() refusing a call made by the application. */
const nextApiMisused = () =>
  errorWithStack("Cookies can only be modified in a Server Action or Route Handler.", [`Proxy.callable (${RUNTIME}:22:100)`, `render (${APP_CHUNK}:3:10)`]);
/** fetch() failing inside Node, reached through Next's patched fetch. */
const fetchFailed = () => errorWithStack("fetch failed", ["node:internal/deps/undici/undici:13502:13", `async patched (${RUNTIME}:40:1)`], TypeError);

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

type Scenario = { error?: () => Error; logAfterEnd?: boolean; status?: number; endOnly?: boolean };
const scenarios: Record<string, Scenario> = {
  "bad-json": { error: badJson },
  "bad-json-after-end": { error: badJson, logAfterEnd: true },
  "connection-closed": { error: connectionClosed },
  "forward-reference": { error: forwardReference },
  "over-limit": { error: overLimit },
  "bad-json-end-only": { error: badJson, logAfterEnd: true, endOnly: true },
  "action-error": { error: actionError },
  "action-error-end-only": { error: actionError, logAfterEnd: true, endOnly: true },
  ok: { status: 200 },
};

let nextCalls = 0;
/** "Next" behind its compression, as Next's request handler is in production (next.config.ts `compress`). */
async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  nextCalls++;
  const scenario = scenarios[String(req.headers["x-scenario"])] ?? scenarios.ok!;
  // A static body ended in one call, without compression (which would pass it through res.write).
  if (!scenario.endOnly) await new Promise<void>((resolve) => compression()(req, res, resolve));
  for await (const chunk of req) void chunk;
  res.statusCode = scenario.status ?? 500;
  res.setHeader("content-type", "text/x-component");
  res.setHeader("x-content-type-options", "nosniff");
  if (scenario.endOnly) {
    // A static body, in one call (no write before it).
    res.end('0:{"a":"$@1","q":"","i":false}\n1:E{"digest":"1100827737"}\n');
  } else {
    res.write('0:{"a":"$@1","q":"","i":false}\n');
    await tick();
  }
  if (scenario.error && !scenario.logAfterEnd) {
    await microtasks();
    console.error("⨯", scenario.error());
  }
  if (!scenario.endOnly) {
    res.write(res.statusCode === 200 ? '1:{"error":null}\n' : '1:E{"digest":"1100827737"}\n');
    res.end();
  }
  if (scenario.error && scenario.logAfterEnd) {
    await microtasks();
    console.error("⨯", scenario.error());
  }
}

let server: Server;
let base: string;
const logged: { level: string; args: unknown[] }[] = [];
const originals = { error: console.error, warn: console.warn };
beforeAll(async () => {
  // The console as the test sees it: what reaches it, after the guard's filter.
  console.error = (...args: unknown[]) => void logged.push({ level: "error", args });
  console.warn = (...args: unknown[]) => void logged.push({ level: "warn", args });
  guard.installActionErrorFilter();
  server = createServer((req, res) => {
    if (guard.refuseRequest(req, res)) return;
    void guard.handleAction(req, res, () => fakeNext(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  // The filter stays installed (once per process) but passes everything through outside action requests.
  Object.assign(console, originals);
});
beforeEach(() => {
  logged.length = 0;
  nextCalls = 0;
});

const action = (scenario: string, body = "[[[") =>
  fetch(`${base}/dang-nhap`, {
    method: "POST",
    headers: { "next-action": "60bef69988f193c433d2386e98ad80bac086f29f84", "content-type": "text/plain;charset=UTF-8", "x-scenario": scenario },
    body,
  });

/** A raw request: fetch() refuses TRACE, and cannot announce a length it does not send. */
function raw(method: string, pathname: string, headers: Record<string, string> = {}, body?: Buffer) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }>((resolve, reject) => {
    const req = httpRequest(`${base}${pathname}`, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

describe("methods Next does not handle", () => {
  it("answers TRACE, WebDAV and other methods with 405, Allow, the security headers and a short text, for pages, files and API routes alike", async () => {
    // (Methods Node's parser does not know, such as TRACK, get its 400 before any handler.)
    for (const method of ["TRACE", "PROPFIND", "MKCOL", "PURGE", "SEARCH"]) {
      for (const pathname of ["/", "/tin/bai-mot-1", "/favicon.ico", "/rss.xml", "/api/media/anh.webp", "/dang-nhap"]) {
        const answer = await raw(method, pathname);
        expect(answer.status, `${method} ${pathname}`).toBe(405);
        expect(answer.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        expect(answer.headers["x-content-type-options"]).toBe("nosniff");
        expect(answer.headers["x-frame-options"]).toBe(pathname === "/dang-nhap" ? "DENY" : "SAMEORIGIN");
        expect(answer.headers["content-type"]).toBe("text/plain; charset=utf-8");
        expect(answer.body).toBe("Phương thức không được hỗ trợ.");
      }
    }
    expect(nextCalls).toBe(0);
    expect(logged).toEqual([]);
  });

  it("lets through the methods Next answers itself", async () => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      expect((await raw(method, "/api/articles")).status, method).toBe(200);
    }
    expect(nextCalls).toBe(7);
  });
});

describe("malformed addresses", () => {
  it("answers a broken percent-escape outside the page front with 400 and a short text, and leaves the reader pages to proxy.ts", async () => {
    for (const pathname of ["/sitemaps/%ED%A0%80.xml", "/api/media/%E0%A4%A", "/dang-nhap/%ED%A0%80"]) {
      const refused = await raw("GET", pathname);
      expect(refused.status, pathname).toBe(400);
      expect(refused.body).toBe("Địa chỉ không hợp lệ.");
    }
    expect(nextCalls).toBe(0);
    // The page front answers these with the site's "not found" page (e2e/reader.spec.ts).
    await raw("GET", "/chuyen-muc/%E0%A4%A");
    await raw("GET", "/sitemaps/trang.xml");
    expect(nextCalls).toBe(2);
  });
});

describe("server-action bodies Next cannot decode", () => {
  it("refuses an announced body over Next's limit with 413 before Next reads it", async () => {
    const answer = await raw(
      "POST",
      "/dang-nhap",
      { "next-action": "60bef6", "content-type": "text/plain", "content-length": String(guard.ACTION_BODY_LIMIT + 1) },
      Buffer.alloc(1024, 97),
    );
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.body).toBe("Dữ liệu gửi lên quá lớn (tối đa 1 MB).");
    expect(nextCalls).toBe(0);
    expect(logged).toEqual([
      {
        level: "warn",
        args: [`⚠ Server action refused (413) POST /dang-nhap: Content-Length ${guard.ACTION_BODY_LIMIT + 1} over ${guard.ACTION_BODY_LIMIT} bytes`],
      },
    ]);
    // A body at the limit is Next's to read.
    expect((await action("ok", "a".repeat(guard.ACTION_BODY_LIMIT))).status).toBe(200);
  });

  it.each([
    ["bad-json", "Unexpected end of JSON input"],
    ["bad-json-after-end", "Unexpected end of JSON input"],
    ["bad-json-end-only", "Unexpected end of JSON input"],
    ["connection-closed", "Connection closed."],
    ["forward-reference", "Invalid forward reference."],
  ])("turns Next's 500 into a 400 and its stack into one line (%s)", async (scenario, reason) => {
    const answer = await action(scenario);
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(answer.headers.get("content-encoding")).toBeNull();
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await answer.text()).toBe("Yêu cầu không hợp lệ.");
    await tick();
    expect(logged).toEqual([{ level: "warn", args: [`⚠ Server action refused (400) POST /dang-nhap: ${reason}`] }]);
  });

  it("answers 413 when Next's own count stops a chunked body", async () => {
    const answer = await action("over-limit");
    expect(answer.status).toBe(413);
    expect(await answer.text()).toBe("Dữ liệu gửi lên quá lớn (tối đa 1 MB).");
    expect(logged).toEqual([{ level: "warn", args: ["⚠ Server action refused (413) POST /dang-nhap: Body exceeded 1 MB limit."] }]);
  });

  it("leaves an action's own failure a 500, Next's body and its log as they were", async () => {
    const answer = await action("action-error", "[]");
    expect(answer.status).toBe(500);
    expect(answer.headers.get("content-encoding")).toBe("gzip");
    expect(await answer.text()).toBe('0:{"a":"$@1","q":"","i":false}\n1:E{"digest":"1100827737"}\n');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.level).toBe("error");
    expect((logged[0]!.args[1] as Error).message).toBe("Cannot read properties of undefined (reading 'get')");
  });

  it("sends a 500 ended in one call as it was when nothing was refused", async () => {
    const answer = await action("action-error-end-only", "[]");
    expect(answer.status).toBe(500);
    expect(await answer.text()).toBe('0:{"a":"$@1","q":"","i":false}\n1:E{"digest":"1100827737"}\n');
    expect(logged.map((entry) => entry.level)).toEqual(["error"]);
  });

  it("passes a successful action through untouched", async () => {
    const answer = await action("ok", "[]");
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('0:{"a":"$@1","q":"","i":false}\n1:{"error":null}\n');
    expect(logged).toEqual([]);
  });

  it("does not touch a 500 or a log outside server-action requests", async () => {
    const page = await fetch(`${base}/tin/bai-mot-1`, { headers: { "x-scenario": "bad-json" } });
    expect(page.status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.level).toBe("error");
  });
});

describe("which errors are the body's fault", () => {
  it("those Next's runtime throws on its own: React's reply decoder, its multipart parser, its size limit", () => {
    expect(guard.isBodyDecodingError(badJson())).toBe(400);
    expect(guard.isBodyDecodingError(connectionClosed())).toBe(400);
    expect(guard.isBodyDecodingError(forwardReference())).toBe(400);
    expect(guard.isBodyDecodingError(overLimit())).toBe(413);
  });

  it("not the action's errors, Next's on the application's behalf, Node's, or anything without a stack", () => {
    expect(guard.isBodyDecodingError(actionError())).toBe(0);
    expect(guard.isBodyDecodingError(nextApiMisused())).toBe(0);
    expect(guard.isBodyDecodingError(fetchFailed())).toBe(0);
    expect(guard.isBodyDecodingError(errorWithStack("x", ["JSON.parse (<anonymous>)", `parse (${APP_CHUNK}:1:1)`], SyntaxError))).toBe(0);
    expect(guard.isBodyDecodingError(Object.assign(new Error("x"), { stack: undefined }))).toBe(0);
    expect(guard.isBodyDecodingError("Connection closed.")).toBe(0);
  });

  it("the real thing: Next's vendored multipart parser on a cut-off body", async () => {
    const busboy = load("next/dist/compiled/busboy") as (options: { headers: Record<string, string> }) => NodeJS.WritableStream;
    const parser = busboy({ headers: { "content-type": "multipart/form-data; boundary=zz" } });
    const failed = new Promise<Error>((resolve) => parser.on("error", resolve));
    // Fed by a stream, as Next pipes the request into it: the parser's end is called by Node, not by the test.
    Readable.from([Buffer.from("--zz\r\nbroken")]).pipe(parser);
    const error = await failed;
    expect(error.message).toBe("Unexpected end of form");
    expect(guard.isBodyDecodingError(error)).toBe(400);
  });
});

describe("the limit", () => {
  it("is Next's default, which next.config.ts keeps", () => {
    expect(guard.ACTION_BODY_LIMIT).toBe(1024 * 1024);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBeUndefined();
  });
});
