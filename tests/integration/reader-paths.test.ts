import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto([]));

import { articleRoute } from "@/lib/articles/canonical";
import { saveArticle } from "@/lib/articles/editing";
import { articlePath } from "@/lib/articles/paths";
import { transitionArticle } from "@/lib/articles/workflow";
import { tags } from "@/lib/cache/tags";
import store from "@/lib/cache/store.cjs";
import { createCategory } from "@/lib/categories/admin";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/people/policy";
import { getAuthorPage } from "@/lib/articles/queries";
import { isMissingReaderPage, isMissingSearchPage } from "@/lib/site/missing-pages";
import { ensureStaffAccount, makeArticle } from "../support/newsroom";

let categoryId: number;
let admin: Actor;

beforeAll(async () => {
  categoryId = (await db.category.create({ data: { name: "Thời sự", slug: "thoi-su-duong-dan" } })).id;
  admin = await ensureStaffAccount({
    email: "qt-duong-dan@toasoan.vn",
    displayName: "Quản trị",
    role: "ADMIN",
    password: "mat-khau-qt",
    slug: "quan-tri-duong-dan",
  });
});

describe("article addresses (proxy.ts)", () => {
  it("are missing until published, at once after publishing and again at once after unpublishing", async () => {
    const article = await makeArticle(admin.id, categoryId, "IN_REVIEW");
    const path = articlePath(article);
    expect(await articleRoute(path)).toEqual({ kind: "missing" });
    await transitionArticle(admin, article.id, { action: "article.publish" });
    expect(await articleRoute(path)).toEqual({ kind: "page" });
    await transitionArticle(admin, article.id, { action: "article.unpublish" });
    expect(await articleRoute(path)).toEqual({ kind: "missing" });
  });

  it("move to the new slug when the title's slug changes, and send old or bare ids there", async () => {
    const article = await makeArticle(admin.id, categoryId, "PUBLISHED");
    expect(await articleRoute(articlePath(article))).toEqual({ kind: "page" });
    await saveArticle(admin, article.id, {
      title: article.title,
      slug: "duong-dan-moi",
      sapo: article.sapo,
      categoryId,
      body: article.body,
      expectedVersion: article.version,
    });
    const moved = { kind: "moved", to: `/tin/duong-dan-moi-${article.id}` };
    expect(await articleRoute(articlePath(article))).toEqual(moved);
    expect(await articleRoute(`/tin/${article.id}`)).toEqual(moved);
    expect(await articleRoute(`/tin/duong-dan-moi-${article.id}/`)).toEqual(moved);
    expect(await articleRoute(`/tin/duong-dan-moi-${article.id}`)).toEqual({ kind: "page" });
  });

  it("treat addresses without an article id, or with an unknown one, as missing", async () => {
    expect(await articleRoute("/tin/khong-co-id")).toEqual({ kind: "missing" });
    expect(await articleRoute("/tin/x-999999")).toEqual({ kind: "missing" });
    expect(await articleRoute("/tin/a/b")).toEqual({ kind: "missing" });
  });

  it("are remembered until the article's cache tag expires, here or on another instance", async () => {
    const article = await makeArticle(admin.id, categoryId, "DRAFT");
    const path = articlePath(article);
    expect(await articleRoute(path)).toEqual({ kind: "missing" });
    // Written without telling anyone: the memo still answers from the first lookup…
    await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await articleRoute(path)).toEqual({ kind: "missing" });
    // …until the tag expires (what the revalidation fan-out does for a change on another instance).
    store.revalidate([tags.article(article.id)]);
    expect(await articleRoute(path)).toEqual({ kind: "page" });
  });
});

