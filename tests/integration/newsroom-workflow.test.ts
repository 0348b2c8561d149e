import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto([]));

import { diffRevisions, revisionHistory } from "@/lib/articles/revisions";
import { dashboard, loadForEditor } from "@/lib/articles/admin-queries";
import { autosaveArticle, createArticle, restoreRevision, saveArticle } from "@/lib/articles/editing";
import { heartbeat, releaseLock } from "@/lib/articles/lock";
import { suggestOfficials } from "@/lib/articles/mentions";
import { publishDueArticles } from "@/lib/articles/scheduler";
import { transitionArticle } from "@/lib/articles/workflow";
import { listLatest } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { deleteMedia, uploadMedia } from "@/lib/media/library";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount, makeArticle } from "../support/newsroom";

let categoryId: number;
let reporter: Actor;
let editor: Actor;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const fields = (title: string, text = "Nội dung bài viết.") => ({ title, sapo: "Sapo", categoryId, body: doc(text) });

beforeAll(async () => {
  categoryId = (await db.category.create({ data: { name: "Kinh tế", slug: "kinh-te" } })).id;
  reporter = await ensureStaffAccount({ email: "pv@toasoan.vn", displayName: "Nguyễn Văn Phóng", role: "REPORTER", password: "mat-khau-pv", slug: "pv" });
  editor = await ensureStaffAccount({ email: "btv@toasoan.vn", displayName: "Trần Thị Biên", role: "EDITOR", password: "mat-khau-btv", slug: "btv" });
});

