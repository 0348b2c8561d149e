import { beforeAll, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => revalidated.push(tag) }));

import { runScheduledPublishing } from "@/lib/articles/scheduler-runner";
import { listAuditLog, parseAuditFilter } from "@/lib/audit/queries";
import { db } from "@/lib/db";
import { deleteBanner, saveBanner, setCategoryBlocks, setHomeSlot } from "@/lib/home/admin";
import type { Actor } from "@/lib/people/policy";
import { DEFAULT_SITE_SETTINGS, getSiteSettings } from "@/lib/settings";
import { settingsVersion, updateSiteSettings } from "@/lib/settings/update";

let admin: Actor;
let editor: Actor;
let reporter: Actor;
let published: number;
let draft: number;
let categoryId: number;

async function makeUser(role: Actor["role"], email: string): Promise<Actor> {
  const user = await db.user.create({ data: { email, displayName: `Người ${role}`, slug: email.replace(/\W/g, "-"), passwordHash: "x", role } });
  return { id: user.id, role: user.role };
}

beforeAll(async () => {
  admin = await makeUser("ADMIN", "home-admin@example.vn");
  editor = await makeUser("EDITOR", "home-editor@example.vn");
  reporter = await makeUser("REPORTER", "home-reporter@example.vn");
  categoryId = (await db.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  const article = (slug: string, status: "PUBLISHED" | "DRAFT") =>
    db.article.create({
      data: {
        title: slug,
        slug,
        body: { type: "doc", content: [] },
        categoryId,
        authorId: admin.id,
        status,
        publishedAt: status === "PUBLISHED" ? new Date("2026-01-01T00:00:00Z") : null,
      },
    });
  published = (await article("bai-noi-bat", "PUBLISHED")).id;
  draft = (await article("bai-nhap", "DRAFT")).id;
});

const banner = {
  slot: "home-top",
  imageUrl: "/media/banner.webp",
  linkUrl: "https://dangcongsan.vn",
  alt: "Đại hội Đảng",
  startsAt: "2026-11-01T00:00",
  endsAt: "2026-12-31T23:59",
  position: "0",
  active: "on",
};

describe("home page management", () => {
  it("an editor features a published article in Home-latest-1; drafts are refused", async () => {
    revalidated.length = 0;
    await setHomeSlot(editor, { key: "Home-latest-1", articleId: String(published) });
    expect((await db.homeSlot.findUniqueOrThrow({ where: { key: "Home-latest-1" } })).articleId).toBe(published);
    expect(revalidated).toContain("home");
    await expect(setHomeSlot(editor, { key: "Home-latest-1", articleId: String(draft) })).rejects.toMatchObject({
      fieldErrors: { articleId: expect.any(Array) },
    });
    await expect(setHomeSlot(editor, { key: "Trang-khac", articleId: String(published) })).rejects.toMatchObject({ status: 422 });
    await setHomeSlot(editor, { key: "Home-latest-1", articleId: "" });
    expect((await db.homeSlot.findUniqueOrThrow({ where: { key: "Home-latest-1" } })).articleId).toBeNull();
  });

  it("an admin manages banners with dates in Vietnam time and required alt text", async () => {
    const saved = await saveBanner(admin, banner);
    expect(saved.startsAt?.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    await expect(saveBanner(admin, { ...banner, alt: "" })).rejects.toMatchObject({ fieldErrors: { alt: expect.any(Array) } });
    await expect(saveBanner(admin, { ...banner, endsAt: "2026-10-01T00:00" })).rejects.toMatchObject({
      fieldErrors: { endsAt: ["Thời điểm kết thúc phải sau thời điểm bắt đầu"] },
    });
    await expect(saveBanner(admin, { ...banner, linkUrl: "javascript:alert(1)" })).rejects.toMatchObject({ fieldErrors: { linkUrl: expect.any(Array) } });
    await saveBanner(admin, { ...banner, id: String(saved.id), expectedUpdatedAt: saved.updatedAt.toISOString(), alt: "Mừng Đại hội", active: "" });
    expect(await db.banner.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ alt: "Mừng Đại hội", active: false });
    await deleteBanner(admin, { id: String(saved.id) });
    expect(await db.banner.count()).toBe(0);
  });

  it("two admins editing the same banner from forms loaded together: the second is told, and overwrites nothing", async () => {
    const second = await makeUser("ADMIN", "home-admin-2@example.vn");
    const saved = await saveBanner(admin, banner);
    const loaded = { ...banner, id: String(saved.id), expectedUpdatedAt: saved.updatedAt.toISOString() };
    await saveBanner(second, { ...loaded, endsAt: "2027-01-15T23:59" });
    // The first admin only fixes the alt text; the form still holds the old end time.
    await expect(saveBanner(admin, { ...loaded, alt: "Chào mừng Đại hội Đảng" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("vừa được người khác sửa"),
    });
    expect(await db.banner.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ alt: "Đại hội Đảng", endsAt: new Date("2027-01-15T16:59:00Z") });
    // A form without its version (an old tab, a hand-made request) is refused too, beside nothing saved.
    await expect(saveBanner(admin, { ...banner, id: String(saved.id), alt: "Không phiên bản" })).rejects.toMatchObject({ status: 409 });
    await deleteBanner(admin, { id: String(saved.id) });
  });

  it("an admin orders the category blocks", async () => {
    await setCategoryBlocks(admin, { [`block[${categoryId}]`]: "2" });
    expect((await db.category.findUniqueOrThrow({ where: { id: categoryId } })).homePosition).toBe(2);
    await expect(setCategoryBlocks(admin, { [`block[${categoryId}]`]: "abc" })).rejects.toMatchObject({ status: 422 });
    await setCategoryBlocks(admin, { [`block[${categoryId}]`]: "" });
    expect((await db.category.findUniqueOrThrow({ where: { id: categoryId } })).homePosition).toBeNull();
  });

  it("refuses home and banner management to editors, reporters and anonymous callers; featuring to reporters and anonymous", async () => {
    await setCategoryBlocks(admin, { [`block[${categoryId}]`]: "1" });
    const kept = await saveBanner(admin, banner);
    const snapshot = async () => [await db.homeSlot.findMany(), await db.banner.findMany(), await db.category.findMany(), await db.auditLog.count()];
    const before = await snapshot();
    for (const [actor, status] of [
      [editor, 403],
      [reporter, 403],
      [null, 401],
    ] as const) {
      await expect(saveBanner(actor, banner)).rejects.toMatchObject({ status });
      await expect(saveBanner(actor, { ...banner, id: String(kept.id), expectedUpdatedAt: kept.updatedAt.toISOString() })).rejects.toMatchObject({ status });
      await expect(deleteBanner(actor, { id: String(kept.id) })).rejects.toMatchObject({ status });
      await expect(setCategoryBlocks(actor, { [`block[${categoryId}]`]: "5" })).rejects.toMatchObject({ status });
    }
    for (const [actor, status] of [
      [reporter, 403],
      [null, 401],
    ] as const) {
      await expect(setHomeSlot(actor, { key: "Home-latest-1", articleId: String(published) })).rejects.toMatchObject({ status });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("banner times", () => {
  it("a banner's start or end time passing expires the cached banner list within one scheduler run", async () => {
    await runScheduledPublishing();
    const startsSoon = await db.banner.create({
      data: { slot: "home-top", imageUrl: "/media/sap.webp", linkUrl: "https://nghean.gov.vn", alt: "Sắp hiện", startsAt: new Date(Date.now() + 300) },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    revalidated.length = 0;
    await runScheduledPublishing();
    expect(revalidated).toContain("banners");
    // Nothing else started or ended since: the next run leaves the cache alone.
    revalidated.length = 0;
    await runScheduledPublishing();
    expect(revalidated).not.toContain("banners");
    await db.banner.delete({ where: { id: startsSoon.id } });
  });
});

describe("site settings", () => {
  it("an admin updates the footer contact; a stale form is refused", async () => {
    const version = await settingsVersion();
    revalidated.length = 0;
    await updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: "", phone: "0238 3 999 999", version });
    const settings = await getSiteSettings();
    expect(settings.phone).toBe("0238 3 999 999");
    expect(settings.logoUrl).toBeNull();
    expect(revalidated).toEqual(expect.arrayContaining(["settings", "home"]));
    await expect(updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: "", phone: "ghi đè", version })).rejects.toMatchObject({ status: 409 });
    await expect(updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, siteName: " ", version: await settingsVersion() })).rejects.toMatchObject({
      fieldErrors: { siteName: expect.any(Array) },
    });
    expect((await getSiteSettings()).phone).toBe("0238 3 999 999");
  });

  it("refuses settings changes to editors, reporters and anonymous callers", async () => {
    const before = await getSiteSettings();
    for (const [actor, status] of [
      [editor, 403],
      [reporter, 403],
      [null, 401],
    ] as const) {
      await expect(updateSiteSettings(actor, { ...DEFAULT_SITE_SETTINGS, siteName: "Lén", version: await settingsVersion() })).rejects.toMatchObject({
        status,
      });
    }
    expect(await getSiteSettings()).toEqual(before);
  });
});

describe("audit log", () => {
  it("shows admins who did what, filterable by user, action and Vietnam day; nobody else may read it", async () => {
    const all = await listAuditLog(admin, parseAuditFilter({}));
    expect(all.total).toBeGreaterThan(5);
    const byEditor = await listAuditLog(admin, parseAuditFilter({ userId: String(editor.id) }));
    expect(byEditor.rows.every((r) => r.userId === editor.id && r.action === "home.feature")).toBe(true);
    expect(byEditor.rows.length).toBe(2);
    const banners = await listAuditLog(admin, parseAuditFilter({ action: "banner." }));
    expect(new Set(banners.rows.map((r) => r.action))).toEqual(new Set(["banner.create", "banner.update", "banner.delete"]));
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await listAuditLog(admin, parseAuditFilter({ from: today, to: today }))).total).toBe(all.total);
    expect((await listAuditLog(admin, parseAuditFilter({ to: "2020-01-01" }))).total).toBe(0);
    for (const actor of [editor, reporter, null]) await expect(listAuditLog(actor, parseAuditFilter({}))).rejects.toThrow();
  });
});
