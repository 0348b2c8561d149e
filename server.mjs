// The production server: Next's request handler behind the page front (lib/cache/page-front.cjs),
// which answers repeat requests for cached pages without running Next's pipeline.
// Usage: node server.mjs [-p PORT] [-H HOST]   (after `next build`; PORT is read as well)
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

process.env.NODE_ENV = "production";
const root = path.dirname(fileURLToPath(import.meta.url));
const flag = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const port = Number(flag("-p") ?? process.env.PORT ?? 3000);
// The scheduler's timer (instrumentation.ts) calls this server on its own port.
process.env.PORT = String(port);
/** All interfaces unless -H is given. */
const hostname = flag("-H");

const { default: next } = await import("next");
const require = createRequire(import.meta.url);
const front = require("./lib/cache/page-front.cjs");
// The socket's address, for TRUSTED_PROXY_HOPS=0 (lib/http/client-address.ts).
const peer = require("./lib/http/peer-address.cjs");
peer.announcePeerAddresses();
// Unsupported methods (405) and server-action bodies Next cannot decode (400, 413): lib/http/request-guard.cjs.
const guard = require("./lib/http/request-guard.cjs");
guard.installActionErrorFilter();

const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  peer.notePeerAddress(req);
  if (guard.refuseRequest(req, res)) return;
  if (front.serveFromCache(req, res)) return;
  guard
    .handleAction(req, res, () => front.handleThroughNext(req, res, () => handle(req, res)))
    .catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Lỗi máy chủ");
    });
});
server.listen(port, hostname, () => {
  console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
