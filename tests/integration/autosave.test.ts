// Autosave keeps the whole editor form (not only title, sapo and body), brings it back when the editor
// reopens, and is still offered after someone else saves a newer version, without overwriting it.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto([]));

import { loadForEditor } from "@/lib/articles/admin-queries";
import { autosaveArticle, createArticle, discardAutosaves, restoreRevision, saveArticle } from "@/lib/articles/editing";
import { editorView } from "@/lib/articles/editor-view";
import { transitionArticle } from "@/lib/articles/workflow";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount } from "../support/newsroom";

let reporter: Actor;
let editor: Actor;
let otherReporter: Actor;
let politics: number;
let economy: number;
let officialA: number;
let officialB: number;
let photo: number;
let otherPhoto: number;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

beforeAll(async () => {
  reporter = await ensureStaffAccount({ email: "pv-as@toasoan.vn", displayName: "Nguyễn Văn Phóng", role: "REPORTER", password: "mat-khau-pv", slug: "pv-as" });
  otherReporter = await ensureStaffAccount({
    email: "pv2-as@toasoan.vn",
    displayName: "Lê Văn Khác",
    role: "REPORTER",
    password: "mat-khau-pv2",
    slug: "pv2-as",
  });
  editor = await ensureStaffAccount({ email: "btv-as@toasoan.vn", displayName: "Trần Thị Biên", role: "EDITOR", password: "mat-khau-btv", slug: "btv-as" });
  politics = (await db.category.create({ data: { name: "Chính trị", slug: "chinh-tri-as" } })).id;
  economy = (await db.category.create({ data: { name: "Kinh tế", slug: "kinh-te-as" } })).id;
  officialA = (await db.official.create({ data: { fullName: "Thái Thanh Quý", familyName: "Thái", givenName: "Quý", slug: "thai-thanh-quy-as" } })).id;
  officialB = (await db.official.create({ data: { fullName: "Nguyễn Đức Trung", familyName: "Nguyễn", givenName: "Trung", slug: "nguyen-duc-trung-as" } })).id;
  const media = (name: string, alt: string) =>
    db.media.create({
      data: {
        path: `test/${name}.jpg`,
        originalName: `${name}.jpg`,
        mime: "image/jpeg",
        size: 100,
        width: 800,
        height: 600,
        alt,
        credit: "Thành Duy",
        uploaderId: reporter.id,
      },
    });
  photo = (await media("hoi-nghi-as", "Toàn cảnh hội nghị")).id;
  otherPhoto = (await media("cong-truong-as", "Công trường")).id;
});

/** A draft with every field set, as a reporter saves it from the editor. */
async function fullDraft(title: string) {
  return createArticle(reporter, {
    title,
    sapo: "Sapo ban đầu.",
    categoryId: politics,
    body: doc("Nội dung ban đầu."),
    featuredImageId: photo,
    featuredImageCaption: "Chú thích ban đầu",
    byline: "Phóng viên A",
    seoTitle: "SEO ban đầu",
    seoDescription: "Mô tả SEO ban đầu",
    officialIds: [officialA],
  });
}

/** What the editor form sends: every field, typed with decomposed (NFD) Vietnamese and extra spaces. */
const typed = (id: number, basedOnVersion: number) => ({
  title: "Tiêu đề đang gõ".normalize("NFD"),
  slug: `Đường dẫn mới ${id}`,
  sapo: "Sapo đang gõ.",
  categoryId: String(economy),
  body: doc("Nội dung đang gõ dở."),
  featuredImageId: otherPhoto,
  featuredImageCaption: "  Chú thích   mới ".normalize("NFD"),
  byline: "Bút danh mới",
  seoTitle: "Tiêu đề SEO mới",
  seoDescription: "Mô tả SEO mới",
  officialIds: [officialB],
  basedOnVersion,
});

const typedForm = (id: number) => ({
  title: "Tiêu đề đang gõ",
  slug: `duong-dan-moi-${id}`,
  sapo: "Sapo đang gõ.",
  featuredImageCaption: "Chú thích mới",
  byline: "Bút danh mới",
  seoTitle: "Tiêu đề SEO mới",
  seoDescription: "Mô tả SEO mới",
});

