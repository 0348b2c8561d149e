import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { createArticle, saveArticle } from "@/lib/articles/editing";
import { createCategory, deleteCategory, moveCategoryContents, reorderCategory, updateCategory } from "@/lib/categories/admin";
import { db } from "@/lib/db";
import { asDomainError, ConflictError } from "@/lib/errors";
import type { Actor } from "@/lib/people/policy";
import { findRedirect } from "@/lib/redirects";

let admin: Actor;

async function makeUser(role: Actor["role"], email: string): Promise<Actor> {
  const user = await db.user.create({ data: { email, displayName: email, slug: email.replace(/\W/g, "-"), passwordHash: "x", role } });
  return { id: user.id, role: user.role };
}

async function edit(id: number, changes: Record<string, unknown>) {
  const current = await db.category.findUniqueOrThrow({ where: { id } });
  return updateCategory(admin, {
    id,
    expectedUpdatedAt: current.updatedAt.toISOString(),
    name: current.name,
    slug: current.slug,
    parentId: current.parentId ?? "",
    description: current.description,
    showInMenu: current.showInMenu ? "on" : undefined,
    seoTitle: current.seoTitle ?? "",
    seoDescription: current.seoDescription ?? "",
    ...changes,
  });
}

beforeAll(async () => {
  admin = await makeUser("ADMIN", "cat-admin@example.vn");
});

beforeEach(() => {
  revalidated.length = 0;
});

