// npm run bench — the reader site under load: the production build on PostgreSQL, seeded with the demo
// content plus BENCH_ARTICLES (default 100,000) generated articles, one server process (server.mjs), autocannon
// at 32 connections per page type, cached and uncached; and the SQL statements one uncached render sends
// (counted by a proxy in front of PostgreSQL). Needs `next build` first (run automatically if missing).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { createFreshDatabase } from "../tests/support/test-database";
import { startFrameworkFloor } from "./bench-floor";
import { startSqlCounter } from "./bench-sql-counter";
import { explainSearch, percentiles, SEARCHES, searchFunctionLatency } from "./search-latency";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const base = `http://127.0.0.1:${PORT}`;

type Row = { page: string; mode: string; rps: number; p50: number; p99: number; queries: number | string; note?: string };

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) run("next build", path.resolve("node_modules/next/dist/bin/next"), ["build"], process.env);
  process.env.TEST_DB = "postgres";
  const fresh = await createFreshDatabase("bench");
  let server: ChildProcess | undefined;
  const counter = await startSqlCounter({
    host: "127.0.0.1",
    port: new URL(fresh.env.DATABASE_URL!).port ? Number(new URL(fresh.env.DATABASE_URL!).port) : 5432,
  });
  currentCounter = counter;
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...fresh.env,
      ADMIN_PASSWORD: "bench-mat-khau-quan-tri",
      AUTH_SECRET: "bench-only-secret-bench-only-secret-0123",
    };
    run("migrate", process.execPath, ["--import", "tsx", "scripts/migrate.ts"], env);
    console.log(`Seeding ${ARTICLES} generated articles…`);
    run("seed", process.execPath, ["--import", "tsx", "scripts/seed.ts", "--bulk", String(ARTICLES)], env);
    const direct = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
    await direct.connect();
    await direct.query(`VACUUM ANALYZE`);
    const ids = (
      await direct.query<{ id: number; slug: string }>(`SELECT "id", "slug" FROM "Article" WHERE "status" = 'PUBLISHED' ORDER BY random() LIMIT 20000`)
    ).rows;
    const categories = (
      await direct.query<{ slug: string; n: string }>(
        `SELECT c."slug", count(a."id") n FROM "Category" c JOIN "Article" a ON a."categoryId" = c."id" GROUP BY c."slug"`,
      )
    ).rows;
    const plan = await explainSearch(direct, "chuyen doi so");
    await direct.end();
    process.env.DATABASE_URL = fresh.env.DATABASE_URL;
    const searchQueryLatency = (await searchFunctionLatency()).overall;
    await (await import("../lib/db")).closeDatabase();

    const proxied = new URL(fresh.env.DATABASE_URL!);
    proxied.host = `127.0.0.1:${counter.port}`;
    server = spawn(process.execPath, [path.resolve("server.mjs"), "-p", String(PORT)], {
      // No scheduler: its run every 5 s would add its statements to the SQL counts of the requests.
      env: { ...env, DATABASE_URL: proxied.toString(), SITE_URL: base, SCHEDULER_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForServer();

    const articlePath = (i: number) => `/tin/${ids[i]!.slug}-${ids[i]!.id}`;
    // Shared data (menu, settings) is cached by the first requests, as on a live site.
    await fetch(`${base}/tim-kiem?q=khoi+dong`);
    const rows: Row[] = [];

    const queriesFor = async (url: string) => {
      await settle();
      const before = counter.count();
      const response = await fetch(base + url);
      await response.arrayBuffer();
      return counter.count() - before;
    };

    // Article
    const articleQueries = await queriesFor(articlePath(0));
    rows.push(await measure("bài viết", "có cache", [articlePath(0)], { warm: true }));
    rows.push(await measure("bài viết", "có cache, nén (trình duyệt)", [articlePath(0)], { warm: true, headers: BROWSER_HEADERS }));
    rows.push({
      ...(await measure(
        "bài viết",
        "không cache",
        ids.slice(1).map((_, i) => articlePath(i + 1)),
      )),
      queries: articleQueries,
    });
    rows.push(await measure("bài viết, slug cũ (301)", "proxy.ts", [`/tin/ten-cu-${ids[0]!.id}`], { warm: true }));
    // Home
    const homeQueries = await queriesFor("/");
    rows.push({ ...(await measure("trang chủ", "có cache", ["/"], { warm: true })), note: `${homeQueries} SQL on its first render` });
    rows.push(await measure("trang chủ", "có cache, nén (trình duyệt)", ["/"], { warm: true, headers: BROWSER_HEADERS }));
    // Category
    const categoryUrls = categories.flatMap((c) =>
      Array.from({ length: Math.min(50, Math.floor(Number(c.n) / 20)) - 1 }, (_, p) => `/chuyen-muc/${c.slug}?trang=${p + 2}`),
    );
    const categoryQueries = await queriesFor(categoryUrls[0]!);
    rows.push(await measure("chuyên mục", "có cache", [categoryUrls[0]!], { warm: true }));
    await settle();
    rows.push({ ...(await measure("chuyên mục", "không cache", categoryUrls.slice(1))), queries: categoryQueries });
    // Search (never page-cached)
    const searchUrls = SEARCHES.flatMap((q) => [1, 2, 3].map((p) => `/tim-kiem?q=${encodeURIComponent(q)}${p > 1 ? `&trang=${p}` : ""}`));
    const searchQueries = await queriesFor(searchUrls[0]!);
    rows.push({ ...(await measure("tìm kiếm", "không cache", searchUrls)), queries: searchQueries });
    const searchLatency = await sequentialLatency(searchUrls, 200);

    const beforeBeacon = counter.count();
    await (await fetch(`${base}/api/luot-xem/${ids[0]!.id}`, { method: "POST" })).arrayBuffer();
    const viewBeacon = counter.count() - beforeBeacon;
    const canonicalRedirect = await fetch(`${base}/tin/ten-cu-${ids[0]!.id}`, { redirect: "manual" });
    await settle();
    server.kill("SIGTERM");
    server = undefined;
    rows.push(await measureFrameworkFloor());

    console.log(
      `\n## Reader site benchmark (${ARTICLES.toLocaleString("en")} generated articles, PostgreSQL, one server process, ${CONNECTIONS} connections, ${DURATION} s each)\n`,
    );
    console.log("| trang | chế độ | req/s | p50 (ms) | p99 (ms) | SQL | ghi chú |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: | --- |");
    for (const r of rows) console.log(`| ${r.page} | ${r.mode} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.queries} | ${r.note ?? ""} |`);
    console.log(
      `\nSearch, one connection, ${searchLatency.n} requests over ${searchUrls.length} queries: p50 ${searchLatency.p50} ms, p95 ${searchLatency.p95} ms (whole HTTP request, page render included).`,
    );
    console.log(
      `Search function (lib/search searchArticles, the SQL of one results page with its count), ${searchQueryLatency.n} calls: p50 ${searchQueryLatency.p50} ms, p95 ${searchQueryLatency.p95} ms.`,
    );
    console.log(`View beacon: ${viewBeacon} SQL statement(s) for a first view of an article (later views are batched).`);
    console.log(`Old slug → ${canonicalRedirect.status} ${canonicalRedirect.headers.get("location")}`);
    console.log(
      `\nSearch plans at ${ARTICLES} articles ("chuyen doi so", article_search_matches and the statements it runs):\n${plan.map((p) => p.replace(/^/gm, "    ")).join("\n")}`,
    );
  } finally {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await counter.close();
    await fresh.drop().catch(() => undefined);
  }
}

/** Waits until requests still queued from the last load test have finished (no SQL for a second). */
async function settle() {
  let last = -1;
  for (let i = 0; i < 60 && currentCounter && currentCounter.count() !== last; i++) {
    last = currentCounter.count();
    await new Promise((r) => setTimeout(r, 1000));
  }
}

let currentCounter: { count(): number } | undefined;

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const step = spawnSync(command, args, { env, stdio: "inherit" });
  if (step.status !== 0) throw new Error(`${name} failed`);
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("the server did not start");
}

