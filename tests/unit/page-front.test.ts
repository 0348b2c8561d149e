import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

// The page front in front of a stand-in for Next: the stand-in renders a page, stores it through the
// real cache handler (as Next does), and counts its renders, so each test sees whether a request was
// answered by the front (no render) or went through "Next".
type Handler = {
  get(key: string, ctx?: { kind?: string }): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: { revalidate: number; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
const load = createRequire(import.meta.url);
const CacheHandler = load("../../lib/cache/next-cache-handler.cjs") as new () => Handler;
const front = load("../../lib/cache/page-front.cjs") as {
  serveFromCache(req: IncomingMessage, res: ServerResponse): boolean;
  handleThroughNext(req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void>;
};

const cache = new CacheHandler();
let renders = 0;
let revalidateSeconds = 86400;

/** "Next": a page per path, tagged by the article id in it; a cache hit when the handler has it. */
async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  // proxy.ts's rewrite to the site's 404 page, with status 404: one cached page for every missing address.
  if (req.url!.startsWith("/tac-gia/khong-ai")) {
    res.statusCode = 404;
    req.url = "/khong-tim-thay/chung";
  }
  const path = new URL(req.url!, "http://x").pathname;
  const key = `/route-cache/APP_PAGE/test/$${path}`;
  let entry = (await cache.get(key, { kind: "APP_PAGE" }))?.value as { html: string; status: number } | undefined;
  if (!entry) {
    renders++;
    const id = path.split("-").pop();
    entry = {
      html: `<!DOCTYPE html><html lang="vi"><body><h1>Bài ${id} – Đảng bộ tỉnh</h1>${"<p>Nội dung</p>".repeat(200)}</body></html>`,
      status: path.includes("khong-co") ? 404 : 200,
    };
    await cache.set(
      key,
      { kind: "APP_PAGE", ...entry, headers: { "x-next-cache-tags": `article:${id}` } },
      { cacheControl: { revalidate: revalidateSeconds, expire: 31536000 } },
    );
  }
  // As Next's send-payload does for a cached page; a dynamic one gets no-store.
  res.setHeader(
    "Cache-Control",
    path.startsWith("/dong/")
      ? "private, no-cache, no-store, max-age=0, must-revalidate"
      : `s-maxage=${revalidateSeconds}, stale-while-revalidate=${31536000 - revalidateSeconds}`,
  );
  res.writeHead(res.statusCode === 404 ? 404 : entry.status, { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "MISS" });
  res.end(entry.html);
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (front.serveFromCache(req, res)) return;
    void front.handleThroughNext(req, res, () => fakeNext(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  renders = 0;
  revalidateSeconds = 86400;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe("the page front", () => {
  it("answers a repeat request for a cached page itself, with the same page and Next's cache headers", async () => {
    const first = await get("/tin/bai-mot-1");
    const html = await first.text();
    const second = await get("/tin/bai-mot-1");
    expect(renders).toBe(1);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(html);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.headers.get("cache-control")).toBe("public, no-cache");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("vary")).toContain("Accept-Encoding");
  });

  it("tells CDNs and browsers to ask each time for a cached page, which only this server knows has expired", async () => {
    const fromNext = await get("/tin/bai-cdn-11");
    expect(fromNext.headers.get("x-nextjs-cache")).toBe("MISS");
    expect(fromNext.headers.get("cache-control")).toBe("public, no-cache");
    expect((await get("/tin/bai-cdn-11")).headers.get("cache-control")).toBe("public, no-cache");
    // A page Next renders for every request keeps Next's no-store.
    expect((await get("/dong/bai-12")).headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });

  it("sends the site's security headers with a page it answers itself, as Next does (next.config.ts)", async () => {
    await get("/tin/bai-an-toan-7");
    const cached = await get("/tin/bai-an-toan-7");
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(cached.headers.get("x-content-type-options")).toBe("nosniff");
    expect(cached.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(cached.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("sends gzip or brotli to browsers that accept them, and 304 for a known ETag", async () => {
    await get("/tin/bai-hai-2");
    const gzip = await get("/tin/bai-hai-2", { "accept-encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toContain("Bài 2 – Đảng bộ tỉnh");
    const br = await get("/tin/bai-hai-2", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toContain("Bài 2 – Đảng bộ tỉnh");
    const etag = br.headers.get("etag")!;
    const notModified = await get("/tin/bai-hai-2", { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect((await get("/tin/bai-hai-2", { "if-none-match": `W/${etag}` })).status).toBe(304);
    expect(renders).toBe(1);
  });

  it("keeps a cached 404 a 404", async () => {
    await get("/chuyen-muc/khong-co-9");
    const again = await get("/chuyen-muc/khong-co-9");
    expect(again.status).toBe(404);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(renders).toBe(1);
  });

  it("leaves to Next an address proxy.ts answered with the cached 404 page: the front knows neither its status nor when it stops being missing", async () => {
    for (let i = 0; i < 3; i++) expect((await get("/tac-gia/khong-ai")).status).toBe(404);
    // Rendered once, then read from the cache by "Next" (not the front) each time.
    expect(renders).toBe(1);
  });

  it("stops serving a page as soon as one of its tags is revalidated", async () => {
    await get("/tin/bai-ba-3");
    await get("/tin/bai-bon-4");
    await new Promise((r) => setTimeout(r, 2));
    await cache.revalidateTag("article:3", { expire: 0 });
    expect((await get("/tin/bai-ba-3")).headers.get("x-nextjs-cache")).toBe("MISS");
    expect((await get("/tin/bai-bon-4")).headers.get("x-nextjs-cache")).toBe("HIT");
    expect(renders).toBe(3);
  });

  it("leaves to Next what Next must answer: RSC and prefetch requests, draft mode, other methods", async () => {
    await get("/tin/bai-nam-5");
    const toNext = [
      get("/tin/bai-nam-5", { rsc: "1" }),
      get("/tin/bai-nam-5", { "next-router-prefetch": "1" }),
      get("/tin/bai-nam-5?_rsc=abc"),
      get("/tin/bai-nam-5", { cookie: "__prerender_bypass=xyz" }),
      fetch(base + "/tin/bai-nam-5", { method: "POST" }),
    ];
    for (const response of await Promise.all(toNext)) expect(response.headers.get("x-nextjs-cache")).toBe("MISS");
  });

  it("hands a page past its revalidate time back to Next", async () => {
    revalidateSeconds = 0.05;
    await get("/tin/bai-sau-6");
    expect((await get("/tin/bai-sau-6")).headers.get("x-nextjs-cache")).toBe("HIT");
    await new Promise((r) => setTimeout(r, 80));
    expect((await get("/tin/bai-sau-6")).headers.get("x-nextjs-cache")).toBe("MISS");
  });
});