describe("autosave keeps the whole form", () => {
  it("round-trips every field a save stores, NFC-normalised, and never touches the article", async () => {
    const { id } = await fullDraft("Bài tự động lưu đủ trường");
    const before = await db.article.findUniqueOrThrow({ where: { id } });
    await autosaveArticle(reporter, id, typed(id, 1));

    const after = await db.article.findUniqueOrThrow({ where: { id }, include: { officials: true } });
    expect(after).toMatchObject({ title: before.title, categoryId: politics, seoTitle: "SEO ban đầu", version: 1, updatedAt: before.updatedAt });
    expect(after.officials.map((o) => o.officialId)).toEqual([officialA]);

    const { autosave } = await loadForEditor(reporter, id);
    expect(autosave).toMatchObject({ ...typedForm(id), categoryId: economy, basedOnVersion: 1, newerVersion: null, officialIds: [officialB] });
    expect(autosave!.featuredImage).toMatchObject({ id: otherPhoto, alt: "Công trường", credit: "Thành Duy" });
    expect(autosave!.title).toBe(autosave!.title.normalize("NFC"));
    expect(JSON.stringify(autosave!.body)).toContain("Nội dung đang gõ dở.");

    // The editor screen's props: the form fields of the article and of the autosave, side by side.
    const view = await editorView(reporter, id);
    expect(view.article).toMatchObject({ categoryId: politics, seoTitle: "SEO ban đầu", officialIds: [officialA], featuredImage: { id: photo } });
    expect(view.autosave).toMatchObject({ categoryId: economy, seoTitle: "Tiêu đề SEO mới", officialIds: [officialB], featuredImage: { id: otherPhoto } });
  });

  it("keeps an unfinished form (empty title, no category yet) and one rolling autosave per person and version", async () => {
    const { id } = await fullDraft("Bài đang gõ dở");
    await autosaveArticle(reporter, id, { ...typed(id, 1), title: "  ", categoryId: "" });
    await autosaveArticle(reporter, id, { ...typed(id, 1), seoTitle: "Tiêu đề SEO sửa lần hai" });
    expect(await db.articleRevision.count({ where: { articleId: id, kind: "AUTOSAVE" } })).toBe(1);
    expect((await loadForEditor(reporter, id)).autosave).toMatchObject({ seoTitle: "Tiêu đề SEO sửa lần hai", categoryId: economy });

    await autosaveArticle(reporter, id, { ...typed(id, 1), title: "", categoryId: "" });
    expect((await loadForEditor(reporter, id)).autosave).toMatchObject({ title: "", categoryId: null });
    await expect(autosaveArticle(reporter, id, { ...typed(id, 1), seoTitle: "x".repeat(121) })).rejects.toMatchObject({
      fieldErrors: { seoTitle: ["Tiêu đề SEO không được dài quá 120 ký tự"] },
    });
    await expect(autosaveArticle(reporter, id, typed(id, 2))).rejects.toMatchObject({ fieldErrors: { basedOnVersion: ["Phiên bản không hợp lệ"] } });
  });

  it("is not offered once its author saved after it, nor to anyone else", async () => {
    const { id } = await fullDraft("Bài đã lưu sau khi tự động lưu");
    await autosaveArticle(reporter, id, typed(id, 1));
    expect((await loadForEditor(editor, id)).autosave).toBeNull();
    await saveArticle(reporter, id, { ...typed(id, 1), categoryId: economy, expectedVersion: 1 });
    expect((await loadForEditor(reporter, id)).autosave).toBeNull();
  });

  it("an autosave from before whole forms were kept brings back title, sapo and body over the article's other fields", async () => {
    const { id } = await fullDraft("Bài có bản tự động lưu cũ");
    await db.articleRevision.create({
      data: { articleId: id, kind: "AUTOSAVE", authorId: reporter.id, version: 1, status: "DRAFT", title: "Tiêu đề cũ đang gõ", sapo: "", body: doc("Cũ") },
    });
    const { autosave } = await loadForEditor(reporter, id);
    expect(autosave).toMatchObject({
      title: "Tiêu đề cũ đang gõ",
      categoryId: politics,
      seoTitle: "SEO ban đầu",
      officialIds: [officialA],
      featuredImage: { id: photo },
    });
  });
});

describe("restoring a revision restores the whole form", () => {
  it("an autosave restored from the history becomes the article, every field included, as a new version", async () => {
    const { id } = await fullDraft("Bài khôi phục đủ trường");
    await autosaveArticle(reporter, id, typed(id, 1));
    const autosave = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "AUTOSAVE" } });
    await restoreRevision(reporter, id, autosave.id, 1);
    const row = await db.article.findUniqueOrThrow({ where: { id }, include: { officials: true } });
    expect(row).toMatchObject({ ...typedForm(id), categoryId: economy, featuredImageId: otherPhoto, version: 2 });
    expect(row.officials.map((o) => o.officialId)).toEqual([officialB]);

    // The first version comes back whole too.
    const first = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "SAVE" }, orderBy: { id: "asc" } });
    await restoreRevision(reporter, id, first.id, 2);
    const again = await db.article.findUniqueOrThrow({ where: { id }, include: { officials: true } });
    expect(again).toMatchObject({
      title: "Bài khôi phục đủ trường",
      slug: "bai-khoi-phuc-du-truong",
      categoryId: politics,
      featuredImageId: photo,
      seoTitle: "SEO ban đầu",
      byline: "Phóng viên A",
      version: 3,
    });
    expect(again.officials.map((o) => o.officialId)).toEqual([officialA]);
  });

  it("is validated as a save, with the reason in Vietnamese", async () => {
    const { id } = await fullDraft("Bài khôi phục không hợp lệ");
    await autosaveArticle(reporter, id, { ...typed(id, 1), categoryId: "" });
    const autosave = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "AUTOSAVE" } });
    await expect(restoreRevision(reporter, id, autosave.id, 1)).rejects.toMatchObject({
      status: 422,
      message: `Không khôi phục được phiên bản #${autosave.id}: vui lòng chọn chuyên mục.`,
    });

    // An image deleted from the library since is refused, not restored as a broken reference.
    const gone = await db.media.create({
      data: { path: "test/da-xoa-as.jpg", originalName: "x.jpg", mime: "image/jpeg", size: 1, width: 1, height: 1, alt: "Đã xoá", uploaderId: reporter.id },
    });
    await autosaveArticle(reporter, id, { ...typed(id, 1), featuredImageId: gone.id });
    await db.media.delete({ where: { id: gone.id } });
    await expect(restoreRevision(reporter, id, autosave.id, 1)).rejects.toMatchObject({
      message: `Không khôi phục được phiên bản #${autosave.id}: ảnh đại diện không còn trong thư viện.`,
    });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Bài khôi phục không hợp lệ", categoryId: politics, version: 1 });
    // The editor offers it without the missing image.
    expect((await loadForEditor(reporter, id)).autosave).toMatchObject({ seoTitle: "Tiêu đề SEO mới", featuredImage: null });
  });

  it("a revision recorded before revisions kept the whole form restores title, sapo and body only", async () => {
    const { id } = await fullDraft("Bài có phiên bản cũ");
    const old = await db.articleRevision.create({
      data: {
        articleId: id,
        kind: "SAVE",
        authorId: reporter.id,
        version: 1,
        status: "DRAFT",
        title: "Tiêu đề rất cũ",
        sapo: "Sapo cũ",
        body: doc("Thân bài cũ"),
      },
    });
    await restoreRevision(reporter, id, old.id, 1);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Tiêu đề rất cũ",
      sapo: "Sapo cũ",
      categoryId: politics,
      seoTitle: "SEO ban đầu",
      featuredImageId: photo,
      version: 2,
    });
  });
});