describe("every state transition", () => {
  it("draft → in review → returned with a note → in review → published: each step keeps a revision and an audit row", async () => {
    const { id } = await createArticle(reporter, fields("Khai mạc kỳ họp HĐND tỉnh"));
    await transitionArticle(reporter, id, { action: "article.submit" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");

    await expect(transitionArticle(editor, id, { action: "article.return" })).rejects.toMatchObject({
      fieldErrors: { note: ["Vui lòng ghi nhận xét cho phóng viên"] },
    });
    await expect(transitionArticle(editor, id, { action: "article.return", note: "Dài quá. ".repeat(300) })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { note: ["Ghi chú không được dài quá 2.000 ký tự"] },
    });
    await transitionArticle(editor, id, { action: "article.return", note: "Bổ sung ý kiến đại biểu." });
    const returned = await db.article.findUniqueOrThrow({ where: { id } });
    expect(returned).toMatchObject({ status: "DRAFT", reviewNote: "Bổ sung ý kiến đại biểu." });

    await saveArticle(reporter, id, { ...fields("Khai mạc kỳ họp HĐND tỉnh", "Đã bổ sung ý kiến."), expectedVersion: returned.version });
    await transitionArticle(reporter, id, { action: "article.submit" });
    const before = Date.now();
    await transitionArticle(editor, id, { action: "article.publish" });
    const published = await db.article.findUniqueOrThrow({ where: { id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.reviewNote).toBeNull();
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await listLatest(5)).map((a) => a.id)).toContain(id);

    const kinds = (await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { id: "asc" } })).map((r) => `${r.kind}:${r.status}`);
    expect(kinds).toEqual(["SAVE:DRAFT", "STATUS:IN_REVIEW", "STATUS:DRAFT", "SAVE:DRAFT", "STATUS:IN_REVIEW", "STATUS:PUBLISHED"]);
    const actions = (await db.auditLog.findMany({ where: { entity: "Article", entityId: String(id) }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["article.create", "article.submit", "article.return", "article.save", "article.submit", "article.publish"]);
  });

  it("publish → unpublish takes it off the site; republishing keeps the first publication time", async () => {
    const article = await makeArticle(reporter.id, categoryId, "PUBLISHED");
    await transitionArticle(editor, article.id, { action: "article.unpublish" });
    expect((await listLatest(50)).map((a) => a.id)).not.toContain(article.id);
    await transitionArticle(editor, article.id, { action: "article.publish" });
    const again = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(again.status).toBe("PUBLISHED");
    expect(again.publishedAt).toEqual(article.publishedAt);
  });

  it("a taken-down article goes back to its reporter, who can correct it; republished, it keeps its first publication time", async () => {
    const article = await makeArticle(reporter.id, categoryId, "PUBLISHED");
    await transitionArticle(editor, article.id, { action: "article.unpublish" });
    await transitionArticle(editor, article.id, { action: "article.return", note: "Sai tên đại biểu, sửa lại." });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "DRAFT", reviewNote: "Sai tên đại biểu, sửa lại." });
    const { version } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await saveArticle(reporter, article.id, { ...fields("Bài đã sửa tên đại biểu"), expectedVersion: version });
    await transitionArticle(reporter, article.id, { action: "article.submit" });
    await transitionArticle(editor, article.id, { action: "article.publish" });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: "PUBLISHED",
      title: "Bài đã sửa tên đại biểu",
      publishedAt: article.publishedAt,
    });
  });

  it("schedule needs a future time; a scheduled article can be returned or unpublished", async () => {
    const article = await makeArticle(reporter.id, categoryId, "IN_REVIEW");
    await expect(
      transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: new Date(Date.now() - 60_000).toISOString() }),
    ).rejects.toBeInstanceOf(ValidationError);
    await transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: new Date(Date.now() + 3600_000).toISOString() });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SCHEDULED");
    await transitionArticle(editor, article.id, { action: "article.return", note: "Chưa đăng được." });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledAt).toBeNull();

    const other = await makeArticle(reporter.id, categoryId, "SCHEDULED");
    await transitionArticle(editor, other.id, { action: "article.unpublish" });
    expect(await db.article.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "UNPUBLISHED", scheduledAt: null });
  });

  it("a time picked in the form (no zone, as <input type=datetime-local> gives it) is Vietnam time, whatever the server's or the browser's zone", async () => {
    const article = await makeArticle(reporter.id, categoryId, "IN_REVIEW");
    // Two days ahead, 10:00 and 10:30:15 on the wall clocks of Vietnam (UTC+7, no daylight saving time).
    const day = new Date(Date.now() + 2 * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10);
    await transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: `${day}T10:00` });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledAt).toEqual(new Date(`${day}T03:00:00Z`));
    await transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: `${day}T10:30:15` });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledAt).toEqual(new Date(`${day}T03:30:15Z`));
    // A time with its own zone is taken as it is.
    await transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: `${day}T10:00:00Z` });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledAt).toEqual(new Date(`${day}T10:00:00Z`));
  });

  it("a schedule more than a year ahead (or in year 10000) is refused beside the field", async () => {
    const article = await makeArticle(reporter.id, categoryId, "IN_REVIEW");
    for (const scheduledAt of [new Date(Date.now() + 400 * 24 * 3600_000).toISOString(), "+010000-01-01T00:00:00Z"]) {
      await expect(transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt })).rejects.toMatchObject({
        fieldErrors: { scheduledAt: ["Chỉ hẹn giờ đăng trong vòng một năm"] },
      });
    }
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("IN_REVIEW");
  });

  it("ids beyond the database's integer range are refused as invalid input, not a server error", async () => {
    await expect(createArticle(reporter, { ...fields("Chuyên mục lạ"), categoryId: 99_999_999_999 })).rejects.toMatchObject({
      fieldErrors: { categoryId: ["Vui lòng chọn chuyên mục"] },
    });
    await expect(createArticle(reporter, { ...fields("Lãnh đạo lạ"), officialIds: [99_999_999_999] })).rejects.toBeInstanceOf(ValidationError);
    const { id } = await createArticle(reporter, fields("Phiên bản lạ"));
    await expect(saveArticle(reporter, id, { ...fields("Phiên bản lạ"), expectedVersion: 99_999_999_999 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("a transition based on an old version is refused as a conflict", async () => {
    const article = await makeArticle(reporter.id, categoryId, "DRAFT");
    await saveArticle(editor, article.id, { ...fields("Bản của biên tập"), expectedVersion: 1 });
    await expect(transitionArticle(reporter, article.id, { action: "article.submit", expectedVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("DRAFT");
  });
});

describe("the dashboard", () => {
  it("counts the whole review queue, not only the rows it lists", async () => {
    const before = await db.article.count({ where: { status: "IN_REVIEW" } });
    for (let i = 0; i < 31; i++) await makeArticle(reporter.id, categoryId, "IN_REVIEW", `Chờ duyệt ${i}`);
    const data = await dashboard(editor);
    expect(data.reviewQueue).toHaveLength(30);
    expect(data.totals.inReview).toBe(before + 31);
    await db.article.deleteMany({ where: { title: { startsWith: "Chờ duyệt " } } });
  });

  it("opening an article in the editor (the lock's heartbeat, its release) neither moves it in the review queue nor changes when it was updated", async () => {
    const older = await makeArticle(reporter.id, categoryId, "IN_REVIEW", "Chờ lâu hơn");
    const newer = await makeArticle(reporter.id, categoryId, "IN_REVIEW", "Chờ sau");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await heartbeat(editor, older.id)).toEqual({ held: true });
    expect(await heartbeat(editor, older.id)).toEqual({ held: true });
    await releaseLock(editor, older.id);
    expect((await db.article.findUniqueOrThrow({ where: { id: older.id } })).updatedAt).toEqual(older.updatedAt);
    const queue = (await dashboard(editor)).reviewQueue.map((row) => row.id);
    expect(queue.indexOf(older.id)).toBeLessThan(queue.indexOf(newer.id));
  });
});

describe("scheduled publication", () => {
  it("publishes due articles exactly once even when several instances run at the same moment", async () => {
    const due = await makeArticle(reporter.id, categoryId, "SCHEDULED", "Bài hẹn giờ");
    await db.article.update({ where: { id: due.id }, data: { scheduledAt: new Date(Date.now() - 1000) } });
    const later = await makeArticle(reporter.id, categoryId, "SCHEDULED", "Bài hẹn sau");

    const runs = await Promise.all([publishDueArticles(), publishDueArticles(), publishDueArticles()]);
    expect(runs.flatMap((r) => r.published)).toEqual([due.id]);
    const row = await db.article.findUniqueOrThrow({ where: { id: due.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await db.article.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("SCHEDULED");
    expect(await db.auditLog.count({ where: { action: "article.publish_scheduled", entityId: String(due.id) } })).toBe(1);
    expect(runs.flatMap((r) => r.changes).find((c) => c.kind === "article")).toMatchObject({ articleId: due.id, public: true });
  });

  it("publishes in the name of the editor who scheduled it, not of the author, and says the scheduler did it", async () => {
    const { id } = await createArticle(reporter, fields("Bài biên tập viên hẹn giờ"));
    await transitionArticle(reporter, id, { action: "article.submit" });
    await transitionArticle(editor, id, { action: "article.schedule", scheduledAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).scheduledById).toBe(editor.id);

    expect((await publishDueArticles(new Date(Date.now() + 120_000))).published).toContain(id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.publish_scheduled", entityId: String(id) } });
    expect(audit.userId).toBe(editor.id);
    expect(audit.details).toMatchObject({ via: "scheduler", scheduledById: editor.id });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "STATUS", status: "PUBLISHED" } });
    expect(revision).toMatchObject({ authorId: editor.id, note: "Tự động đăng theo lịch" });
    // The article is still the reporter's; who scheduled it goes with the schedule.
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      authorId: reporter.id,
      scheduledAt: null,
      scheduledById: null,
    });
  });

  it("the editor who scheduled last is the one published for; any other move forgets who scheduled", async () => {
    const other = await ensureStaffAccount({ email: "btv2@toasoan.vn", displayName: "Lê Văn Duyệt", role: "EDITOR", password: "mat-khau-btv2", slug: "btv2" });
    const article = await makeArticle(reporter.id, categoryId, "IN_REVIEW", "Bài hẹn giờ hai lần");
    const at = () => new Date(Date.now() + 60_000).toISOString();
    await transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: at() });
    await transitionArticle(other, article.id, { action: "article.schedule", scheduledAt: at() });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledById).toBe(other.id);
    await transitionArticle(editor, article.id, { action: "article.return", note: "Chưa đăng, sửa lại." });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledById).toBeNull();

    await transitionArticle(other, article.id, { action: "article.schedule", scheduledAt: at() });
    await publishDueArticles(new Date(Date.now() + 120_000));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.publish_scheduled", entityId: String(article.id) } });
    expect(audit.userId).toBe(other.id);
  });

  it("an article scheduled by nobody known (an account since deleted) is published as the system's", async () => {
    const article = await makeArticle(reporter.id, categoryId, "SCHEDULED", "Bài hẹn giờ không rõ người");
    await db.article.update({ where: { id: article.id }, data: { scheduledAt: new Date(Date.now() - 1000) } });
    await publishDueArticles();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.publish_scheduled", entityId: String(article.id) } });
    expect(audit).toMatchObject({ userId: null, details: { via: "scheduler", scheduledById: null } });
  });

  it("an editor demoted or deactivated after scheduling publishes nothing: the article stays scheduled with the reason, until an editor acts", async () => {
    const demoted = await ensureStaffAccount({ email: "btv3@toasoan.vn", displayName: "Phạm Văn Hạ", role: "EDITOR", password: "mat-khau-btv3", slug: "btv3" });
    const locked = await ensureStaffAccount({ email: "btv4@toasoan.vn", displayName: "Đỗ Thị Khoá", role: "EDITOR", password: "mat-khau-btv4", slug: "btv4" });
    const first = await makeArticle(reporter.id, categoryId, "IN_REVIEW", "Bài hẹn giờ của người bị hạ quyền");
    const second = await makeArticle(reporter.id, categoryId, "IN_REVIEW", "Bài hẹn giờ của người bị khoá");
    const at = new Date(Date.now() + 60_000).toISOString();
    await transitionArticle(demoted, first.id, { action: "article.schedule", scheduledAt: at });
    await transitionArticle(locked, second.id, { action: "article.schedule", scheduledAt: at });
    await db.user.update({ where: { id: demoted.id }, data: { role: "REPORTER" } });
    await db.user.update({ where: { id: locked.id }, data: { active: false } });

    const run = await publishDueArticles(new Date(Date.now() + 120_000));
    expect(run.published).not.toContain(first.id);
    expect(run.published).not.toContain(second.id);
    const rows = await db.article.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["SCHEDULED", "SCHEDULED"]);
    expect(rows[0]!.scheduleRefusal).toContain("không còn quyền đăng bài");
    expect(rows[1]!.scheduleRefusal).toContain("đã bị khoá");
    expect(await db.articleRevision.count({ where: { articleId: { in: [first.id, second.id] }, status: "PUBLISHED" } })).toBe(0);
    // Refused once, audited once: the next runs leave it alone.
    await publishDueArticles(new Date(Date.now() + 125_000));
    expect(await db.auditLog.count({ where: { action: "article.schedule_refused", entityId: String(first.id) } })).toBe(1);

    // The staff see why on the dashboard; an editor scheduling it again clears the reason and it publishes.
    expect((await dashboard(editor)).scheduled.find((row) => row.id === first.id)).toMatchObject({ scheduleRefusal: rows[0]!.scheduleRefusal });
    await transitionArticle(editor, first.id, { action: "article.schedule", scheduledAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).scheduleRefusal).toBeNull();
    expect((await publishDueArticles(new Date(Date.now() + 120_000))).published).toEqual([first.id]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.publish_scheduled", entityId: String(first.id) } });
    expect(audit.userId).toBe(editor.id);
  });

  it("an article published before, unpublished and scheduled again keeps its first publication time", async () => {
    const article = await makeArticle(reporter.id, categoryId, "PUBLISHED", "Bài đăng lại theo lịch");
    await transitionArticle(editor, article.id, { action: "article.unpublish" });
    await transitionArticle(editor, article.id, { action: "article.schedule", scheduledAt: new Date(Date.now() + 60_000).toISOString() });
    await publishDueArticles(new Date(Date.now() + 120_000));
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toEqual(article.publishedAt);
  });
});