describe("category, official and author addresses (proxy.ts)", () => {
  it("are missing only when no category, official or author has the slug", async () => {
    expect(await isMissingReaderPage("/chuyen-muc/thoi-su-duong-dan")).toBe(false);
    expect(await isMissingReaderPage("/chuyen-muc/thoi-su-duong-dan/")).toBe(false);
    expect(await isMissingReaderPage("/tac-gia/quan-tri-duong-dan")).toBe(false);
    expect(await isMissingReaderPage("/chuyen-muc/khong-co-chuyen-muc")).toBe(true);
    expect(await isMissingReaderPage("/lanh-dao/khong-co-ai")).toBe(true);
    expect(await isMissingReaderPage("/tac-gia/khong-co-ai")).toBe(true);
    expect(await isMissingReaderPage("/tac-gia/%E0%A4%A")).toBe(true);
    // Not a slug at all (a NUL byte, which PostgreSQL refuses as text): missing, not looked up.
    expect(await isMissingReaderPage("/tac-gia/%00")).toBe(true);
    expect(await isMissingReaderPage("/chuyen-muc/Thoi-Su-Duong-Dan")).toBe(true);
    // The directory itself and deeper paths (feeds) are left to their routes.
    expect(await isMissingReaderPage("/lanh-dao")).toBe(false);
    expect(await isMissingReaderPage("/chuyen-muc/khong-co-chuyen-muc/rss.xml")).toBe(false);
  });

  it("answer a listing page past the last or not a number as missing, and page 2 exists as soon as an article fills it", async () => {
    const fields = { description: "", showInMenu: "on", seoTitle: "", seoDescription: "" };
    const parent = await createCategory(admin, { ...fields, name: "Kinh tế", slug: "kinh-te-trang", parentId: "" });
    const page = (trang: string) => isMissingReaderPage("/chuyen-muc/kinh-te-trang", new URLSearchParams({ trang }));
    expect(await page("2")).toBe(true);
    // A sub-category created afterwards counts at once (the tree the proxy reads is kept until the menu changes).
    const child = await createCategory(admin, { ...fields, name: "Nông nghiệp", slug: "nong-nghiep-trang", parentId: String(parent.id) });
    expect(await page("1")).toBe(false);
    for (const trang of ["2", "0", "abc", "", "1.5", "-1", "999999"]) expect(await page(trang), trang).toBe(true);
    // A repeated "trang" is judged by its last value, the one next.config.ts's rewrite renders.
    const repeated = (query: string) => isMissingReaderPage("/chuyen-muc/kinh-te-trang", new URLSearchParams(query));
    expect(await repeated("trang=1&trang=99")).toBe(true);
    expect(await repeated("trang=abc&trang=1")).toBe(false);
    // Twenty articles in the sub-category fill the parent's first page exactly.
    for (let i = 0; i < 20; i++) await makeArticle(admin.id, child.id, "PUBLISHED");
    store.revalidate([tags.categoryList(parent.id)]);
    expect(await page("2")).toBe(true);
    const twentyFirst = await makeArticle(admin.id, child.id, "IN_REVIEW");
    await transitionArticle(admin, twentyFirst.id, { action: "article.publish" });
    expect(await page("2")).toBe(false);
    expect(await page("3")).toBe(true);
    await transitionArticle(admin, twentyFirst.id, { action: "article.unpublish" });
    expect(await page("2")).toBe(true);
  });

  it("exist at once when a category is created", async () => {
    expect(await isMissingReaderPage("/chuyen-muc/chuyen-muc-vua-tao")).toBe(true);
    await createCategory(admin, {
      name: "Chuyên mục vừa tạo",
      slug: "chuyen-muc-vua-tao",
      parentId: "",
      description: "",
      showInMenu: "on",
      seoTitle: "",
      seoDescription: "",
    });
    expect(await isMissingReaderPage("/chuyen-muc/chuyen-muc-vua-tao")).toBe(false);
  });
});

describe("an author's listing pages (/tac-gia/<slug>?trang=N)", () => {
  it("have 20 articles a page, newest first; page 2 exists as soon as a publish fills it and is missing again after an unpublish", async () => {
    const author = await ensureStaffAccount({
      email: "pv-trang@toasoan.vn",
      displayName: "Phóng viên Trang",
      role: "REPORTER",
      password: "mat-khau-pv",
      slug: "phong-vien-trang",
    });
    const page = (trang: string) => isMissingReaderPage("/tac-gia/phong-vien-trang", new URLSearchParams({ trang }));
    // No published article yet: page 1 exists (it says so), nothing after it.
    expect(await getAuthorPage(author.id, 1)).toEqual({ articles: [], total: 0, page: 1, pageCount: 1 });
    expect(await page("1")).toBe(false);
    for (const trang of ["2", "0", "abc", "", "1.5", "-1", "999999"]) expect(await page(trang), trang).toBe(true);
    const first = [];
    for (let i = 0; i < 20; i++) first.push(await makeArticle(author.id, categoryId, "PUBLISHED"));
    // Not the author's public articles: a draft of theirs and someone else's publication.
    await makeArticle(author.id, categoryId, "DRAFT");
    await makeArticle(admin.id, categoryId, "PUBLISHED");
    store.revalidate([tags.author(author.id)]);
    expect(await page("2")).toBe(true);
    expect((await getAuthorPage(author.id, 1))?.articles).toHaveLength(20);
    expect(await getAuthorPage(author.id, 2)).toBeNull();

    const twentyFirst = await makeArticle(author.id, categoryId, "IN_REVIEW");
    await transitionArticle(admin, twentyFirst.id, { action: "article.publish" });
    expect(await page("2")).toBe(false);
    expect(await page("3")).toBe(true);
    const [one, two] = await Promise.all([getAuthorPage(author.id, 1), getAuthorPage(author.id, 2)]);
    expect(one).toMatchObject({ total: 21, page: 1, pageCount: 2 });
    expect(one!.articles[0]!.id).toBe(twentyFirst.id);
    // The oldest (same time, lowest id) is pushed onto page 2; no article is on both pages.
    expect(two!.articles.map((a) => a.id)).toEqual([first[0]!.id]);

    await transitionArticle(admin, twentyFirst.id, { action: "article.unpublish" });
    expect(await page("2")).toBe(true);
  });
});

describe("search addresses (proxy.ts)", () => {
  it("are missing when trang is not a page number, as a listing's are; any page number is left to the page", () => {
    const missing = (query: string) => isMissingSearchPage(new URLSearchParams(query));
    for (const query of ["q=tinh+uy", "q=tinh+uy&trang=1", "q=tinh+uy&trang=26", "q=tinh+uy&trang=600", "trang=99999", "q=a&trang=abc&trang=3"])
      expect(missing(query), query).toBe(false);
    for (const query of [
      "q=tinh+uy&trang=0",
      "q=tinh+uy&trang=-1",
      "q=tinh+uy&trang=abc",
      "q=tinh+uy&trang=",
      "q=tinh+uy&trang=1.5",
      "q=tinh+uy&trang=999999",
      "q=a&trang=3&trang=abc",
    ]) {
      expect(missing(query), query).toBe(true);
    }
  });
});
