import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/actions";
import { authorize, type Actor } from "@/lib/people/policy";
import { slugify } from "@/lib/text/vietnamese";
import { bodyText, bodyToJson, parseStoredBody } from "./body";
import { applyChanges, articleChange } from "./changes";
import { articleInputSchema, autosaveInputSchema, saveInputSchema, type ArticleInput } from "./input";
import { recordRevision } from "./revisions";

/** Creates a DRAFT written by the actor, with its first revision. */
export async function createArticle(actor: Actor | null, raw: unknown): Promise<{ id: number; version: number; slug: string }> {
  authorize(actor, "article.create");
  const input = parseInput(articleInputSchema, raw);
  const result = await db.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const slug = input.slug ? await requireFreeSlug(tx, input.slug, null) : await freeSlug(tx, slugify(input.title) || "bai-viet");
    const article = await tx.article.create({
      data: { ...articleData(input), slug, authorId: actor.id, status: "DRAFT", version: 1, editingById: actor.id, editingAt: new Date() },
    });
    await setOfficials(tx, article.id, input.officialIds);
    await recordRevision(tx, article.id, { ...input, status: "DRAFT", version: 1 }, "SAVE", actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "article.create", entity: "Article", entityId: article.id, details: { title: input.title } });
    return { id: article.id, version: 1, slug };
  });
  return result;
}

/**
 * Saves the editor's content over the version it was based on. A save based on an older version is
 * refused with a ConflictError that carries the current content, never written over.
 */
export async function saveArticle(actor: Actor | null, articleId: number, raw: unknown): Promise<{ version: number; slug: string }> {
  const { expectedVersion, ...input } = parseInput(saveInputSchema, raw);
  const { result, change } = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, "article.edit", current);
    if (current.version !== expectedVersion) throw await conflict(tx, current.id);
    await checkReferences(tx, input);
    const slug = input.slug ? await requireFreeSlug(tx, input.slug, articleId) : current.slug;
    const version = expectedVersion + 1;
    const updated = await tx.article.updateMany({
      where: { id: articleId, version: expectedVersion },
      data: { ...articleData(input), slug, version, editingById: actor.id, editingAt: new Date() },
    });
    if (updated.count !== 1) throw await conflict(tx, current.id);
    const officialsBefore = current.officials.map((o) => o.officialId);
    await setOfficials(tx, articleId, input.officialIds);
    await recordRevision(tx, articleId, { ...input, status: current.status, version }, "SAVE", actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "article.save", entity: "Article", entityId: articleId, details: { version } });
    const change = await articleChange(
      tx,
      articleId,
      current.authorId,
      { categoryId: current.categoryId, officialIds: officialsBefore, status: current.status },
      { categoryId: input.categoryId, officialIds: input.officialIds, status: current.status },
    );
    return { result: { version, slug }, change };
  });
  applyChanges([change]);
  return result;
}

/**
 * Keeps what is being typed in an AUTOSAVE revision; the article itself (and so the published
 * version) is never touched. One rolling autosave per person and version.
 */
export async function autosaveArticle(actor: Actor | null, articleId: number, raw: unknown): Promise<{ savedAt: Date }> {
  const input = parseInput(autosaveInputSchema, raw);
  return db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, "article.edit", current);
    const latest = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { id: "desc" } });
    const data = { title: input.title, sapo: input.sapo, body: bodyToJson(input.body), version: input.basedOnVersion, status: current.status };
    if (latest?.kind === "AUTOSAVE" && latest.authorId === actor.id && latest.version === input.basedOnVersion) {
      const row = await tx.articleRevision.update({ where: { id: latest.id }, data: { ...data, createdAt: new Date() } });
      return { savedAt: row.createdAt };
    }
    const row = await tx.articleRevision.create({ data: { ...data, articleId, kind: "AUTOSAVE", authorId: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "article.autosave", entity: "Article", entityId: articleId, details: { revisionId: row.id } });
    return { savedAt: row.createdAt };
  });
}

const restorableSchema = articleInputSchema.pick({ title: true, sapo: true });