describe("saving, conflicts, autosave and revisions", () => {
  it("half a character (a lone UTF-16 surrogate) in the title, the SEO title, the sapo or the body is dropped, never a server error", async () => {
    const half = "\ud800";
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: `Đoạn${half} văn` }] },
        { type: "paragraph", content: [{ type: "text", text: half }] },
      ],
    };
    const { id } = await createArticle(reporter, { title: `Tiêu đề${half}`, sapo: `Sapo\udc00`, seoTitle: `SEO${half}`, categoryId, body });
    await saveArticle(reporter, id, { title: `Tiêu đề${half} mới`, sapo: "", seoTitle: `SEO\udfff mới`, categoryId, body, expectedVersion: 1 });
    await transitionArticle(reporter, id, { action: "article.submit", note: `Ghi chú${half}` });
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Tiêu đề mới", seoTitle: "SEO mới" });
    expect(row.body).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Đoạn văn" }] },
        { type: "paragraph", content: [] },
      ],
    });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "SAVE" }, orderBy: { id: "desc" } });
    expect(revision.fields).toMatchObject({ seoTitle: "SEO mới" });
  });

  it("a save based on an old version is refused with the current content; nothing is overwritten", async () => {
    const { id } = await createArticle(reporter, fields("Bài hai người sửa"));
    await saveArticle(editor, id, { ...fields("Bài hai người sửa", "Biên tập viên sửa trước."), expectedVersion: 1 });
    const attempt = saveArticle(reporter, id, { ...fields("Bài hai người sửa", "Phóng viên sửa sau."), expectedVersion: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((e) => e)) as ConflictError;
    expect(error.message).toContain("Trần Thị Biên");
    expect(error.details).toMatchObject({ version: 2, bodyText: "Biên tập viên sửa trước." });
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect(JSON.stringify(row.body)).toContain("Biên tập viên sửa trước.");
  });

  it("autosave never touches the article and is offered back when the editor reopens", async () => {
    const article = await makeArticle(reporter.id, categoryId, "PUBLISHED");
    await autosaveArticle(editor, article.id, { title: "Đang gõ dở", sapo: "", body: doc("Câu chưa xong"), basedOnVersion: article.version });
    await autosaveArticle(editor, article.id, { title: "Đang gõ dở 2", sapo: "", body: doc("Câu chưa xong, thêm chữ"), basedOnVersion: article.version });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.title).toBe(article.title);
    expect(row.updatedAt).toEqual(article.updatedAt);
    expect(await db.articleRevision.count({ where: { articleId: article.id, kind: "AUTOSAVE" } })).toBe(1);
    const loaded = await loadForEditor(editor, article.id);
    expect(loaded.autosave?.title).toBe("Đang gõ dở 2");
  });

  it("restoring a revision makes it the current content as a new version and revision", async () => {
    const { id } = await createArticle(reporter, fields("Bản đầu", "Đoạn văn thứ nhất."));
    await saveArticle(reporter, id, { ...fields("Bản sau", "Đoạn văn đã sửa."), expectedVersion: 1 });
    const { revisions, mayRestore } = await revisionHistory(reporter, id);
    expect(mayRestore).toBe(true);
    const first = revisions.at(-1)!;
    const { diff } = await diffRevisions(reporter, id, first.id, revisions[0]!.id);
    expect(diff.body.filter((p) => p.removed).map((p) => p.value.trim())).toContain("thứ nhất");
    await restoreRevision(reporter, id, first.id, 2);
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Bản đầu", version: 3 });
    expect((await revisionHistory(reporter, id)).revisions[0]!.kind).toBe("RESTORE");
  });

  it("an autosave with an unfinished title cannot be restored over the article", async () => {
    const { id } = await createArticle(reporter, fields("Tiêu đề đầy đủ"));
    await autosaveArticle(reporter, id, { title: "   ", sapo: "", body: doc("Đang viết"), basedOnVersion: 1 });
    const autosave = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "AUTOSAVE" } });
    await expect(restoreRevision(reporter, id, autosave.id, 1)).rejects.toMatchObject({
      status: 422,
      message: `Không khôi phục được phiên bản #${autosave.id}: vui lòng nhập tiêu đề.`,
    });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Tiêu đề đầy đủ", version: 1 });
  });

  it("a new article may start with an empty body (the editor sends a document without content)", async () => {
    const { id } = await createArticle(reporter, { title: "Chưa có nội dung", sapo: "", categoryId, body: { type: "doc" } });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toEqual({ type: "doc", content: [] });
  });

  it("slugs are Vietnamese-safe and unique; a taken slug typed by hand is refused beside the field", async () => {
    const a = await createArticle(reporter, fields("Đắk Lắk: Ủy ban điều hành"));
    const b = await createArticle(reporter, fields("Đắk Lắk: Ủy ban điều hành"));
    expect(a.slug).toBe("dak-lak-uy-ban-dieu-hanh");
    expect(b.slug).toBe("dak-lak-uy-ban-dieu-hanh-2");
    await expect(saveArticle(reporter, b.id, { ...fields("X"), slug: a.slug, expectedVersion: 1 })).rejects.toMatchObject({
      fieldErrors: { slug: ["Đường dẫn này đã được dùng cho bài viết khác"] },
    });
  });

  it("two people creating articles with the same title, or typing the same slug, at the same moment get free slugs or a refusal beside the field, never a server error", async () => {
    // On PostgreSQL these run at once (each checks the slug is free before the other writes it); PGlite runs them one by one.
    const created = await Promise.all([1, 2, 3, 4].map(() => createArticle(reporter, fields("Họp báo thường kỳ quý IV"))));
    expect(new Set(created.map((c) => c.slug)).size).toBe(4);
    expect(created.map((c) => c.slug).sort()).toEqual([
      "hop-bao-thuong-ky-quy-iv",
      "hop-bao-thuong-ky-quy-iv-2",
      "hop-bao-thuong-ky-quy-iv-3",
      "hop-bao-thuong-ky-quy-iv-4",
    ]);

    const saves = await Promise.allSettled(
      created.map((c) => saveArticle(reporter, c.id, { ...fields("Họp báo"), slug: "hop-bao-chung", expectedVersion: 1 })),
    );
    expect(saves.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    for (const refused of saves.filter((s) => s.status === "rejected")) {
      expect(refused.reason).toBeInstanceOf(ValidationError);
      expect(refused.reason).toMatchObject({ fieldErrors: { slug: ["Đường dẫn này đã được dùng cho bài viết khác"] } });
    }
  });

  it("refuses unsafe links and images without alt text, with messages on the body field", async () => {
    const body = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "bấm", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    await expect(createArticle(reporter, { ...fields("Liên kết xấu"), body })).rejects.toBeInstanceOf(ValidationError);
    const image = { type: "doc", content: [{ type: "image", attrs: { src: "/api/media/a.png", alt: " " } }] };
    await expect(createArticle(reporter, { ...fields("Ảnh thiếu alt"), body: image })).rejects.toBeInstanceOf(ValidationError);
  });

  it("control characters pasted into the body (a NUL from a PDF, Word's vertical tab) are dropped as in every other field, not a server error", async () => {
    const { id } = await createArticle(reporter, fields("Văn bản dán từ PDF"));
    const pasted = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Nghị\u0000 quyết\u000b số 12" },
            { type: "text", text: "\u0000" },
          ],
        },
        { type: "paragraph", content: [{ type: "text", text: "xem", marks: [{ type: "link", attrs: { href: "https://nghean.gov.vn/\u0000a" } }] }] },
      ],
    };
    await expect(saveArticle(reporter, id, { ...fields("Văn bản dán từ PDF"), body: pasted, expectedVersion: 1 })).rejects.toMatchObject({
      fieldErrors: { "body.content.1.content.0.marks.0.attrs.href": ["Liên kết không hợp lệ"] },
    });
    const clean = { ...pasted, content: [pasted.content[0]!] };
    await autosaveArticle(reporter, id, { ...fields("Văn bản dán từ PDF"), body: clean, basedOnVersion: 1 });
    await saveArticle(reporter, id, { ...fields("Văn bản dán từ PDF"), body: clean, expectedVersion: 1 });
    const saved = await db.article.findUniqueOrThrow({ where: { id } });
    expect(saved.body).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nghị quyết số 12" }] }] });
  });

  it("two people opening the same article at the same moment: one holds the lock, the other is told who (PostgreSQL runs both at once)", async () => {
    const second = await ensureStaffAccount({ email: "btv2@toasoan.vn", displayName: "Lê Văn Duyệt", role: "EDITOR", password: "mat-khau-btv2", slug: "btv2" });
    for (let i = 0; i < 5; i++) {
      const article = await makeArticle(reporter.id, categoryId, "DRAFT");
      const states = await Promise.all([heartbeat(editor, article.id), heartbeat(second, article.id)]);
      expect(states.filter((state) => state.held)).toHaveLength(1);
      const refused = states.find((state) => !state.held);
      const holder = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).editingById;
      expect(refused).toMatchObject({ held: false, holder: { id: holder, name: holder === editor.id ? "Trần Thị Biên" : "Lê Văn Duyệt" } });
    }
  });

  it("the edit lock names who is editing; taking over hands it to the new person", async () => {
    const article = await makeArticle(reporter.id, categoryId, "DRAFT");
    expect(await heartbeat(reporter, article.id)).toEqual({ held: true });
    expect(await heartbeat(editor, article.id)).toMatchObject({ held: false, holder: { name: "Nguyễn Văn Phóng" } });
    expect(await heartbeat(editor, article.id, true)).toEqual({ held: true });
    expect(await heartbeat(reporter, article.id)).toMatchObject({ held: false, holder: { name: "Trần Thị Biên" } });
  });
});

