import { beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";

vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto([]));

import { getArticlePage, getCategoryPage, getHomeFeatured, listMostRead, MOST_READ_WINDOW } from "@/lib/articles/queries";
import { listRelatedByOfficials, listSameCategory } from "../support/article-oracles";
import { flushViews, recordView, VIEW_WINDOW_MS } from "@/lib/articles/views";
import { POST as viewBeacon } from "@/app/api/luot-xem/[id]/route";
import { transitionArticle } from "@/lib/articles/workflow";
import { categoryTrail } from "@/lib/categories/breadcrumb";
import { listAllCategories } from "@/lib/categories/queries";
import { descendantIds } from "@/lib/categories/tree";
import { db } from "@/lib/db";
import { listOfficialsDirectory } from "@/lib/officials/queries";
import { ensureAdminAccount } from "@/lib/people/accounts";
import { searchArticles, type SearchInput } from "@/lib/search";
import { BULK_SLUG_PREFIX, seedBulkArticles } from "@/lib/seed/bulk";
import { seedDemoContent } from "@/lib/seed/demo";

const SEED_SLUG = "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022";
let authorId: number;

beforeAll(async () => {
  await db.$transaction(
    async (tx) => {
      const admin = await ensureAdminAccount(tx, { email: "admin@example.vn", password: "mat-khau-quan-tri" });
      authorId = (await tx.user.findUniqueOrThrow({ where: { email: admin.email } })).id;
      await seedDemoContent(tx, authorId);
    },
    { timeout: 60_000 },
  );
  await seedBulkArticles(600, authorId);
});

const search = (q: string, extra: Partial<SearchInput> = {}) => searchArticles({ q, categoryIds: null, from: null, to: null, page: 1, ...extra });

