import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto([]));

import { autosaveArticle, createArticle, discardAutosaves, restoreRevision, saveArticle } from "@/lib/articles/editing";
import { heartbeat, releaseLock } from "@/lib/articles/lock";
import { previewTarget } from "@/lib/articles/preview";
import { transitionArticle } from "@/lib/articles/workflow";
import { db } from "@/lib/db";
import type { ArticleStatus, Role } from "@/lib/db/generated/enums";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { deleteMedia, uploadMedia } from "@/lib/media/library";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount, makeArticle } from "../support/newsroom";

const STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];
type Who = Role | "ANONYMOUS";
const ROLES: Who[] = ["REPORTER", "EDITOR", "ADMIN", "ANONYMOUS"];
const editorial = (who: Who) => who === "EDITOR" || who === "ADMIN";

/**
 * The expected rules, written out independently of lib/people/policy.ts: a mistake there shows up
 * as a disagreement here.
 */
const EXPECTED: Record<string, (who: Who, own: boolean, status: ArticleStatus) => boolean> = {
  edit: (who, own, s) => editorial(who) || (who === "REPORTER" && own && s === "DRAFT"),
  autosave: (who, own, s) => editorial(who) || (who === "REPORTER" && own && s === "DRAFT"),
  restore: (who, own, s) => editorial(who) || (who === "REPORTER" && own && s === "DRAFT"),
  lock: (who, own, s) => editorial(who) || (who === "REPORTER" && own && s === "DRAFT"),
  submit: (who, own, s) => s === "DRAFT" && (editorial(who) || (who === "REPORTER" && own)),
  publish: (who, _own, s) => editorial(who) && ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"].includes(s),
  schedule: (who, _own, s) => editorial(who) && ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"].includes(s),
  unpublish: (who, _own, s) => editorial(who) && ["PUBLISHED", "SCHEDULED"].includes(s),
  return: (who, _own, s) => editorial(who) && ["IN_REVIEW", "SCHEDULED", "UNPUBLISHED"].includes(s),
  preview: (who, own) => editorial(who) || (who === "REPORTER" && own),
  /** Discarding one's own autosaves needs only the right to see the article. */
  discardAutosaves: (who, own) => editorial(who) || (who === "REPORTER" && own),
};

let categoryId: number;
let owner: Actor;
const actors = new Map<Who, Actor | null>();

const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nội dung mới." }] }] };

async function perform(action: string, actor: Actor | null, articleId: number, version: number, oldRevisionId: number) {
  const fields = { title: "Tiêu đề đã sửa", sapo: "Sapo mới", categoryId, body };
  switch (action) {
    case "edit":
      return saveArticle(actor, articleId, { ...fields, expectedVersion: version });
    case "autosave":
      return autosaveArticle(actor, articleId, { title: "Đang gõ", sapo: "", body, basedOnVersion: version });
    case "restore":
      return restoreRevision(actor, articleId, oldRevisionId, version);
    case "lock":
      return heartbeat(actor, articleId);
    case "preview":
      return previewTarget(actor, articleId);
    case "discardAutosaves":
      return discardAutosaves(actor, articleId);
    default:
      return transitionArticle(actor, articleId, {
        action: `article.${action}`,
        expectedVersion: version,
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        note: "Cần bổ sung nguồn tin.",
      });
  }
}

async function snapshot(articleId: number) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { officials: true }, omit: { editingAt: true, editingById: true } });
  return {
    article,
    revisions: await db.articleRevision.count({ where: { articleId, kind: { not: "AUTOSAVE" } } }),
    autosaves: await db.articleRevision.findMany({ where: { articleId, kind: "AUTOSAVE" } }),
    audit: await db.auditLog.count(),
  };
}