/** What a browser sends: cached pages then come precompressed from the page front. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

type MeasureOptions = { queries?: number | string; warm?: boolean; headers?: Record<string, string>; origin?: string };

/**
 * autocannon over `urls` (in turn: each distinct URL is a first, uncached render until they run out).
 * `warm`: the URLs are fetched once and loaded for 2 s unmeasured first (the JIT warms up, as on a
 * server that has been up for a while).
 */
async function measure(page: string, mode: string, urls: string[], { queries, warm = false, headers, origin = base }: MeasureOptions = {}): Promise<Row> {
  if (warm) {
    for (const url of urls) await (await fetch(origin + url, { headers })).arrayBuffer();
    await load(origin, urls, 2, headers);
  }
  const before = currentCounter?.count() ?? 0;
  const { result, requests } = await load(origin, urls, DURATION, headers);
  const note = result.non2xx ? `${result.non2xx} non-2xx` : undefined;
  // Cached rows: the SQL statements sent during the whole run (0 when every request was a cache hit).
  if (queries === undefined) queries = warm ? `${(currentCounter?.count() ?? 0) - before} in ${requests} requests` : "";
  if (requests > urls.length && !warm) console.log(`  (${page}, ${mode}: ${requests} requests for ${urls.length} URLs; some were cache hits)`);
  return { page, mode, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, queries, note };
}

async function load(origin: string, urls: string[], seconds: number, headers?: Record<string, string>) {
  let requests = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...headers }, path: urls[requests++ % urls.length]! }) }],
  });
  return { result, requests };
}

/**
 * The same uncached load on an empty ISR page served by Next alone (scripts/bench-floor.ts): what any
 * first render costs here before the page has a layout, data or metadata.
 */
async function measureFrameworkFloor(): Promise<Row> {
  const floor = await startFrameworkFloor(PORT + 1);
  try {
    const urls = Array.from({ length: 50_000 }, (_, i) => `/${i + 1}`);
    await load(
      floor.base,
      urls.map((url) => `${url}-khoi-dong`),
      2,
    );
    const row = await measure("trang trống (Next, ISR)", "không cache", urls, { origin: floor.base, queries: 0 });
    return { ...row, note: "mức sàn của framework: layout gốc và một thẻ <p>" };
  } finally {
    await floor.stop();
  }
}

async function sequentialLatency(urls: string[], n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await (await fetch(base + urls[i % urls.length]!)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return { ...percentiles(times), n };
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
