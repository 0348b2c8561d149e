import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));

import { createArticle, restoreRevision, saveArticle } from "@/lib/articles/editing";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { deleteBanner, saveBanner } from "@/lib/home/admin";
import { deleteMedia, uploadMedia } from "@/lib/media/library";
import { mediaFileExists } from "@/lib/media/storage";
import { mediaUrl, parseVariants } from "@/lib/media/urls";
import { updateOwnProfile } from "@/lib/people/profile";
import type { Actor } from "@/lib/people/policy";
import { DEFAULT_SITE_SETTINGS } from "@/lib/settings";
import { absoluteUrl } from "@/lib/site/url";
import { settingsVersion, updateSiteSettings } from "@/lib/settings/update";
import { ensureStaffAccount } from "../support/newsroom";

let admin: Actor;
let editor: Actor;
let reporter: Actor;

beforeAll(async () => {
  admin = await ensureStaffAccount({ email: "qt@toasoan.vn", displayName: "Quản trị", role: "ADMIN", password: "mat-khau-qt", slug: "qt" });
  editor = await ensureStaffAccount({ email: "btv@toasoan.vn", displayName: "Biên tập viên", role: "EDITOR", password: "mat-khau-btv", slug: "btv" });
  reporter = await ensureStaffAccount({ email: "pv@toasoan.vn", displayName: "Trần Thị Lan", role: "REPORTER", password: "mat-khau-pv", slug: "tran-thi-lan" });
});

async function upload(name: string) {
  const data = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#a50e13" } })
    .png()
    .toBuffer();
  const media = await uploadMedia(editor, { name, data }, { alt: name });
  return { ...media, files: [media.path, ...parseVariants(media.variants).map((v) => v.path)] };
}

type Uploaded = Awaited<ReturnType<typeof upload>>;

/** The URL of the image's `width` variant (a library pick may be any rendition). */
const variantUrl = (media: Uploaded, width: number) => mediaUrl(parseVariants(media.variants).find((v) => v.width === width)!.path);

async function expectRefused(media: Uploaded, message: RegExp) {
  const attempt = deleteMedia(editor, media.id);
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  await expect(attempt).rejects.toMatchObject({ status: 409, message: expect.stringMatching(message) });
  expect(await db.media.findUnique({ where: { id: media.id } })).not.toBeNull();
  expect(await Promise.all(media.files.map(mediaFileExists))).toEqual(media.files.map(() => true));
}

async function expectDeleted(media: Uploaded) {
  await deleteMedia(editor, media.id);
  expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull();
  expect(await Promise.all(media.files.map(mediaFileExists))).toEqual(media.files.map(() => false));
}

describe("deleting an image still shown outside articles", () => {
  it("is refused while a banner shows it (chosen by URL in the banner admin)", async () => {
    const media = await upload("banner.png");
    const banner = await saveBanner(admin, {
      slot: "home-top",
      imageUrl: media.url,
      linkUrl: "https://dangcongsan.vn",
      alt: "Mừng Đại hội Đảng",
      position: "0",
      active: "on",
    });
    await expectRefused(media, /^Ảnh đang được dùng cho banner “Mừng Đại hội Đảng”, không thể xoá\.$/);
    await deleteBanner(admin, { id: String(banner.id) });
    await expectDeleted(media);
  });

  it("is refused while it is the site logo", async () => {
    const media = await upload("logo.png");
    await updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: variantUrl(media, 320), version: await settingsVersion() });
    await expectRefused(media, /^Ảnh đang được dùng làm logo của trang, không thể xoá\.$/);
    await updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: "", version: await settingsVersion() });
    await expectDeleted(media);
  });

  it("is refused while it is an author's avatar", async () => {
    const media = await upload("chan-dung.png");
    const profile = { displayName: "Trần Thị Lan", slug: "tran-thi-lan", bio: "" };
    await updateOwnProfile(reporter, { ...profile, avatar: variantUrl(media, 640) });
    await expectRefused(media, /^Ảnh đang được dùng làm ảnh đại diện của tác giả “Trần Thị Lan”, không thể xoá\.$/);
    await updateOwnProfile(reporter, { ...profile, avatar: "" });
    await expectDeleted(media);
  });

  it("is refused when it was chosen by pasting the site's own absolute address, which is kept as a path", async () => {
    const media = await upload("dan-dia-chi.png");
    const profile = { displayName: "Trần Thị Lan", slug: "tran-thi-lan", bio: "" };
    await updateOwnProfile(reporter, { ...profile, avatar: absoluteUrl(variantUrl(media, 640)) });
    expect((await db.user.findUniqueOrThrow({ where: { id: reporter.id } })).avatar).toBe(variantUrl(media, 640));
    await expectRefused(media, /ảnh đại diện của tác giả “Trần Thị Lan”/);
    await updateOwnProfile(reporter, { ...profile, avatar: "" });
    await expectDeleted(media);
  });

  it("goes ahead for an image nothing uses, while other images are in use", async () => {
    const used = await upload("dang-dung.png");
    await saveBanner(admin, { slot: "home-top", imageUrl: used.url, linkUrl: "https://dangcongsan.vn", alt: "Banner khác", position: "1", active: "on" });
    await updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: used.url, version: await settingsVersion() });
    await updateOwnProfile(reporter, { displayName: "Trần Thị Lan", slug: "tran-thi-lan", bio: "", avatar: used.url });
    await expectDeleted(await upload("khong-dung.png"));
  });
});

