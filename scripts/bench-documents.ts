// npm run bench:documents — the latency of /van-ban's query (lib/documents listPublishedDocuments: one
// results page with its count and each document's derived status) at 20,000 documents on PostgreSQL:
// numbers and symbols written several ways, words without diacritics, filters, per case and overall.
//
// A fresh database on TEST_POSTGRES_URL's server, migrated and seeded (the demo lists and documents),
// then BENCH_DOCUMENTS (default 20,000) generated documents, one in 50 replacing an earlier one,
// VACUUM ANALYZEd, measured BENCH_ROUNDS times (default 20) after a warm-up pass, and dropped.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { createFreshDatabase } from "../tests/support/test-database";

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const CASES: [string, Record<string, string>][] = [
  ["number 12-NQ/TU", { q: "12-NQ/TU" }],
  ["number written 1234/QD-UBND", { q: "1234/QD-UBND" }],
  ["number of a generated one 777/QĐ-UBND", { q: "777/QĐ-UBND" }],
  ["words: chuyen doi so", { q: "chuyen doi so" }],
  ["words: phòng chống thiên tai", { q: "phòng chống thiên tai" }],
  ["words: du lich cong dong", { q: "du lich cong dong" }],
  ["words + type + year", { q: "kinh te", loai: "nghi-quyet", nam: "2020" }],
  ["all, page 1", {}],
  ["all, page 50", { trang: "50" }],
  ["status: bị thay thế", { "hieu-luc": "bi-thay-the" }],
  ["status: còn hiệu lực + body", { "hieu-luc": "con-hieu-luc", "co-quan": "ubnd-tinh" }],
  ["field + year", { "linh-vuc": "Kinh tế", nam: "2024" }],
];

const TOPICS = [
  "phát triển kinh tế tập thể",
  "chuyển đổi số trong cơ quan nhà nước",
  "phòng, chống thiên tai và tìm kiếm cứu nạn",
  "xây dựng nông thôn mới",
  "phát triển du lịch cộng đồng",
  "cải cách hành chính",
  "công tác cán bộ",
  "bảo vệ môi trường lưu vực sông Lam",
  "giáo dục nghề nghiệp",
  "chăm sóc sức khoẻ nhân dân",
  "thu hút đầu tư vào khu kinh tế Đông Nam",
  "quốc phòng, an ninh",
];
const PLACES = ["trên địa bàn tỉnh", "tại các huyện miền Tây", "ở thành phố Vinh", "giai đoạn 2021 – 2025", "đến năm 2030", "năm 2024"];
const FIELDS = ["Kinh tế", "Xây dựng Đảng", "Du lịch", "Giáo dục, đào tạo", "Y tế", "Tài nguyên, môi trường", "Khoa học, công nghệ", "Quốc phòng, an ninh"];

async function main() {
  process.env.TEST_DB = "postgres";
  const fresh = await createFreshDatabase("bench_documents");
  try {
    const env = { ...process.env, ...fresh.env, ADMIN_PASSWORD: "bench-mat-khau-quan-tri" };
    run("migrate", ["scripts/migrate.ts"], env);
    run("seed", ["scripts/seed.ts"], env);
    const direct = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
    await direct.connect();
    console.log(`Generating ${DOCUMENTS} documents…`);
    await direct.query(
      `INSERT INTO "LegalDocument" ("slug", "typeId", "issuingBodyId", "number", "numberKey", "signerName", "field", "issuedOn", "summary", "fulltext", "publishedAt", "updatedAt")
       SELECT 'van-ban-' || g,
              (SELECT "id" FROM "DocumentType" ORDER BY "id" OFFSET g % 10 LIMIT 1),
              (SELECT "id" FROM "IssuingBody" ORDER BY "id" OFFSET g % 6 LIMIT 1),
              g || '/QĐ-UBND', g || 'QDUBND', 'Người ký ' || (g % 40),
              ($1::text[])[1 + g % array_length($1::text[], 1)],
              date '2005-01-01' + (g % 7600),
              'Văn bản về ' || ($2::text[])[1 + g % array_length($2::text[], 1)] || ' ' || ($3::text[])[1 + (g / 12) % array_length($3::text[], 1)] || ' (số ' || g || ')',
              'Nội dung văn bản số ' || g || ' về ' || ($2::text[])[1 + (g / 7) % array_length($2::text[], 1)] || '. ' || repeat('Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc. ', 20),
              now(), now()
         FROM generate_series(1, $4::int) AS g`,
      [FIELDS, TOPICS, PLACES, DOCUMENTS],
    );
    await direct.query(
      `INSERT INTO "DocumentRelation" ("sourceId", "targetId", "kind")
       SELECT d."id", d."id" - 1, 'REPLACES' FROM "LegalDocument" d WHERE d."slug" LIKE 'van-ban-%' AND d."id" % 50 = 0`,
    );
    await direct.query(`VACUUM ANALYZE`);
    const { rows } = await direct.query<{ n: string }>(`SELECT count(*) AS n FROM "LegalDocument" WHERE "publishedAt" IS NOT NULL`);
    await direct.end();

    process.env.DATABASE_URL = fresh.env.DATABASE_URL;
    delete process.env.PGLITE_DIR;
    const { listPublishedDocuments } = await import("../lib/documents/public");
    const { parseDocumentFilters } = await import("../lib/documents/filters");
    const { calendarDay, vietnamToday } = await import("../lib/text/date");
    const today = calendarDay(vietnamToday());
    const timings = new Map<string, number[]>(CASES.map(([name]) => [name, []]));
    const totals = new Map<string, number>();
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [name, params] of CASES) {
        const started = performance.now();
        const result = await listPublishedDocuments(parseDocumentFilters(params), today);
        const ms = performance.now() - started;
        if (round > 0) timings.get(name)!.push(ms);
        totals.set(name, result.total);
      }
    }
    const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
    console.log(`\nlistPublishedDocuments, ${Number(rows[0]!.n).toLocaleString("en")} published documents, ${ROUNDS} rounds`);
    console.log("| case | results | p50 (ms) | p95 (ms) |");
    console.log("| --- | ---: | ---: | ---: |");
    for (const [name, values] of timings)
      console.log(`| ${name} | ${totals.get(name)} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} |`);
    const all = [...timings.values()].flat();
    console.log(`| **all** | | **${percentile(all, 50).toFixed(1)}** | **${percentile(all, 95).toFixed(1)}** |`);
  } finally {
    const { closeDatabase } = await import("../lib/db");
    await closeDatabase();
    await fresh.drop().catch(() => undefined);
  }
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const step = spawnSync(process.execPath, ["--import", "tsx", ...args], { env, stdio: "inherit" });
  if (step.status !== 0) throw new Error(`${name} failed`);
}

main().catch((error: Error) => {
  console.error(`bench:documents: ${error.message}`);
  process.exit(1);
});