beforeAll(async () => {
  categoryId = (await db.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  owner = await ensureStaffAccount({ email: "pv1@toasoan.vn", displayName: "Phóng viên Một", role: "REPORTER", password: "mat-khau-pv-mot", slug: "pv-mot" });
  actors.set(
    "REPORTER",
    await ensureStaffAccount({ email: "pv2@toasoan.vn", displayName: "Phóng viên Hai", role: "REPORTER", password: "mat-khau-pv-hai", slug: "pv-hai" }),
  );
  actors.set(
    "EDITOR",
    await ensureStaffAccount({ email: "btv@toasoan.vn", displayName: "Biên tập viên", role: "EDITOR", password: "mat-khau-btv", slug: "btv" }),
  );
  actors.set("ADMIN", await ensureStaffAccount({ email: "qt@toasoan.vn", displayName: "Quản trị", role: "ADMIN", password: "mat-khau-qt", slug: "qt" }));
  actors.set("ANONYMOUS", null);
});

describe("the permission matrix: role × action × own/others' article × status", () => {
  for (const action of Object.keys(EXPECTED)) {
    it(`${action}: allowed exactly where the rules say; a refused call changes nothing and writes no audit row`, async () => {
      const outcomes: string[] = [];
      for (const who of ROLES) {
        for (const own of who === "REPORTER" ? [true, false] : [false]) {
          for (const status of STATUSES) {
            const actor = own ? owner : actors.get(who)!;
            const article = await makeArticle(owner.id, categoryId, status);
            const old = await db.articleRevision.create({ data: { articleId: article.id, title: "Cũ", sapo: "", body, status: "DRAFT", authorId: owner.id } });
            const before = await snapshot(article.id);
            const expected = EXPECTED[action]!(who, own, status);
            let refused: unknown = null;
            try {
              await perform(action, actor, article.id, article.version, old.id);
            } catch (error) {
              refused = error;
            }
            const label = `${who}${own ? "(own)" : ""} ${action} ${status}`;
            if (expected) {
              if (refused) throw new Error(`${label} should be allowed but failed: ${String(refused)}`);
            } else {
              expect(refused, label).toBeInstanceOf(who === "ANONYMOUS" ? UnauthenticatedError : ForbiddenError);
              expect(await snapshot(article.id), label).toEqual(before);
            }
            outcomes.push(`${label}: ${expected ? "allowed" : "refused"}`);
          }
        }
      }
      expect(outcomes).toHaveLength(25);
    });
  }

  it("releasing an edit lock needs someone signed in", async () => {
    const article = await db.article.findFirstOrThrow();
    await expect(releaseLock(null, article.id)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("create: any staff member, never anonymous", async () => {
    const fields = { title: "Bài mới tinh", sapo: "", categoryId, body };
    for (const who of ["REPORTER", "EDITOR", "ADMIN"] as const) {
      const created = await createArticle(actors.get(who)!, fields);
      const row = await db.article.findUniqueOrThrow({ where: { id: created.id } });
      expect(row).toMatchObject({ status: "DRAFT", authorId: actors.get(who)!.id, version: 1 });
    }
    const before = await db.article.count();
    const audit = await db.auditLog.count();
    await expect(createArticle(null, fields)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await db.article.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(audit);
  });

  it("media: any staff member uploads, only editors and admins delete, anonymous does neither", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();
    const upload = (actor: Actor | null) => uploadMedia(actor, { name: "anh.png", data: png }, { alt: "Ảnh đỏ" });
    await expect(upload(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const who of ["REPORTER", "EDITOR", "ADMIN"] as const) expect((await upload(actors.get(who)!)).mime).toBe("image/png");

    for (const who of ROLES) {
      const media = await upload(owner);
      const audit = await db.auditLog.count();
      const attempt = deleteMedia(actors.get(who)!, media.id);
      if (editorial(who)) {
        await attempt;
        expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull();
      } else {
        await expect(attempt).rejects.toBeInstanceOf(who === "ANONYMOUS" ? UnauthenticatedError : ForbiddenError);
        expect(await db.media.findUnique({ where: { id: media.id } })).not.toBeNull();
        expect(await db.auditLog.count()).toBe(audit);
      }
    }
  });
});
