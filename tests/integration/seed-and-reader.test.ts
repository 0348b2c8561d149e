import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { articleRoute } from "@/lib/articles/canonical";
import { articlePath } from "@/lib/articles/paths";
import { getPublishedArticle, listLatest } from "@/lib/articles/queries";
import { listSameCategory } from "../support/article-oracles";
import { db } from "@/lib/db";
import { formatFigureCaption } from "@/lib/media/caption";
import { readMediaFile } from "@/lib/media/serve";
import { parseVariants } from "@/lib/media/urls";
import { ensureAdminAccount } from "@/lib/people/accounts";
import { authenticate } from "@/lib/people/credentials";
import { seedDemoContent } from "@/lib/seed/demo";
import { formatDateTime } from "@/lib/text/date";
import { titleOn } from "@/lib/officials/titles";

const SEED_FILE = "../shared/seed/000_b4e9e06ff108fe63.txt";
const SEED_TITLE = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022";

/** The same-category titles as printed on the scraped page (each appears twice there). */
function sameCategoryTitlesFromSeedFile(): string[] {
  const text = fs.readFileSync(SEED_FILE, "utf8").normalize("NFC");
  const lines = text
    .split("Tin cùng chuyên mục")[1]!
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.filter((line, i) => line !== lines[i - 1]);
}

async function seed() {
  return db.$transaction(
    async (tx) => {
      const admin = await ensureAdminAccount(tx, { email: "Admin@Example.VN", password: "mat-khau-quan-tri" });
      const user = await tx.user.findUniqueOrThrow({ where: { email: admin.email } });
      return seedDemoContent(tx, user.id);
    },
    { timeout: 60_000 },
  );
}

let seedArticleId: number;

