// The latency of lib/search searchArticles (one results page with its count), as `npm run bench` and
// `npm run bench:search` report it: every query of SEARCHES at pages 1–3, in turn, in this process.

export const SEARCHES = [
  "bi thu tinh uy",
  "dang bo",
  "chuyen doi so",
  "Tỉnh uỷ",
  "phong chong tham nhung",
  "xay dung nong thon moi",
  "giao duc",
  "an ninh trat tu",
  "du lich",
  "cong tac can bo",
];
export const SEARCH_PAGES = [1, 2, 3];

export type Percentiles = { n: number; p50: number; p95: number; max: number };
export type SearchLatency = { overall: Percentiles; byQuery: { q: string; total: number; latency: Percentiles }[] };

/**
 * `rounds` passes over every (query, page), after one warm-up pass that is not counted. The database
 * is the one DATABASE_URL names: set it before calling (lib/db opens it on first use).
 */
export async function searchFunctionLatency(rounds = 10): Promise<SearchLatency> {
  const { searchArticles } = await import("../lib/search");
  const times = new Map<string, number[]>(SEARCHES.map((q) => [q, []]));
  const totals = new Map<string, number>();
  for (let round = 0; round <= rounds; round++) {
    for (const q of SEARCHES) {
      for (const page of SEARCH_PAGES) {
        const started = performance.now();
        const result = await searchArticles({ q, categoryIds: null, from: null, to: null, page });
        const elapsed = performance.now() - started;
        if (round > 0) times.get(q)!.push(elapsed);
        totals.set(q, result.total);
      }
    }
  }
  return {
    overall: percentiles([...times.values()].flat()),
    byQuery: SEARCHES.map((q) => ({ q, total: totals.get(q) ?? 0, latency: percentiles(times.get(q)!) })),
  };
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * The plans of the statements article_search_matches runs for `q` (the date bounds, then one scan per
 * span of months), with actual times and buffers, through auto_explain. PostgreSQL only: LOAD needs a
 * superuser, as in the benchmark's database.
 */
export async function explainSearch(client: import("pg").Client, q: string): Promise<string[]> {
  const plans: string[] = [];
  const onNotice = (notice: { message?: string }) => {
    if (notice.message?.includes("plan:")) plans.push(notice.message);
  };
  client.on("notice", onNotice);
  try {
    await client.query(`LOAD 'auto_explain'`);
    await client.query(
      `SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET auto_explain.log_analyze = on; ` +
        `SET auto_explain.log_buffers = on; SET auto_explain.log_level = 'notice'; SET client_min_messages = 'notice'`,
    );
    await client.query(`SELECT count(*) FROM "article_search_matches"("article_search_query"($1), NULL, NULL, NULL, 1001)`, [q]);
  } finally {
    await client.query(`SET auto_explain.log_min_duration = -1`).catch(() => undefined);
    client.off("notice", onNotice);
  }
  return plans;
}