describe("search", () => {
  it("finds 'Bí thư Tỉnh ủy' from 'bi thu tinh uy', the seed article among the first results", async () => {
    const result = await search("bi thu tinh uy");
    expect(result.total).toBeGreaterThan(0);
    expect(result.articles.slice(0, 20).map((a) => a.title)).toContain("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022");
  });

  it("folds đ: 'dang bo' finds 'Đảng bộ'", async () => {
    const result = await search("dang bo");
    expect(result.total).toBeGreaterThan(0);
    expect(result.articles[0]!.title + result.articles[0]!.sapo).toMatch(/Đảng bộ/i);
  });

  it("matches 'Tỉnh uỷ' and 'Tỉnh ủy' alike, whatever the case", async () => {
    const a = await search("Tỉnh uỷ");
    const b = await search("TỈNH ỦY");
    expect(a.total).toBeGreaterThan(0);
    expect(a.total).toBe(b.total);
    expect(a.articles.map((x) => x.id)).toEqual(b.articles.map((x) => x.id));
  });

  it("ranks title matches above body-only matches, then newer first", async () => {
    const result = await search("chuyen doi so");
    expect(result.total).toBeGreaterThan(0);
    const inTitle = result.articles.map((a) => /chuyển đổi số/i.test(a.title));
    expect(inTitle[0]).toBe(true);
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));

    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const twin = (slug: string, publishedAt: string) =>
      db.article.create({
        data: {
          title: "Lễ hội quạt giấy plugh",
          slug,
          body: { type: "doc", content: [] },
          categoryId: seed.categoryId,
          authorId,
          status: "PUBLISHED",
          publishedAt: new Date(publishedAt),
        },
      });
    const older = await twin("plugh-cu", "2020-01-01T00:00:00Z");
    const newer = await twin("plugh-moi", "2020-06-01T00:00:00Z");
    expect((await search("plugh")).articles.map((a) => a.id)).toEqual([newer.id, older.id]);
    await db.article.deleteMany({ where: { id: { in: [older.id, newer.id] } } });
  });

  it("filters by category (with its descendants) and by date range, and pages", async () => {
    const categories = await listAllCategories();
    const root = categories.find((c) => c.slug === "xay-dung-dang")!;
    const ids = descendantIds(categories, root.id);
    const inCategory = await search("hoi nghi", { categoryIds: ids });
    expect(inCategory.total).toBeGreaterThan(0);
    const rows = await db.article.findMany({ where: { id: { in: inCategory.articles.map((a) => a.id) } }, select: { categoryId: true } });
    expect(rows.every((r) => ids.includes(r.categoryId))).toBe(true);

    const from = new Date("2021-12-25T00:00:00+07:00");
    const to = new Date("2021-12-28T00:00:00+07:00");
    const dated = await search("hoi nghi", { from, to });
    expect(dated.total).toBeGreaterThan(0);
    for (const a of dated.articles) expect(a.publishedAt!.getTime()).toBeGreaterThanOrEqual(from.getTime());
    for (const a of dated.articles) expect(a.publishedAt!.getTime()).toBeLessThan(to.getTime());

    const all = await search("hoi nghi");
    expect(all.pageCount).toBeGreaterThan(1);
    const second = await search("hoi nghi", { page: 2 });
    expect(second.total).toBe(all.total);
    expect(second.articles.map((a) => a.id)).not.toContain(all.articles[0]!.id);
  });

  it("answers a page past the results, however far, with the count and no articles (the page says so)", async () => {
    const all = await search("hoi nghi");
    for (const page of [all.pageCount + 1, 26, 501, 99_999]) {
      const past = await search("hoi nghi", { page });
      expect(past, String(page)).toMatchObject({ total: all.total, page, pageCount: all.pageCount, articles: [] });
    }
  });

  it("never returns drafts, and finds nothing for an empty query or an unknown category", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    await db.article.create({
      data: {
        title: "Bản nháp bí mật xyzzy",
        slug: "ban-nhap-xyzzy",
        body: { type: "doc", content: [] },
        categoryId: seed.categoryId,
        authorId,
        status: "DRAFT",
      },
    });
    expect((await search("xyzzy")).total).toBe(0);
    expect((await search("  ")).total).toBe(0);
    expect((await search("tinh uy", { categoryIds: [] })).total).toBe(0);
  });

  it("ranks a title match above a sapo match above a body-only match, whatever their dates", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const paragraph = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
    const create = (slug: string, publishedAt: string, fields: { title?: string; sapo?: string; body?: string }) =>
      db.article.create({
        data: {
          title: fields.title ?? "Tin địa phương",
          sapo: fields.sapo ?? "",
          slug,
          body: paragraph(fields.body ?? "Nội dung."),
          categoryId: seed.categoryId,
          authorId,
          status: "PUBLISHED",
          publishedAt: new Date(publishedAt),
        },
      });
    const inTitle = await create("zorblat-tieu-de", "2019-01-01T00:00:00Z", { title: "Zorblat ở tiêu đề" });
    const inSapo = await create("zorblat-sapo", "2020-01-01T00:00:00Z", { sapo: "Zorblat ở sapo" });
    const inBody = await create("zorblat-noi-dung", "2021-01-01T00:00:00Z", { body: "Zorblat chỉ ở nội dung" });
    try {
      expect((await search("zorblat")).articles.map((a) => a.id)).toEqual([inTitle.id, inSapo.id, inBody.id]);
    } finally {
      await db.article.deleteMany({ where: { id: { in: [inTitle.id, inSapo.id, inBody.id] } } });
    }
  });

  it("finds the newest matches month by month, exactly as reading every match would, with every filter", async () => {
    // 40 articles one month apart (2017–2020) and the bulk articles (December 2021), so that small caps
    // make article_search_matches look through several spans of months.
    const categories = await listAllCategories();
    const monthly = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.article.create({
          data: {
            title: i % 3 === 0 ? `Hội nghị chuyên đề quorvex số ${i}` : `Tin tháng ${i}`,
            sapo: i % 3 === 1 ? "Bàn về quorvex và hội nghị" : "",
            slug: `quorvex-${i}`,
            body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: i % 3 === 2 ? "Hội nghị quorvex" : "Nội dung" }] }] },
            categoryId: categories[i % categories.length]!.id,
            authorId,
            status: i % 10 === 9 ? "DRAFT" : "PUBLISHED",
            publishedAt: new Date(Date.UTC(2017, i, 1 + (i % 27), i % 24)),
          },
        }),
      ),
    );
    try {
      type Filters = { categoryIds: number[] | null; since: Date | null; until: Date | null };
      const newest = async (q: string, cap: number, f: Filters) => {
        const rows = await db.$queryRaw<{ id: number }[]>`
          SELECT "id" FROM "article_search_matches"(plainto_tsquery('vietnamese_unaccent', ${q}), ${f.categoryIds}::int[], ${f.since}::timestamp, ${f.until}::timestamp, ${cap})`;
        return rows.map((r) => r.id);
      };
      const everyMatch = async (q: string, cap: number, f: Filters) => {
        const rows = await db.$queryRaw<{ id: number }[]>`
          SELECT "id" FROM "Article"
           WHERE "searchVector" @@ plainto_tsquery('vietnamese_unaccent', ${q}) AND "status" = 'PUBLISHED' AND "publishedAt" <= now()
             AND (${f.categoryIds}::int[] IS NULL OR "categoryId" = ANY (${f.categoryIds}::int[]))
             AND (${f.since}::timestamp IS NULL OR "publishedAt" >= ${f.since}::timestamp)
             AND (${f.until}::timestamp IS NULL OR "publishedAt" < ${f.until}::timestamp)
           ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${cap}`;
        return rows.map((r) => r.id);
      };
      const filters: Filters[] = [
        { categoryIds: null, since: null, until: null },
        { categoryIds: categories.slice(0, 3).map((c) => c.id), since: null, until: null },
        { categoryIds: null, since: new Date("2018-02-10T00:00:00Z"), until: new Date("2019-11-01T00:00:00Z") },
        { categoryIds: categories.slice(2, 8).map((c) => c.id), since: new Date("2017-05-01T00:00:00Z"), until: new Date("2021-12-25T00:00:00Z") },
        { categoryIds: null, since: new Date("2030-01-01T00:00:00Z"), until: null },
      ];
      let compared = 0;
      for (const q of ["quorvex", "hoi nghi", "tinh uy", "quorvex hoi nghi"]) {
        for (const cap of [1, 3, 10, 50, 1001]) {
          for (const f of filters) {
            const expected = await everyMatch(q, cap, f);
            expect(await newest(q, cap, f), `${q}, cap ${cap}, ${JSON.stringify(f)}`).toEqual(expected);
            compared += expected.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
      // Through searchArticles: the older quorvex articles are on page 2, drafts never.
      const all = await search("quorvex");
      expect(all.total).toBe(monthly.filter((a) => a.status === "PUBLISHED").length);
      expect(all.articles.every((a) => a.slug.startsWith("quorvex-"))).toBe(true);
    } finally {
      await db.article.deleteMany({ where: { id: { in: monthly.map((a) => a.id) } } });
    }
  });

  it("follows an article's edits: new words, a new publication date, unpublishing", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const article = await db.article.create({
      data: {
        title: "Tin cũ",
        slug: "tin-cu-vexqor",
        body: { type: "doc", content: [] },
        categoryId: seed.categoryId,
        authorId,
        status: "PUBLISHED",
        publishedAt: new Date("2019-03-05T00:00:00Z"),
      },
    });
    const march2019 = { from: new Date("2019-03-01T00:00:00Z"), to: new Date("2019-04-01T00:00:00Z") };
    const august2020 = { from: new Date("2020-08-01T00:00:00Z"), to: new Date("2020-09-01T00:00:00Z") };
    try {
      expect((await search("vexqor")).total).toBe(0);
      await db.article.update({ where: { id: article.id }, data: { title: "Tin mới về vexqor" } });
      expect((await search("vexqor", march2019)).articles.map((a) => a.id)).toEqual([article.id]);
      await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date("2020-08-20T00:00:00Z") } });
      expect((await search("vexqor", march2019)).total).toBe(0);
      expect((await search("vexqor", august2020)).articles.map((a) => a.id)).toEqual([article.id]);
      const [row] = await db.$queryRaw<
        { month: string }[]
      >`SELECT "article_search_month"("publishedAt")::text AS "month" FROM "Article" WHERE "id" = ${article.id}`;
      expect(row!.month).toBe("'month 2020-08'");
      await db.article.update({ where: { id: article.id }, data: { status: "UNPUBLISHED" } });
      expect((await search("vexqor")).total).toBe(0);
    } finally {
      await db.article.delete({ where: { id: article.id } });
    }
  });

  it("uses the GIN index, not a table scan", async () => {
    await db.$executeRawUnsafe(`ANALYZE "Article"`);
    await db.$executeRawUnsafe(`SET enable_seqscan = off`);
    try {
      const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "id" FROM "Article" a, plainto_tsquery('vietnamese_unaccent', 'bi thu tinh uy') query WHERE a."searchVector" @@ query`,
      );
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain("Article_searchVector_idx");
      expect(text).not.toMatch(/Seq Scan on "?Article"?/);
      // A span of months is part of the same index scan.
      const spanPlan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "id" FROM "Article" a WHERE a."searchVector" @@ plainto_tsquery('vietnamese_unaccent', 'hoi nghi')
           AND "article_search_month"(a."publishedAt") @@ "article_search_months"('2021-11-05', '2021-12-31')`,
      );
      const spanText = spanPlan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(spanText).toMatch(/Index Cond: .*searchVector.*''month 2021-11'' \| ''month 2021-12''/);
      expect(spanText).not.toMatch(/Seq Scan on "?Article"?/);
    } finally {
      await db.$executeRawUnsafe(`SET enable_seqscan = on`);
    }
  });
});