beforeAll(async () => {
  await seed();
  seedArticleId = (await db.article.findUniqueOrThrow({ where: { slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022" } })).id;
});

describe("demo content", () => {
  it("is idempotent: seeding again changes no counts and draws no image again", async () => {
    const counts = async () => [
      await db.article.count(),
      await db.category.count(),
      await db.official.count(),
      await db.officialPosition.count(),
      await db.user.count(),
      await db.articleOfficial.count(),
      await db.articleRevision.count(),
      await db.media.count(),
    ];
    const images = () => db.media.findMany({ orderBy: { id: "asc" }, select: { id: true, path: true } });
    const before = await counts();
    const imagesBefore = await images();
    await seed();
    expect(await counts()).toEqual(before);
    expect(await images()).toEqual(imagesBefore);
  });

  it("illustrates the seed article with a generated card stored like an upload, captioned and credited", async () => {
    const article = (await getPublishedArticle(seedArticleId))!;
    expect(article.featuredImage).toMatchObject({
      alt: "Ảnh minh hoạ: tấm thẻ nền đỏ viền vàng ghi tên chuyên mục “Hoạt động của Tỉnh ủy”",
      credit: "Minh hoạ",
    });
    expect(formatFigureCaption(article.featuredImageCaption, article.featuredImage!.credit)).toBe("Chuyên mục Hoạt động của Tỉnh ủy. Ảnh: Minh hoạ");
    const media = await db.media.findUniqueOrThrow({ where: { id: article.featuredImageId! } });
    expect(media).toMatchObject({ mime: "image/png", width: 1600, height: 900 });
    const variants = parseVariants(media.variants);
    expect(variants.map((v) => v.width)).toEqual([320, 640, 1280]);
    for (const path of [media.path, ...variants.map((v) => v.path)]) expect(await readMediaFile(path)).not.toBeNull();
    // The demo articles of the same category share the card.
    const demo = await db.article.findMany({ where: { categoryId: article.categoryId }, select: { featuredImageId: true } });
    expect(new Set(demo.map((a) => a.featuredImageId))).toEqual(new Set([media.id]));
  });

  it("gives every official a generated portrait from the media library", async () => {
    const rows = await db.official.findMany({ select: { fullName: true, portrait: true } });
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const path = row.portrait!.replace(/^\/api\/media\//, "");
      expect(path).toMatch(/^minh-hoa\/lanh-dao\//);
      expect(await db.media.findUnique({ where: { path } })).toMatchObject({ width: 600, height: 800, credit: "Minh hoạ", caption: row.fullName });
    }
  });

  it("publishes the seed article on Wednesday 23/03/2022 in the morning, in Hoạt động của Tỉnh ủy", async () => {
    const article = await getPublishedArticle(seedArticleId);
    expect(article?.title).toBe(SEED_TITLE);
    expect(article?.byline).toBe("Trần Thị Thanh Mơ");
    expect(article?.sapo.startsWith("Sáng 23/3, Ban Thường vụ Tỉnh ủy")).toBe(true);
    expect(formatDateTime(article!.publishedAt!)).toMatch(/^Thứ Tư, 23\/03\/2022 (0[6-9]|1[01]):\d\d$/);
    expect(article?.category.slug).toBe("hoat-dong-cua-tinh-uy");
    expect(article?.category.parent?.name).toBe("Tin tức - Sự kiện");
  });

  it("keeps the body verbatim: from 'Cùng dự có…' to the last paragraph before the byline", async () => {
    const article = await getPublishedArticle(seedArticleId);
    const paragraphs = article!.body.content.map((node) => ("content" in node && node.content?.[0]?.type === "text" ? node.content[0].text : ""));
    const source = fs.readFileSync(SEED_FILE, "utf8").normalize("NFC");
    expect(paragraphs[0]!.startsWith("Cùng dự có các đồng chí")).toBe(true);
    expect(paragraphs.at(-1)!.startsWith("Đối với việc xây dựng báo cáo")).toBe(true);
    for (const paragraph of paragraphs) expect(source).toContain(paragraph);
  });

  it("lists the 15 'Tin cùng chuyên mục' titles of the scraped page, newest first, without the article itself", async () => {
    const list = await listSameCategory({ id: seedArticleId, categoryId: (await getPublishedArticle(seedArticleId))!.categoryId });
    expect(list.map((a) => a.title)).toEqual(sameCategoryTitlesFromSeedFile());
    expect(list).toHaveLength(15);
    const times = list.map((a) => a.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("links the officials named in the article, with their titles at the time", async () => {
    const links = await db.articleOfficial.findMany({
      where: { articleId: seedArticleId },
      include: { official: { include: { positions: true } } },
    });
    const names = links.map((l) => l.official.fullName).sort();
    expect(names).toEqual(["Nguyễn Văn Thông", "Nguyễn Đức Trung", "Thái Thanh Quý"].sort());
    const quy = links.find((l) => l.official.fullName === "Thái Thanh Quý")!.official;
    const at2022 = titleOn(quy.positions, new Date("2022-03-23T08:30:00+07:00"));
    expect(at2022).toContain("Bí thư Tỉnh ủy");
    expect(titleOn(quy.positions, new Date("2026-11-27T08:00:00+07:00"))).not.toContain("Bí thư Tỉnh ủy");
  });
});

describe("reader queries", () => {
  it("never show drafts, unpublished or future articles", async () => {
    const seedArticle = await db.article.findUniqueOrThrow({ where: { id: seedArticleId } });
    const make = (slug: string, status: "DRAFT" | "UNPUBLISHED" | "PUBLISHED", publishedAt: Date | null) =>
      db.article.create({
        data: {
          title: slug,
          slug,
          body: { type: "doc", content: [] },
          categoryId: seedArticle.categoryId,
          authorId: seedArticle.authorId,
          status,
          publishedAt,
        },
      });
    const draft = await make("ban-nhap", "DRAFT", null);
    const pulled = await make("da-go", "UNPUBLISHED", new Date("2023-05-01T00:00:00Z"));
    const future = await make("tuong-lai", "PUBLISHED", new Date(Date.now() + 86_400_000));
    for (const hidden of [draft, pulled, future]) {
      expect(await getPublishedArticle(hidden.id)).toBeNull();
      expect((await listLatest(100)).map((a) => a.id)).not.toContain(hidden.id);
      expect((await listSameCategory(seedArticle)).map((a) => a.id)).not.toContain(hidden.id);
      expect(await articleRoute(`/tin/${hidden.slug}-${hidden.id}`)).toEqual({ kind: "missing" });
    }
  });

  it("limits the same-category list to 16", async () => {
    const seedArticle = await db.article.findUniqueOrThrow({ where: { id: seedArticleId } });
    for (let i = 0; i < 3; i++) {
      await db.article.create({
        data: {
          title: `Thêm ${i}`,
          slug: `them-${i}`,
          body: { type: "doc", content: [] },
          categoryId: seedArticle.categoryId,
          authorId: seedArticle.authorId,
          status: "PUBLISHED",
          publishedAt: new Date(`2021-01-0${i + 1}T02:00:00Z`),
        },
      });
    }
    expect(await listSameCategory(seedArticle)).toHaveLength(16);
  });

  it("redirects a wrong or old slug to the canonical path, and leaves the canonical one to the page", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: seedArticleId } });
    const canonical = articlePath(article);
    expect(await articleRoute(canonical)).toEqual({ kind: "page" });
    expect(await articleRoute(`/tin/ten-cu-${article.id}`)).toEqual({ kind: "moved", to: canonical });
    expect(await articleRoute(`/tin/${article.id}`)).toEqual({ kind: "moved", to: canonical });
  });
});

describe("signing in", () => {
  it("accepts the right password whatever the e-mail's case, and nothing else", async () => {
    expect(await authenticate({ email: "admin@example.vn", password: "mat-khau-quan-tri" })).toMatchObject({ role: "ADMIN" });
    expect(await authenticate({ email: " ADMIN@EXAMPLE.VN ", password: "mat-khau-quan-tri" })).not.toBeNull();
    expect(await authenticate({ email: "admin@example.vn", password: "sai-mat-khau" })).toBeNull();
    expect(await authenticate({ email: "ai-do@example.vn", password: "mat-khau-quan-tri" })).toBeNull();
    expect(await authenticate({ email: "khong-phai-email", password: "x" })).toBeNull();
  });

  it("stores an argon2id hash, never the password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin@example.vn" } });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain("mat-khau-quan-tri");
  });

  it("refuses a deactivated account", async () => {
    await db.user.update({ where: { email: "admin@example.vn" }, data: { active: false } });
    expect(await authenticate({ email: "admin@example.vn", password: "mat-khau-quan-tri" })).toBeNull();
    await db.user.update({ where: { email: "admin@example.vn" }, data: { active: true } });
  });

  it("enforces e-mail uniqueness regardless of case in the database itself", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.vn" } });
    await expect(
      db.user.create({ data: { email: "ADMIN@example.vn", displayName: "Trùng", slug: "trung", passwordHash: admin.passwordHash } }),
    ).rejects.toThrow();
  });
});

describe("the admin account", () => {
  it("gets a random password printed once when none is configured, and never a built-in one", async () => {
    const first = await db.$transaction((tx) => ensureAdminAccount(tx, { email: "moi@example.vn" }), { timeout: 30_000 });
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await authenticate({ email: "moi@example.vn", password: first.generatedPassword })).not.toBeNull();
    const again = await db.$transaction((tx) => ensureAdminAccount(tx, { email: "moi@example.vn" }), { timeout: 30_000 });
    expect(again).toMatchObject({ created: false, generatedPassword: null });
  });

  it("takes ADMIN_PASSWORD when given, and ends older sessions when it changes", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { email: "admin@example.vn" } });
    const result = await db.$transaction((tx) => ensureAdminAccount(tx, { email: "admin@example.vn", password: "mat-khau-moi-2026" }), { timeout: 30_000 });
    expect(result.passwordChanged).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { email: "admin@example.vn" } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await authenticate({ email: "admin@example.vn", password: "mat-khau-moi-2026" })).not.toBeNull();
    await expect(db.$transaction((tx) => ensureAdminAccount(tx, { email: "x@example.vn", password: "ngan" }))).rejects.toThrow();
  });
});