/** Restores an old revision's title, sapo and body as a new version (and a new RESTORE revision). */
export async function restoreRevision(actor: Actor | null, articleId: number, revisionId: number, expectedVersion: number) {
  const change = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, "article.edit", current);
    const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId } });
    if (!revision) throw new NotFoundError("Không tìm thấy phiên bản.");
    if (current.version !== expectedVersion) throw await conflict(tx, articleId);
    // An autosave may hold an unfinished title; the article itself must stay publishable.
    const restorable = restorableSchema.safeParse({ title: revision.title, sapo: revision.sapo });
    if (!restorable.success) throw new ValidationError(`Không khôi phục được phiên bản #${revision.id}: ${restorable.error.issues[0]!.message.toLowerCase()}.`);
    const { title, sapo } = restorable.data;
    const version = expectedVersion + 1;
    const body = parseStoredBody(revision.body);
    const updated = await tx.article.updateMany({
      where: { id: articleId, version: expectedVersion },
      data: { title, sapo, body: bodyToJson(body), version },
    });
    if (updated.count !== 1) throw await conflict(tx, articleId);
    await recordRevision(tx, articleId, { title, sapo, body, status: current.status, version }, "RESTORE", actor.id, `Khôi phục phiên bản #${revision.id}`);
    await recordAudit(tx, { actorId: actor.id, action: "article.restore", entity: "Article", entityId: articleId, details: { revisionId, version } });
    const side = { categoryId: current.categoryId, officialIds: current.officials.map((o) => o.officialId), status: current.status };
    return articleChange(tx, articleId, current.authorId, side, side);
  });
  applyChanges([change]);
}

export async function loadForWrite(tx: Tx, articleId: number) {
  const article = await tx.article.findUnique({ where: { id: articleId }, include: { officials: { select: { officialId: true } } } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  return article;
}

/** The refusal of a stale save, with what is there now so the editor can show the difference. */
export async function conflict(tx: Tx, articleId: number): Promise<ConflictError> {
  const now = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true, title: true, sapo: true, body: true, updatedAt: true } });
  const lastWriter = await tx.articleRevision.findFirst({
    where: { articleId, kind: { not: "AUTOSAVE" } },
    orderBy: { id: "desc" },
    select: { author: { select: { displayName: true } } },
  });
  const body = parseStoredBody(now.body);
  return new ConflictError(
    `Bài viết vừa được ${lastWriter?.author.displayName ?? "người khác"} lưu (phiên bản ${now.version}). Thay đổi của bạn chưa được lưu: hãy tải lại hoặc xem khác biệt.`,
    { version: now.version, title: now.title, sapo: now.sapo, body, bodyText: bodyText(body), updatedAt: now.updatedAt.toISOString() },
  );
}

function articleData(input: ArticleInput) {
  return {
    title: input.title,
    sapo: input.sapo,
    body: bodyToJson(input.body),
    categoryId: input.categoryId,
    featuredImageId: input.featuredImageId,
    featuredImageCaption: input.featuredImageCaption,
    byline: input.byline,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
  };
}

async function checkReferences(tx: Tx, input: ArticleInput) {
  const errors: Record<string, string[]> = {};
  if (!(await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }))) errors.categoryId = ["Chuyên mục không tồn tại"];
  if (input.featuredImageId && !(await tx.media.findUnique({ where: { id: input.featuredImageId }, select: { id: true } }))) {
    errors.featuredImageId = ["Ảnh đại diện không còn trong thư viện"];
  }
  if (input.officialIds.length && (await tx.official.count({ where: { id: { in: input.officialIds } } })) !== new Set(input.officialIds).size) {
    errors.officialIds = ["Có lãnh đạo không tồn tại"];
  }
  if (Object.keys(errors).length) throw new ValidationError("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.", errors);
}

async function setOfficials(tx: Tx, articleId: number, officialIds: number[]) {
  await tx.articleOfficial.deleteMany({ where: { articleId } });
  if (officialIds.length) await tx.articleOfficial.createMany({ data: [...new Set(officialIds)].map((officialId) => ({ articleId, officialId })) });
}

async function requireFreeSlug(tx: Tx, slug: string, articleId: number | null): Promise<string> {
  const taken = await tx.article.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== articleId) throw new ValidationError("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.", { slug: ["Đường dẫn này đã được dùng cho bài viết khác"] });
  return slug;
}

async function freeSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}