describe("category pages", () => {
  it("list a category and its descendants, 20 per page, newest first; an out-of-range page is null", async () => {
    const categories = await listAllCategories();
    const root = categories.find((c) => c.slug === "tin-tuc-su-kien")!;
    const ids = descendantIds(categories, root.id);
    expect(ids.length).toBeGreaterThan(1);
    const first = await getCategoryPage(ids, 1);
    expect(first!.articles).toHaveLength(20);
    expect(first!.articles.map((a) => a.title)).toContain("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022");
    const times = first!.articles.map((a) => a.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(await getCategoryPage(ids, first!.pageCount + 1)).toBeNull();
    expect(await getCategoryPage(ids, 0)).toBeNull();
    const last = await getCategoryPage(ids, first!.pageCount);
    expect(last!.articles.length).toBe(first!.total - (first!.pageCount - 1) * 20);
  });
});

describe("home page", () => {
  it("leads with the editor's choice in Home-latest-1, and with the newest article when the choice is not public", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    expect((await getHomeFeatured()).lead!.id).toBe(seed.id);
    await db.article.update({ where: { id: seed.id }, data: { status: "UNPUBLISHED" } });
    try {
      const newest = await db.article.findFirstOrThrow({ where: { status: "PUBLISHED", publishedAt: { lte: new Date() } }, orderBy: { publishedAt: "desc" } });
      expect((await getHomeFeatured()).lead!.id).toBe(newest.id);
    } finally {
      await db.article.update({ where: { id: seed.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("features the articles of slots 2–5 in their order; an automatic or non-public slot takes the newest article not shown", async () => {
    const visible = { status: "PUBLISHED" as const, publishedAt: { lte: new Date() } };
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const [first, second, hidden] = await db.article.findMany({
      where: { ...visible, id: { not: seed.id } },
      orderBy: { id: "asc" },
      take: 3,
      select: { id: true },
    });
    await db.article.update({ where: { id: hidden!.id }, data: { status: "UNPUBLISHED" } });
    const fill = { "Home-latest-2": second!.id, "Home-latest-3": hidden!.id, "Home-latest-4": seed.id, "Home-latest-5": first!.id };
    for (const [key, articleId] of Object.entries(fill)) await db.homeSlot.upsert({ where: { key }, create: { key, articleId }, update: { articleId } });
    try {
      const newest = await db.article.findMany({
        where: { ...visible, id: { notIn: [seed.id, first!.id, second!.id] } },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 2,
        select: { id: true },
      });
      const { lead, featured } = await getHomeFeatured();
      expect(lead!.id).toBe(seed.id);
      expect(featured.map((article) => article.id)).toEqual([second!.id, newest[0]!.id, newest[1]!.id, first!.id]);
    } finally {
      await db.homeSlot.deleteMany({ where: { key: { in: Object.keys(fill) } } });
      await db.article.update({ where: { id: hidden!.id }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("Đọc nhiều (most read)", () => {
  it("ranks the newest articles by views, newer first between equals; unread, older and unpublished articles are left out", async () => {
    const visible = { status: "PUBLISHED" as const, publishedAt: { lte: new Date() } };
    const newest = await db.article.findMany({
      where: visible,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: MOST_READ_WINDOW + 2,
      select: { id: true },
    });
    const [first, second, third, unpublished] = newest;
    // With one of the newest unpublished, the window reaches one further: the article after that is outside it.
    const outside = newest[MOST_READ_WINDOW + 1]!;
    const counts = await db.article.findMany({ where: { viewCount: { gt: 0 } }, select: { id: true, viewCount: true } });
    await db.article.updateMany({ data: { viewCount: 0 } });
    const views = new Map([
      [third!.id, 5],
      [first!.id, 3],
      [second!.id, 3],
      [unpublished!.id, 50],
      [outside.id, 100],
    ]);
    for (const [id, viewCount] of views) await db.article.update({ where: { id }, data: { viewCount } });
    await db.article.update({ where: { id: unpublished!.id }, data: { status: "UNPUBLISHED" } });
    try {
      const mostRead = await listMostRead(5);
      expect(mostRead.map((article) => article.id)).toEqual([third!.id, first!.id, second!.id]);
      expect(mostRead[0]).toMatchObject({ slug: expect.any(String), title: expect.any(String), category: { name: expect.any(String) } });
      expect((await listMostRead(2)).map((article) => article.id)).toEqual([third!.id, first!.id]);

      await db.article.updateMany({ data: { viewCount: 0 } });
      expect(await listMostRead(5)).toEqual([]);
    } finally {
      await db.article.update({ where: { id: unpublished!.id }, data: { status: "PUBLISHED" } });
      await db.article.updateMany({ data: { viewCount: 0 } });
      for (const { id, viewCount } of counts) await db.article.update({ where: { id }, data: { viewCount } });
    }
  });
});

describe("officials directory", () => {
  it("lists groups in order and officials in protocol order, not alphabetically", async () => {
    const { groups } = await listOfficialsDirectory();
    expect(groups[0]!.name).toBe("Thường trực Tỉnh ủy");
    expect(groups[0]!.officials.map((o) => o.fullName)).toEqual(["Nguyễn Khắc Thận", "Hoàng Nghĩa Hiếu"]);
  });

  it("relates articles through the officials they mention", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG }, include: { officials: true } });
    const related = await listRelatedByOfficials(
      seed.id,
      seed.officials.map((o) => o.officialId),
      6,
    );
    expect(related.length).toBe(6);
    expect(related.map((a) => a.id)).not.toContain(seed.id);
  });
});

describe("an article page's data", () => {
  it("has the same lists as the direct same-category and related queries", async () => {
    for (const slug of [SEED_SLUG, `${BULK_SLUG_PREFIX}7`, `${BULK_SLUG_PREFIX}14`]) {
      const row = await db.article.findUniqueOrThrow({ where: { slug }, include: { officials: true } });
      const page = (await getArticlePage(row.id))!;
      expect(page.article.title).toBe(row.title);
      const sameCategory = (await listSameCategory(row)).map((a) => a.id);
      expect(page.sameCategory.map((a) => a.id)).toEqual(sameCategory);
      const related = await listRelatedByOfficials(
        row.id,
        row.officials.map((o) => o.officialId),
        6,
        sameCategory,
      );
      expect(page.related.map((a) => a.id)).toEqual(related.map((a) => a.id));
      // The seed article's officials are mentioned by more articles than its own category lists.
      if (slug === SEED_SLUG) expect(page.related).toHaveLength(6);
      expect(page.related.filter((a) => sameCategory.includes(a.id))).toEqual([]);
      expect(page.article.officials.map((o) => o.official.id).sort()).toEqual(row.officials.map((o) => o.officialId).sort());
    }
  });

  it("loads the article with what Prisma's relations give: dates as dates, category ancestors, officials' positions", async () => {
    const row = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const oracle = await db.article.findUniqueOrThrow({
      where: { id: row.id },
      include: {
        category: { include: { parent: { include: { parent: true } } } },
        author: true,
        officials: { include: { official: { include: { positions: true } } }, orderBy: { officialId: "asc" } },
      },
    });
    const { article } = (await getArticlePage(row.id))!;
    expect(article.publishedAt).toEqual(oracle.publishedAt);
    expect(article.updatedAt).toEqual(oracle.updatedAt);
    expect(article.author).toEqual({ displayName: oracle.author.displayName, slug: oracle.author.slug });
    expect(categoryTrail(article.category)).toEqual(categoryTrail(oracle.category));
    expect(categoryTrail(article.category).length).toBeGreaterThan(1);
    const positions = (officials: { official: { positions: { title: string; startDate: Date; endDate: Date | null }[] } }[]) =>
      officials.map((o) => o.official.positions.map((p) => [p.title, p.startDate.toISOString(), p.endDate?.toISOString() ?? null]).sort());
    expect(positions(article.officials)).toEqual(positions(oracle.officials));
    expect(article.body.type).toBe("doc");
  });

  it("is null for an article readers cannot see", async () => {
    const draft = await db.article.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect(await getArticlePage(draft.id)).toBeNull();
  });
});

describe("bulk seed", () => {
  it("adds published articles outside the demo article's category, older than the demo content", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const bulk = await db.article.findMany({
      where: { slug: { startsWith: BULK_SLUG_PREFIX } },
      select: { categoryId: true, publishedAt: true, status: true },
    });
    expect(bulk).toHaveLength(600);
    expect(bulk.every((a) => a.categoryId !== seed.categoryId && a.status === "PUBLISHED" && a.publishedAt! < seed.publishedAt!)).toBe(true);
    expect(await seedBulkArticles(10, authorId)).toBe(10);
  });

  it("illustrates bulk articles with the card of their top-level category: a handful of images for all", async () => {
    const bulk = await db.article.findMany({
      where: { slug: { startsWith: BULK_SLUG_PREFIX } },
      select: { featuredImageId: true, category: { select: { parentId: true, slug: true } } },
    });
    expect(bulk.every((a) => a.featuredImageId !== null)).toBe(true);
    const images = new Set(bulk.map((a) => a.featuredImageId));
    expect(images.size).toBeGreaterThan(1);
    expect(images.size).toBeLessThanOrEqual(await db.category.count({ where: { parentId: null } }));
    const card = await db.media.findUniqueOrThrow({ where: { id: bulk.find((a) => a.category.slug === "xay-dung-dang")!.featuredImageId! } });
    expect(card.path).toMatch(/^minh-hoa\/chuyen-muc\/xay-dung-dang-[0-9a-f]{12}\.png$/);
  });
});

describe("view counting", () => {
  it("adds views up in memory and writes them in one batch", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    const before = seed.viewCount;
    expect(await recordView(seed.id, "198.51.100.1")).toBe(before + 1);
    expect(await recordView(seed.id, "198.51.100.2")).toBe(before + 2);
    // The same reader again (a reload, a script posting in a loop): shown the count, not counted.
    for (let i = 0; i < 5; i++) expect(await recordView(seed.id, "198.51.100.1")).toBe(before + 2);
    expect((await db.article.findUniqueOrThrow({ where: { id: seed.id } })).viewCount).toBe(before);
    await flushViews();
    expect((await db.article.findUniqueOrThrow({ where: { id: seed.id } })).viewCount).toBe(before + 2);
    expect(await recordView(seed.id, "198.51.100.1", Date.now() + VIEW_WINDOW_MS)).toBe(before + 3);
    await flushViews();
    expect(await recordView(999_999, "198.51.100.1")).toBeNull();
  });

  it("counts a view sent by the site's own page only: another site cannot make its visitors add views (403)", async () => {
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    await flushViews();
    const before = (await db.article.findUniqueOrThrow({ where: { id: seed.id } })).viewCount;
    const beacon = (origin: string | null, forwardedFor = "203.0.113.50") =>
      viewBeacon(
        new Request(`http://tinh.example/api/luot-xem/${seed.id}`, {
          method: "POST",
          headers: { host: "tinh.example", "x-forwarded-for": forwardedFor, ...(origin ? { origin } : {}) },
        }),
        {
          params: Promise.resolve({ id: String(seed.id) }),
        },
      );

    const crossSite = await beacon("https://quang-cao.example");
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: "Yêu cầu từ trang khác bị từ chối." });
    expect((await beacon("null")).status).toBe(403);
    expect(await (await beacon("http://tinh.example")).json()).toEqual({ views: before + 1 });
    await flushViews();
    expect((await db.article.findUniqueOrThrow({ where: { id: seed.id } })).viewCount).toBe(before + 1);
  });

  it("counts the beacons of one client address once, whatever it puts in X-Forwarded-For before the proxy's entry", async () => {
    // Behind one proxy (nginx), as production configures it: TRUSTED_PROXY_HOPS=1.
    process.env.TRUSTED_PROXY_HOPS = "1";
    onTestFinished(() => void delete process.env.TRUSTED_PROXY_HOPS);
    const seed = await db.article.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    await flushViews();
    const before = (await db.article.findUniqueOrThrow({ where: { id: seed.id } })).viewCount;
    const beacon = (forwardedFor: string) =>
      viewBeacon(
        new Request(`http://tinh.example/api/luot-xem/${seed.id}`, {
          method: "POST",
          headers: { host: "tinh.example", origin: "http://tinh.example", "x-forwarded-for": forwardedFor },
        }),
        {
          params: Promise.resolve({ id: String(seed.id) }),
        },
      );
    for (let i = 0; i < 10; i++) expect((await beacon(`10.66.0.${i}, 203.0.113.61`)).status).toBe(200);
    expect(await (await beacon("203.0.113.62")).json()).toEqual({ views: before + 2 });
    await flushViews();
    expect((await db.article.findUniqueOrThrow({ where: { id: seed.id } })).viewCount).toBe(before + 2);
  });

  it("stops counting an article once it is unpublished: here at once, from another instance within one flush", async () => {
    const article = await db.article.findFirstOrThrow({ where: { slug: { startsWith: BULK_SLUG_PREFIX }, status: "PUBLISHED" }, orderBy: { id: "asc" } });
    const admin = { id: authorId, role: "ADMIN" as const };
    const viewCount = async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).viewCount;
    expect(await recordView(article.id, "10.2.0.1")).toBe(article.viewCount + 1);
    await flushViews();

    await transitionArticle(admin, article.id, { action: "article.unpublish" });
    expect(await recordView(article.id, "10.2.0.2")).toBeNull();
    await flushViews();
    expect(await viewCount()).toBe(article.viewCount + 1);

    // Published again, then unpublished by another instance: this process still knows it as published.
    await transitionArticle(admin, article.id, { action: "article.publish" });
    expect(await recordView(article.id, "10.2.0.3")).toBe(article.viewCount + 2);
    await flushViews();
    await db.article.update({ where: { id: article.id }, data: { status: "UNPUBLISHED" } });
    await recordView(article.id, "10.2.0.4");
    await flushViews();
    expect(await viewCount()).toBe(article.viewCount + 2);
    expect(await recordView(article.id, "10.2.0.5")).toBeNull();
    await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED" } });
  });
});