describe("officials mentioned", () => {
  it("suggests officials whose full name appears in the text", async () => {
    const quy = await db.official.create({ data: { fullName: "Thái Thanh Quý", familyName: "Thái", givenName: "Quý", slug: "thai-thanh-quy" } });
    await db.official.create({ data: { fullName: "Nguyễn Đức Trung", familyName: "Nguyễn", givenName: "Trung", slug: "nguyen-duc-trung" } });
    expect(await suggestOfficials("Đồng chí Thái Thanh Quý chủ trì.".normalize("NFD"))).toEqual([quy.id]);
    expect(await suggestOfficials("Ông Quý phát biểu.")).toEqual([]);
  });

  it("suggests an official whatever the tone-mark placement, case or diacritics typed", async () => {
    const hoa = await db.official.create({ data: { fullName: "Nguyễn Văn Hòa", familyName: "Nguyễn", givenName: "Hòa", slug: "nguyen-van-hoa" } });
    expect(await suggestOfficials("Đồng chí Nguyễn Văn Hoà chủ trì.")).toEqual([hoa.id]);
    expect(await suggestOfficials("dong chi NGUYEN VAN HOA chu tri")).toEqual([hoa.id]);
    expect(await suggestOfficials("Đồng chí Văn Hòa chủ trì.")).toEqual([]);
  });
});