describe("categories", () => {
  it("creates a category with a Vietnamese slug, NFC-normalised name, and invalidates the menu", async () => {
    const created = await createCategory(admin, { name: "  Kinh te\u0302\u0301 ", showInMenu: "on" });
    expect(created.name).toBe("Kinh tế");
    expect(created.slug).toBe("kinh-te");
    expect(created.showInMenu).toBe(true);
    expect(revalidated).toContain("menu");
    const audit = await db.auditLog.findFirst({ where: { action: "category.create", entityId: String(created.id) } });
    expect(audit?.userId).toBe(admin.id);
  });

  it("renaming the slug leaves a 301 target from the old path, without chains or loops", async () => {
    const category = await createCategory(admin, { name: "Văn hóa" });
    await edit(category.id, { name: "Văn hoá - Xã hội", slug: "" });
    expect(await findRedirect("/chuyen-muc/van-hoa")).toBe("/chuyen-muc/van-hoa-xa-hoi");
    await edit(category.id, { slug: "van-hoa-the-thao" });
    // The first old path now points straight at the newest one.
    expect(await findRedirect("/chuyen-muc/van-hoa")).toBe("/chuyen-muc/van-hoa-the-thao");
    expect(await findRedirect("/chuyen-muc/van-hoa-xa-hoi/")).toBe("/chuyen-muc/van-hoa-the-thao");
    expect(await findRedirect("/chuyen-muc/van-hoa-xa-hoi/rss")).toBe("/chuyen-muc/van-hoa-the-thao/rss");
    expect(await findRedirect("/chuyen-muc/khong-co/rss")).toBeNull();
    // Back to an old slug: that path serves the page again instead of redirecting to itself.
    await edit(category.id, { slug: "van-hoa" });
    expect(await findRedirect("/chuyen-muc/van-hoa")).toBeNull();
    expect(await findRedirect("/chuyen-muc/van-hoa-the-thao")).toBe("/chuyen-muc/van-hoa");
    expect(await db.redirect.count({ where: { fromPath: { equals: db.redirect.fields.toPath } } })).toBe(0);
  });

  it("refuses a duplicate slug with a message beside the field", async () => {
    const a = await createCategory(admin, { name: "Thể thao" });
    await expect(createCategory(admin, { name: "Thể thao" })).rejects.toMatchObject({ fieldErrors: { slug: [expect.stringContaining("the-thao")] } });
    const b = await createCategory(admin, { name: "Giải trí" });
    await expect(edit(b.id, { slug: a.slug })).rejects.toMatchObject({ status: 422 });
  });

  it("refuses a stale edit: two admins saving the same category never overwrite each other silently", async () => {
    const category = await createCategory(admin, { name: "Quốc phòng" });
    const stale = category.updatedAt.toISOString();
    await edit(category.id, { name: "Quốc phòng - An ninh" });
    await expect(updateCategory(admin, { id: category.id, expectedUpdatedAt: stale, name: "Ghi đè", slug: "", parentId: "" })).rejects.toMatchObject({
      status: 409,
    });
    expect((await db.category.findUniqueOrThrow({ where: { id: category.id } })).name).toBe("Quốc phòng - An ninh");
    // An unreadable version is not "someone else saved": it says so.
    await expect(updateCategory(admin, { id: category.id, expectedUpdatedAt: "hôm qua", name: "Ghi đè", slug: "", parentId: "" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { expectedUpdatedAt: [expect.stringContaining("Phiên bản dữ liệu không hợp lệ")] },
    });
  });

  it("keeps the tree at most three levels deep and refuses cycles", async () => {
    const l1 = await createCategory(admin, { name: "Cấp một" });
    const l2 = await createCategory(admin, { name: "Cấp hai", parentId: l1.id });
    const l3 = await createCategory(admin, { name: "Cấp ba", parentId: l2.id });
    await expect(createCategory(admin, { name: "Cấp bốn", parentId: l3.id })).rejects.toMatchObject({ fieldErrors: { parentId: expect.any(Array) } });
    await expect(edit(l1.id, { parentId: l3.id })).rejects.toMatchObject({ status: 422 });
    const other = await createCategory(admin, { name: "Gốc khác" });
    const otherChild = await createCategory(admin, { name: "Con khác", parentId: other.id });
    // l2 has a child: under a level-2 category it would reach level four.
    await expect(edit(l2.id, { parentId: otherChild.id })).rejects.toMatchObject({ status: 422 });
    await edit(l2.id, { parentId: other.id });
    expect((await db.category.findUniqueOrThrow({ where: { id: l3.id } })).parentId).toBe(l2.id);
    expect((await db.category.findUniqueOrThrow({ where: { id: l2.id } })).parentId).toBe(other.id);
  });

  it("two admins moving two categories under each other at the same time never make a cycle", async () => {
    // On PostgreSQL both transactions used to pass their cycle check and commit together: A under B
    // and B under A, a tree no page could walk (descendantIds never ends).
    for (let round = 0; round < 5; round++) {
      const a = await createCategory(admin, { name: `Chéo A ${round}` });
      const b = await createCategory(admin, { name: `Chéo B ${round}` });
      const results = await Promise.allSettled([edit(a.id, { parentId: b.id }), edit(b.id, { parentId: a.id })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 422 } });
      const [ra, rb] = [await db.category.findUniqueOrThrow({ where: { id: a.id } }), await db.category.findUniqueOrThrow({ where: { id: b.id } })];
      expect([ra.parentId, rb.parentId].filter((p) => p !== null)).toHaveLength(1);
    }
  });

  it("two admins creating the same category at the same time: one is created, the other told the address is taken", async () => {
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([1, 2, 3].map(() => createCategory(admin, { name: `Cùng lúc ${round}` })));
      const outcome = results.map((r) => (r.status === "fulfilled" ? "created" : (r.reason as { status?: number }).status));
      expect(outcome.sort()).toEqual([422, 422, "created"]);
    }
  });

  it("reorders siblings", async () => {
    const root = await createCategory(admin, { name: "Thứ tự" });
    const [a, b, c] = [
      await createCategory(admin, { name: "Con A", parentId: root.id }),
      await createCategory(admin, { name: "Con B", parentId: root.id }),
      await createCategory(admin, { name: "Con C", parentId: root.id }),
    ];
    await reorderCategory(admin, { id: c!.id, direction: "up" });
    const order = async () => (await db.category.findMany({ where: { parentId: root.id }, orderBy: [{ position: "asc" }, { id: "asc" }] })).map((x) => x.name);
    expect(await order()).toEqual(["Con A", "Con C", "Con B"]);
    await reorderCategory(admin, { id: a!.id, direction: "up" });
    expect(await order()).toEqual(["Con A", "Con C", "Con B"]);
    await reorderCategory(admin, { id: a!.id, direction: "down" });
    expect(await order()).toEqual(["Con C", "Con A", "Con B"]);
    expect(b).toBeDefined();
  });

  it("refuses to delete a category with articles or children, offering to move them first", async () => {
    const full = await createCategory(admin, { name: "Đầy" });
    const child = await createCategory(admin, { name: "Con của Đầy", parentId: full.id });
    const target = await createCategory(admin, { name: "Đích" });
    await db.article.create({ data: { title: "Bài", slug: "bai-trong-day", body: { type: "doc", content: [] }, categoryId: full.id, authorId: admin.id } });
    await expect(deleteCategory(admin, { id: full.id })).rejects.toThrow(/1 bài viết và 1 chuyên mục con.*chuyển/);
    expect(await db.category.findUnique({ where: { id: full.id } })).not.toBeNull();
    expect(await moveCategoryContents(admin, { fromId: full.id, toId: target.id })).toEqual({ articles: 1, children: 1 });
    expect((await db.category.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(target.id);
    await deleteCategory(admin, { id: full.id });
    expect(await db.category.findUnique({ where: { id: full.id } })).toBeNull();
  });
});

describe("moving a category's contents", () => {
  it("gives each moved article a new version and revision: an editor's open copy cannot put it back unawares", async () => {
    const from = await createCategory(admin, { name: "Nguồn chuyển" });
    const to = await createCategory(admin, { name: "Đích chuyển" });
    const { id } = await createArticle(admin, { title: "Bài đang mở", sapo: "Sapo", categoryId: from.id, body: { type: "doc", content: [] } });
    await moveCategoryContents(admin, { fromId: from.id, toId: to.id });
    const moved = await db.article.findUniqueOrThrow({ where: { id } });
    expect(moved).toMatchObject({ categoryId: to.id, version: 2 });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { id: "desc" } });
    expect(revision).toMatchObject({ version: 2, kind: "SAVE", note: 'Chuyển từ chuyên mục "Nguồn chuyển" sang "Đích chuyển"' });
    // The editor's form was loaded at version 1, in the old category.
    const stale = saveArticle(admin, id, {
      title: "Bài đang mở (sửa)",
      sapo: "Sapo",
      categoryId: from.id,
      body: { type: "doc", content: [] },
      expectedVersion: 1,
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/phiên bản 2/);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).categoryId).toBe(to.id);
  });

  it("into one of its own sub-categories is refused beside the target field, in words that say why", async () => {
    const parent = await createCategory(admin, { name: "Gộp cha" });
    const child = await createCategory(admin, { name: "Gộp con", parentId: parent.id });
    const grandchild = await createCategory(admin, { name: "Gộp cháu", parentId: child.id });
    for (const target of [child, grandchild]) {
      await expect(moveCategoryContents(admin, { fromId: parent.id, toId: target.id })).rejects.toMatchObject({
        status: 422,
        message: expect.stringContaining(`nằm trong "Gộp cha"`),
        fieldErrors: { toId: [expect.any(String)] },
      });
    }
    expect((await db.category.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(parent.id);
  });
});