describe("an image deleted after an article version used it", () => {
  const bodyWith = (src: string, text: string) => ({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text }] },
      { type: "image", attrs: { src, alt: "Quang cảnh hội nghị" } },
    ],
  });

  it("is not brought back by restoring that version, nor saved from an editor left open", async () => {
    const category = await db.category.create({ data: { name: "Ảnh đã xoá", slug: "anh-da-xoa" } });
    const media = await upload("hoi-nghi.png");
    const kept = await upload("giu-lai.png");
    const article = await createArticle(reporter, {
      title: "Hội nghị tổng kết",
      sapo: "",
      categoryId: category.id,
      body: bodyWith(variantUrl(media, 640), "Bản có ảnh."),
    });
    const first = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { id: "asc" } });
    await saveArticle(reporter, article.id, {
      title: "Hội nghị tổng kết",
      sapo: "",
      categoryId: category.id,
      body: bodyWith(kept.url, "Bản thay ảnh."),
      expectedVersion: 1,
    });
    await expectDeleted(media);

    const restore = restoreRevision(reporter, article.id, first.id, 2);
    await expect(restore).rejects.toMatchObject({
      status: 422,
      message: `Không khôi phục được phiên bản #${first.id}: nội dung có 1 ảnh đã bị xoá khỏi thư viện; hãy xoá hoặc thay ảnh đó trước khi lưu.`,
    });
    const stale = saveArticle(reporter, article.id, {
      title: "Hội nghị tổng kết",
      sapo: "",
      categoryId: category.id,
      body: bodyWith(media.url, "Bản cũ."),
      expectedVersion: 2,
    });
    await expect(stale).rejects.toMatchObject({ status: 422, fieldErrors: { body: [expect.stringMatching(/ảnh đã bị xoá khỏi thư viện/)] } });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ version: 2, body: bodyWith(kept.url, "Bản thay ảnh.") });

    // Any rendition of an image still in the library saves as before; an image from another site is refused by name.
    await saveArticle(reporter, article.id, {
      title: "Hội nghị tổng kết",
      sapo: "",
      categoryId: category.id,
      body: bodyWith(variantUrl(kept, 320), "Bản mới."),
      expectedVersion: 2,
    });
    const outside = saveArticle(reporter, article.id, {
      title: "Hội nghị tổng kết",
      sapo: "",
      categoryId: category.id,
      body: bodyWith("https://nghean.dcs.vn/anh.jpg", "Ảnh ngoài."),
      expectedVersion: 3,
    });
    await expect(outside).rejects.toMatchObject({
      status: 422,
      fieldErrors: {
        "body.content.1.attrs.src": [expect.stringMatching(/^Ảnh thứ 1 \(“Quang cảnh hội nghị”, anh\.jpg từ nghean\.dcs\.vn\) không thuộc thư viện ảnh/)],
      },
    });
  });

  it("deleting it while an article is saved with it leaves either the image and the article using it, or neither", async () => {
    const category = await db.category.create({ data: { name: "Xoá lúc đang lưu", slug: "xoa-luc-dang-luu" } });
    for (let round = 0; round < 8; round++) {
      const media = await upload(`dua-${round}.png`);
      const article = await createArticle(reporter, {
        title: `Bài đua ${round}`,
        sapo: "",
        categoryId: category.id,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Chưa có ảnh." }] }] },
      });
      const [deleted, saved] = await Promise.allSettled([
        deleteMedia(editor, media.id),
        saveArticle(reporter, article.id, {
          title: `Bài đua ${round}`,
          sapo: "",
          categoryId: category.id,
          body: bodyWith(media.url, "Có ảnh."),
          expectedVersion: 1,
        }),
      ]);
      const stillThere = (await db.media.findUnique({ where: { id: media.id } })) !== null;
      const body = JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body);
      // Never a deleted image in a saved body: one of the two was refused with a reason.
      expect({ round, broken: !stillThere && body.includes(media.url) }).toEqual({ round, broken: false });
      expect([deleted.status, saved.status].filter((s) => s === "rejected").length).toBe(1);
      const refusal = deleted.status === "rejected" ? deleted.reason : saved.status === "rejected" ? saved.reason : null;
      expect(refusal).toMatchObject({ status: expect.any(Number) });
    }
  });
});
