import http from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";

// lib/http/security-headers.cjs: sent by Next (next.config.ts) and by the page front for cached pages.
function expectSiteHeaders(response: APIResponse | { headers(): Record<string, string> }, framing: "SAMEORIGIN" | "DENY") {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe(framing);
  if (framing === "DENY") expect(headers["content-security-policy"]).toBe("frame-ancestors 'none'");
}

test("reader pages carry the security headers, also when the page front answers from the cache", async ({ request }) => {
  for (const path of ["/", "/lanh-dao", "/tim-kiem?q=tinh", "/rss.xml", "/tin/khong-ton-tai-987654", "/khong-co"]) {
    const first = await request.get(path);
    expectSiteHeaders(first, "SAMEORIGIN");
  }
  const home = await request.get("/");
  expect(home.headers()["x-nextjs-cache"]).toBe("HIT");
  expectSiteHeaders(home, "SAMEORIGIN");

  // An image keeps its own stricter policy, each header once.
  // (The home page's pictures are next/image renditions of a library image: /_next/image?url=<its address>.)
  const image = decodeURIComponent(/url=(%2Fapi%2Fmedia%2F[\w\-.%]+?\.(?:webp|png|jpg))&/.exec(await home.text())![1]!);
  const media = await request.get(image);
  expect(media.status()).toBe(200);
  expectSiteHeaders(media, "SAMEORIGIN");
  expect(media.headers()["content-security-policy"]).toBe("default-src 'none'");
});

test("the sign-in page and the staff area may not be framed", async ({ page, request }) => {
  expectSiteHeaders(await request.get("/dang-nhap"), "DENY");
  const gate = await request.get("/admin/bai-viet", { maxRedirects: 0 });
  expect(gate.status()).toBe(307);
  expectSiteHeaders(gate, "DENY");

  const responses: Record<string, string>[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/admin/nhan-su" && response.request().resourceType() === "document") responses.push(response.headers());
  });
  await signInAsAdmin(page);
  await page.goto("/admin/nhan-su");
  expect(responses.length).toBeGreaterThan(0);
  expectSiteHeaders({ headers: () => responses[0]! }, "DENY");
});

test("the view-count beacon refuses a POST from another site", async ({ request }) => {
  const refused = await request.post("/api/luot-xem/1", { headers: { origin: "https://quang-cao.example" } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "Yêu cầu từ trang khác bị từ chối." });
});

test("a staff JSON route refuses an anonymous caller before reading the body", async ({ request }) => {
  const refused = await request.post("/api/articles", { headers: { "content-type": "application/json" }, data: "{không phải json" });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "Bạn cần đăng nhập để thực hiện thao tác này." });
});

test("an anonymous upload is refused before its body is read (no 10 MB buffered for nobody)", async ({ baseURL }) => {
  const url = new URL("/api/thu-vien", baseURL);
  // Announces 9 MB and sends 1 KB: the answer must come without waiting for the rest.
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(9 * 1024 * 1024) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", (error) => (req.destroyed ? undefined : reject(error)));
    req.setTimeout(5_000, () => {
      req.destroy();
      resolve(-1);
    });
    req.write(Buffer.alloc(1024, 120));
  });
  expect(status).toBe(401);
});
