// npm run bench:search — the latency of lib/search searchArticles (one results page with its count)
// over the benchmark's queries at pages 1–3, on PostgreSQL, per query and overall (p50/p95).
//
// BENCH_SEARCH_DATABASE_URL=postgresql://…  measure that database as it is (migrated and seeded, e.g.
//                                           `npm run db:seed -- --bulk 100000`); it is never dropped.
// otherwise                                 a fresh database on TEST_POSTGRES_URL's server, migrated and
//                                           seeded with BENCH_ARTICLES (default 100,000) generated
//                                           articles, VACUUM ANALYZEd, measured and dropped.
// BENCH_ROUNDS (default 10): passes over the 30 (query, page) pairs, after one warm-up pass.
// --repeat N: measure N times and also print the median of the runs' p50 and p95 (the machine is noisy).
// --explain "query": first print the plans of that query's statements (auto_explain, with actual times).
import { spawnSync } from "node:child_process";
import pg from "pg";
import { createFreshDatabase, type FreshDatabase } from "../tests/support/test-database";
import { explainSearch, searchFunctionLatency } from "./search-latency";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

async function main() {
  const repeatIndex = process.argv.indexOf("--repeat");
  const repeat = repeatIndex === -1 ? 1 : Math.max(1, Number(process.argv[repeatIndex + 1]) || 1);
  let fresh: FreshDatabase | undefined;
  let url = process.env.BENCH_SEARCH_DATABASE_URL;
  try {
    if (!url) {
      process.env.TEST_DB = "postgres";
      fresh = await createFreshDatabase("bench_search");
      url = fresh.env.DATABASE_URL!;
      const env = { ...process.env, ...fresh.env, ADMIN_PASSWORD: "bench-mat-khau-quan-tri" };
      run("migrate", ["scripts/migrate.ts"], env);
      console.log(`Seeding ${ARTICLES} generated articles…`);
      run("seed", ["scripts/seed.ts", "--bulk", String(ARTICLES)], env);
      const direct = new pg.Client({ connectionString: url });
      await direct.connect();
      await direct.query(`VACUUM ANALYZE`);
      await direct.end();
    }
    process.env.DATABASE_URL = url;
    const direct = new pg.Client({ connectionString: url });
    await direct.connect();
    const { rows } = await direct.query<{ n: string }>(`SELECT count(*) AS n FROM "Article" WHERE "status" = 'PUBLISHED'`);
    const explainIndex = process.argv.indexOf("--explain");
    if (explainIndex !== -1) {
      const q = process.argv[explainIndex + 1] ?? "chuyen doi so";
      for (const plan of await explainSearch(direct, q)) console.log(plan.replace(/^/gm, "    "));
    }
    await direct.end();
    const runs: { p50: number; p95: number }[] = [];
    for (let r = 0; r < repeat; r++) {
      const latency = await searchFunctionLatency(ROUNDS);
      console.log(`\nsearchArticles, ${Number(rows[0]!.n).toLocaleString("en")} published articles, ${latency.overall.n} calls (run ${r + 1}/${repeat})`);
      console.log("| query | matches (capped) | p50 (ms) | p95 (ms) | max (ms) |");
      console.log("| --- | ---: | ---: | ---: | ---: |");
      for (const { q, total, latency: l } of latency.byQuery) console.log(`| ${q} | ${total} | ${l.p50} | ${l.p95} | ${l.max} |`);
      console.log(`| **all** | | **${latency.overall.p50}** | **${latency.overall.p95}** | ${latency.overall.max} |`);
      runs.push(latency.overall);
    }
    if (repeat > 1) {
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      console.log(`\nMedian of ${repeat} runs: p50 ${median(runs.map((r) => r.p50))} ms, p95 ${median(runs.map((r) => r.p95))} ms`);
    }
  } finally {
    const { closeDatabase } = await import("../lib/db");
    await closeDatabase();
    await fresh?.drop().catch(() => undefined);
  }
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const step = spawnSync(process.execPath, ["--import", "tsx", ...args], { env, stdio: "inherit" });
  if (step.status !== 0) throw new Error(`${name} failed`);
}

main().catch((error: Error) => {
  console.error(`bench:search: ${error.message}`);
  process.exit(1);
});
