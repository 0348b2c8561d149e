import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";

/**
 * A bounded hostile run over every route of app/ (read from the folder, so a new route is fuzzed
 * without touching this file) and the sign-in and sign-out server actions: wrong methods, broken and
 * oversized bodies, lone surrogates and control characters, odd route parameters, as a visitor and as
 * a signed-in admin. The server may refuse anything, never with a 5xx. A few hundred requests.
 */

type Send = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer };

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"];
const HALF = "\ud800";
const JSON_BODIES = [
  "[[[",
  "",
  `{"title":"Tin\\ud800","sapo":"\\u0000\\u0007","body":{"type":"doc","content":[{"type":"text","text":"\\udc00"}]}}`,
  '{"a":'.repeat(200),
];
const ACTION_BODIES: [string, string | Buffer][] = [
  ["text/plain;charset=UTF-8", "[[["],
  ["text/plain;charset=UTF-8", ""],
  ["text/plain;charset=UTF-8", '["$@1","$K2"]'],
  // Decodable, but not the form the action expects.
  ["text/plain;charset=UTF-8", '["x"]'],
  ["text/plain;charset=UTF-8", '[null,{"get":1}]'],
  ["text/plain;charset=UTF-8", `["${HALF}"]`],
  ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="1_email"\r\n\r\n\u0000\r\n--x--'],
  ["text/plain;charset=UTF-8", Buffer.alloc(2 * 1024 * 1024, 91)],
];

/** Route files of app/ as URL patterns: "(site)/tin/[slugId]/page.tsx" → "/tin/[slugId]". */
function appRoutes(): string[] {
  const files = fs.readdirSync(path.resolve("app"), { recursive: true }).map(String);
  return files
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => `/${path.dirname(file)}`.replace(/\/\([^)]+\)/g, "").replace(/^\/\.$/, "/") || "/")
    .sort();
}