describe("an autosave the article has moved on from", () => {
  it("is still offered after someone else saves, marked with the newer version, and never applied over it", async () => {
    const { id } = await fullDraft("Bài hai người cùng sửa, có bản tự động lưu");
    await autosaveArticle(reporter, id, typed(id, 1));
    await saveArticle(editor, id, {
      title: "Bản của biên tập viên",
      sapo: "",
      categoryId: politics,
      body: doc("Biên tập viên sửa."),
      seoTitle: "SEO của biên tập",
      expectedVersion: 1,
    });

    const { article, autosave } = await loadForEditor(reporter, id);
    expect(article).toMatchObject({ version: 2, title: "Bản của biên tập viên", seoTitle: "SEO của biên tập" });
    expect(autosave).toMatchObject({ ...typedForm(id), categoryId: economy, basedOnVersion: 1, newerVersion: { version: 2, savedBy: "Trần Thị Biên" } });

    // Saving it (the editor keeps the version it was typed on) meets the conflict, with what is saved now.
    const attempt = saveArticle(reporter, id, { ...typed(id, 1), categoryId: economy, expectedVersion: autosave!.basedOnVersion });
    const error = (await attempt.catch((e) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details).toMatchObject({
      version: 2,
      title: "Bản của biên tập viên",
      fields: { categoryId: politics, seoTitle: "SEO của biên tập", officialIds: [] },
    });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Bản của biên tập viên", version: 2 });

    // Typing on after the other save keeps the same autosave (still the older version's) up to date.
    await autosaveArticle(reporter, id, { ...typed(id, 1), seoTitle: "Vẫn gõ tiếp" });
    expect((await loadForEditor(reporter, id)).autosave).toMatchObject({ seoTitle: "Vẫn gõ tiếp", newerVersion: { version: 2 } });
    expect(await db.articleRevision.count({ where: { articleId: id, kind: "AUTOSAVE" } })).toBe(1);

    // Keeping it on purpose is a new version over the other one, which stays in the history.
    await saveArticle(reporter, id, { ...typed(id, 1), categoryId: economy, expectedVersion: 2 });
    expect((await loadForEditor(reporter, id)).autosave).toBeNull();
  });

  it("is offered after a status change by someone else too; discarding it removes only the actor's own autosaves", async () => {
    const { id } = await fullDraft("Bài được gửi duyệt sau khi tự động lưu");
    await autosaveArticle(editor, id, { ...typed(id, 1), title: "Biên tập viên gõ" });
    await autosaveArticle(reporter, id, typed(id, 1));
    await transitionArticle(reporter, id, { action: "article.submit" });
    // The reporter may no longer edit an article in review: nothing to restore into.
    expect((await loadForEditor(reporter, id)).autosave).toBeNull();
    expect((await loadForEditor(editor, id)).autosave).toMatchObject({ title: "Biên tập viên gõ", newerVersion: { version: 2, savedBy: "Nguyễn Văn Phóng" } });

    await expect(discardAutosaves(otherReporter, id)).rejects.toMatchObject({ status: 403 });
    expect(await discardAutosaves(editor, id)).toEqual({ discarded: 1 });
    expect((await loadForEditor(editor, id)).autosave).toBeNull();
    expect(await db.articleRevision.count({ where: { articleId: id, kind: "AUTOSAVE", authorId: reporter.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "article.autosave_discard", entityId: String(id) } })).toBe(1);
  });
});
