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
    const req = http.request(
      url,
      { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(9 * 1024 * 1024) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on("error", (error) => (req.destroyed ? undefined : reject(error)));
    req.setTimeout(5_000, () => {
      req.destroy();
      resolve(-1);
    });
    req.write(Buffer.alloc(1024, 120));
  });
  expect(status).toBe(401);
});

// lib/http/request-guard.cjs: methods Next does not handle, and server-action bodies it cannot decode.
/** A raw request: the status and headers of the answer, whatever the client still had to send. */
function rawRequest(url: URL, method: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on("error", (error) => (req.destroyed ? undefined : reject(error)));
    if (body) req.write(body);
    req.end();
  });
}

test("TRACE and WebDAV methods are refused with 405 and Allow on pages, files and API routes", async ({ baseURL }) => {
  for (const method of ["TRACE", "PROPFIND"]) {
    for (const path of ["/", "/tin/khong-ton-tai-987654", "/favicon.ico", "/rss.xml", "/api/media/khong-co.webp", "/api/articles"]) {
      const answer = await rawRequest(new URL(path, baseURL), method, {});
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
  }
});

test("a server action's body Next cannot decode is refused with 400, one over 1 MB with 413; signing in still works, with and without JavaScript", async ({
  browser,
  baseURL,
  request,
}) => {
  const signInPage = await (await request.get("/dang-nhap")).text();
  const actionId = /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(signInPage)![1]!;
  const headers = { "next-action": actionId, origin: baseURL!, accept: "text/x-component" };
  const post = (data: string) => request.post("/dang-nhap", { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data });

  for (const body of ["[[[", "", '["$1"]']) {
    const refused = await post(body);
    expect(refused.status(), JSON.stringify(body)).toBe(400);
    expect(await refused.text()).toBe("Yêu cầu không hợp lệ.");
    expectSiteHeaders(refused, "DENY");
  }
  // Multipart, as a form with a file is sent: a part that refers to one that never comes.
  const forward = await request.post("/dang-nhap", { headers, multipart: { "0": '["$1"]' } });
  expect(forward.status()).toBe(400);
  // Over Next's 1 MB: announced (refused before it is read), and chunked (refused by Next's own count).
  const tooLarge = await post("a".repeat(1024 * 1024 + 1));
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toBe("Dữ liệu gửi lên quá lớn (tối đa 1 MB).");
  const chunked = await rawRequest(
    new URL("/dang-nhap", baseURL),
    "POST",
    { ...headers, "content-type": "text/plain;charset=UTF-8", "transfer-encoding": "chunked" },
    Buffer.alloc(2 * 1024 * 1024, 97),
  );
  expect(chunked.status).toBe(413);

  // The sign-out actions, as a signed-in admin: a broken body signs nobody out.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAsAdmin(page);
  // Sign out (every admin page) and sign out everywhere (the profile page), their ids as served
  // (hydrated forms drop the hidden inputs that name their action).
  let refusals = 0;
  for (const path of ["/admin", "/admin/ho-so"]) {
    const served = await (await page.request.get(path)).text();
    for (const [, id] of served.matchAll(/\$ACTION_ID_([0-9a-f]{40,})/g)) {
      for (const data of ["[[[", '["$1"]']) {
        const refused = await page.request.post(path, { headers: { ...headers, "next-action": id!, "content-type": "text/plain;charset=UTF-8" }, data });
        expect(refused.status(), `${path} ${id} ${data}`).toBe(400);
        refusals++;
      }
    }
  }
  expect(refusals).toBe(6);
  await page.goto("/admin");
  await expect(page.getByTestId("current-user")).toHaveText("Quản trị viên");
  await context.close();

  // Without JavaScript the sign-in form posts multipart/form-data without a Next-Action header.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await signInAsAdmin(plain);
  await expect(plain.getByTestId("current-user")).toHaveText("Quản trị viên");
  await noScript.close();
});