/** The server actions a page's forms post: `$ACTION_ID_<id>` fields, or `{"id":"<id>",…}` for useActionState forms. */
function actionIds(html: string): string[] {
  const ids = [...html.matchAll(/\$ACTION_ID_([0-9a-f]+)|&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set(ids)];
}

function send(baseURL: string, request: Send): Promise<number> {
  const url = new URL(request.path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: request.method, headers: request.headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", (error) => (/ECONNRESET|EPIPE/.test(error.message) ? resolve(-1) : reject(error)));
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer to ${request.method} ${request.path}`)));
    req.end(request.body);
  });
}

test("no route answers a hostile request with a server error", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const home = await (await page.request.get("/")).text();
  const article = /href="(\/tin\/[^"?#]+-(\d+))"/.exec(home)!;
  const category = /href="\/chuyen-muc\/([a-z0-9-]+)"/.exec(home)![1]!;
  const official = /href="\/lanh-dao\/([a-z0-9-]+)"/.exec(await (await page.request.get("/lanh-dao")).text())![1]!;
  const author = /href="\/tac-gia\/([a-z0-9-]+)"/.exec(await (await page.request.get(article[1]!)).text())?.[1] ?? "khong-co";
  const week = /href="\/lich-cong-tac\/(\d{4}-\d{2}-\d{2})"/.exec(await (await page.request.get("/lich-cong-tac")).text())![1]!;
  const media = decodeURIComponent(/(%2Fapi%2Fmedia%2F[\w\-.%]+?\.(?:webp|png|jpg))/.exec(home)?.[1] ?? "/api/media/khong-co.png").replace("/api/media/", "");

  const documentParam = /href="\/van-ban\/([a-z0-9-]+-\d+)"/.exec(await (await page.request.get("/van-ban")).text())![1]!;
  // Real values reach the deep code paths; odd ones the parsing.
  const odd = ["%00", "%ED%A0%80", "a".repeat(300), "..%2F..%2Fetc%2Fpasswd", "-1"];
  const values: Record<string, string[]> = {
    slugId: [article[1]!.slice("/tin/".length), ...odd],
    slug: odd,
    id: [article[2]!, "abc", "99999999"],
    page: ["2", "0", "abc"],
    edition: ["chung", "x"],
    // Shared by the sitemaps and the schedule's iCalendar feeds.
    file: ["trang.xml", "bai-viet-1.xml", "bai-viet-999.xml", "%00.xml", "tat-ca.ics", `${official}.ics`, "%ED%A0%80.ics"],
    // This week's Monday (as /lich-cong-tac links it), then a day that is not a Monday and odd ones.
    week: [week, "2026-12-08", "2026-02-30", ...odd],
    leader: [official, ...odd],
    "...path": [media, "%00", "../../package.json"],
    "...nextauth": ["session", "csrf", "providers", "callback/credentials"],
    // A demo question's tracking code (lib/seed/questions.ts), then odd ones.
    code: ["DEMQA00001", "abc", ...odd],
    // The demo drafts' files are the first rows (lib/seed/consultations.ts).
    fileId: ["1", "abc", "99999999", ...odd],
    // A demo document's "<slug>-<id>" (lib/seed/documents.ts), then odd ones.
    param: [documentParam, "khong-co-99999999", ...odd],
  };
  // Per route, its addresses: the first with real values, then each parameter's odd ones in turn.
  const draft = /href="\/lay-y-kien\/([a-z0-9-]+)"/.exec(await (await page.request.get("/lay-y-kien")).text())![1]!;
  const realSlug: Record<string, string> = { "chuyen-muc": category, "lanh-dao": official, "tac-gia": author, "lay-y-kien": draft };
  const routes = appRoutes().map((route) => {
    const params = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
    const own: Record<string, string[]> = { ...values, slug: [realSlug[route.split("/")[1]!] ?? "khong-co", ...odd] };
    const fill = (varied: number, value: string) => {
      let n = 0;
      return route.replace(/\[[^\]]+\]/g, () => (n++ === varied ? value : own[params[n - 1]!]![0]!));
    };
    const samples = params.length ? [...new Set(params.flatMap((param, i) => own[param]!.map((value) => fill(i, value))))] : [route];
    return { route, samples, nothing: fill(params.indexOf("id"), "99999999") };
  });
  // Addresses that next.config.ts rewrites to a route with a parameter, and odd queries.
  const extras = [
    "/",
    "/lanh-dao",
    `/chuyen-muc/${category}?trang=2`,
    // A lone surrogate as UTF-8 bytes (no encoder writes it; a client can).
    "/tim-kiem?q=t%E1%BB%89nh%ED%A0%80",
    "/tim-kiem?q=%00%01&tu-ngay=2022-02-30&trang=abc",
    `/chuyen-muc/${category}?trang=%ED%A0%80`,
    `/lay-y-kien/${draft}/gop-y?ma=%ED%A0%80`,
    `/lay-y-kien/${draft}/gop-y?ma=DEMGY00001&ma=x`,
    "/lay-y-kien?trang=%00",
    "/van-ban?q=%00&nam=abc&hieu-luc=x&trang=0&loai=%ED%A0%80",
    "/van-ban?q=12%2FNQ-TU%ED%A0%80&linh-vuc=%00",
  ];

  const signInActions = actionIds(await (await page.request.get("/dang-nhap")).text());
  await signInAsAdmin(page);
  const staffCookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const origin = new URL(baseURL!).origin;

  const requests: Send[] = [];
  for (const { samples } of routes) {
    for (const method of METHODS) requests.push({ method, path: samples[0]! });
    for (const target of samples.slice(1)) for (const method of ["GET", "POST"]) requests.push({ method, path: target });
  }
  for (const target of extras) for (const method of ["GET", "POST"]) requests.push({ method, path: target });
  for (const { samples, nothing } of routes.filter((r) => r.route.startsWith("/api/"))) {
    for (const body of JSON_BODIES) {
      const json = { "content-type": "application/json", origin };
      requests.push({ method: "POST", path: samples[0]!, body, headers: json });
      // Signed in, only an id that names nothing: a junk body must not lock or delete a real article.
      requests.push({ method: "POST", path: nothing, body, headers: { ...json, cookie: staffCookie } });
    }
  }

  // Server actions: the sign-in form's (read before signing in), and the staff pages' (sign-out, profile).
  const staffActions = actionIds(await (await page.request.get("/admin/ho-so")).text());
  expect(signInActions.length, "the sign-in form posts a server action").toBeGreaterThan(0);
  expect(staffActions.length, "the staff pages post server actions").toBeGreaterThan(0);
  const actions: [string, string, string][] = [
    ...signInActions.map((id): [string, string, string] => [id, "/dang-nhap", ""]),
    ...staffActions.map((id): [string, string, string] => [id, "/admin/ho-so", staffCookie]),
  ];
  for (const [actionId, target, cookie] of actions) {
    for (const [type, body] of ACTION_BODIES) {
      requests.push({
        method: "POST",
        path: target,
        body,
        headers: { "next-action": actionId, "content-type": type, origin, accept: "text/x-component", ...(cookie ? { cookie } : {}) },
      });
    }
  }

  expect(requests.length).toBeGreaterThan(300);
  // Bounded by the routes' number, so a new route does not need this file changed.
  expect(requests.length).toBeLessThan(40 * routes.length);
  const failures = new Set<string>();
  for (const request of requests) {
    const status = await send(baseURL!, request);
    if (status >= 500) failures.add(`${request.method} ${request.path} → ${status}${request.headers?.["next-action"] ? " (server action)" : ""}`);
  }
  expect([...failures]).toEqual([]);
});