describe("media library", () => {
  const png = () =>
    sharp({ create: { width: 1600, height: 900, channels: 3, background: "#246" } })
      .png()
      .toBuffer();

  it("checks the content, not the name; makes resized variants; refuses a file still used by an article", async () => {
    await expect(uploadMedia(reporter, { name: "anh.png", data: Buffer.from("<script>alert(1)</script>") }, { alt: "x" })).rejects.toMatchObject({
      fieldErrors: { file: ["Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF"] },
    });
    await expect(uploadMedia(reporter, { name: "anh.png", data: await png() }, { alt: "" })).rejects.toMatchObject({
      fieldErrors: { alt: ["Vui lòng nhập mô tả ảnh (alt)"] },
    });
    const media = await uploadMedia(reporter, { name: "hoi-nghi.jpg", data: await png() }, { alt: "Toàn cảnh hội nghị", caption: "Hội nghị" });
    expect(media).toMatchObject({ mime: "image/png", width: 1600, height: 900 });
    expect((media.variants as { width: number }[]).map((v) => v.width)).toEqual([320, 640, 1280]);

    const { id } = await createArticle(reporter, {
      ...fields("Bài có ảnh"),
      body: { type: "doc", content: [{ type: "image", attrs: { src: `/api/media/${media.path.replace(".png", "-1280.webp")}`, alt: "Toàn cảnh" } }] },
    });
    await expect(deleteMedia(editor, media.id)).rejects.toBeInstanceOf(ConflictError);
    await db.article.delete({ where: { id } });
    await deleteMedia(editor, media.id);
  });

  it("refuses decompression bombs by pixel count", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 5_000, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(10 * 1024 * 1024);
    await expect(uploadMedia(reporter, { name: "bom.png", data: bomb }, { alt: "Bom" })).rejects.toBeInstanceOf(ValidationError);
  });
});