describe("category actions for non-admins", () => {
  it("are refused to EDITOR, REPORTER and anonymous callers, and change nothing", async () => {
    const category = await createCategory(admin, { name: "Được bảo vệ" });
    const editor = await makeUser("EDITOR", "cat-editor@example.vn");
    const reporter = await makeUser("REPORTER", "cat-reporter@example.vn");
    const before = { categories: await db.category.count(), audit: await db.auditLog.count(), redirects: await db.redirect.count() };
    revalidated.length = 0;
    for (const [actor, status] of [
      [editor, 403],
      [reporter, 403],
      [null, 401],
    ] as const) {
      await expect(createCategory(actor, { name: "Lén" })).rejects.toMatchObject({ status });
      await expect(
        updateCategory(actor, { id: category.id, expectedUpdatedAt: category.updatedAt.toISOString(), name: "Lén", slug: "len", parentId: "" }),
      ).rejects.toMatchObject({ status });
      await expect(reorderCategory(actor, { id: category.id, direction: "up" })).rejects.toMatchObject({ status });
      await expect(deleteCategory(actor, { id: category.id })).rejects.toMatchObject({ status });
      await expect(moveCategoryContents(actor, { fromId: category.id, toId: category.id })).rejects.toMatchObject({ status });
    }
    expect({ categories: await db.category.count(), audit: await db.auditLog.count(), redirects: await db.redirect.count() }).toEqual(before);
    expect((await db.category.findUniqueOrThrow({ where: { id: category.id } })).name).toBe("Được bảo vệ");
    expect(revalidated).toEqual([]);
  });
});

describe("a category deleted while an article is being saved into it", () => {
  it("makes the write fail as a conflict (409) that changes nothing, on both engines", async () => {
    const category = await createCategory(admin, { name: "Sắp bị xoá" });
    const article = await db.article.create({
      data: { title: "Bài đang sửa", slug: `bai-dang-sua-${process.pid}`, body: { type: "doc", content: [] }, categoryId: category.id, authorId: admin.id },
    });
    // What the save's UPDATE meets when the delete committed between its check and its write.
    const missingCategoryId = category.id + 1_000_000;
    const failure = await db.article.update({ where: { id: article.id }, data: { categoryId: missingCategoryId } }).catch(asDomainError);
    expect(failure).toBeInstanceOf(ConflictError);
    expect(failure).toMatchObject({ status: 409 });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).categoryId).toBe(category.id);
  });
});

describe("an admin editing a category while another reorders the list", () => {
  it("saves without a conflict: the category's place is not an edit of it", async () => {
    const first = await createCategory(admin, { name: "Xếp thứ nhất" });
    const second = await createCategory(admin, { name: "Xếp thứ hai" });
    const formLoadedAt = (await db.category.findUniqueOrThrow({ where: { id: first.id } })).updatedAt;
    await reorderCategory(admin, { id: second.id, direction: "up" });
    const moved = await db.category.findUniqueOrThrow({ where: { id: first.id } });
    expect(moved.position).toBeGreaterThan((await db.category.findUniqueOrThrow({ where: { id: second.id } })).position);
    await updateCategory(admin, { id: first.id, expectedUpdatedAt: formLoadedAt.toISOString(), name: "Xếp thứ nhất (sửa)", slug: moved.slug, parentId: "" });
    expect((await db.category.findUniqueOrThrow({ where: { id: first.id } })).name).toBe("Xếp thứ nhất (sửa)");
  });
});
