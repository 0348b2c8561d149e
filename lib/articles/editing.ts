import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/actions";
import { INVALID_FORM } from "@/lib/forms/messages";
import { authorize, type Actor } from "@/lib/people/policy";
import { assertSlugFree, refuseTakenSlug, slugged, SlugTakenError, uniqueSlug } from "@/lib/slugs";
import { findDeletedLibraryImages } from "@/lib/media/library";
import { bodyImageSources, bodyText, bodyToJson, parseStoredBody } from "./body";
import { applyChanges, articleChange, articleChanges } from "./changes";
import type { ArticleStatus } from "@/lib/db/generated/enums";
import { editorFormFields, featuredImageSelect } from "./editor-form";
import { articleInputSchema, autosaveInputSchema, pickRevisionFields, readRevisionFields, saveInputSchema, type ArticleInput } from "./input";
import { articleFields, currentSnapshot, recordRevision, type Snapshot } from "./revisions";

/** Creates a DRAFT written by the actor, with its first revision. */
export async function createArticle(actor: Actor | null, raw: unknown): Promise<{ id: number; version: number; slug: string }> {
  authorize(actor, "article.create");
  const input = parseInput(articleInputSchema, raw);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await checkReferences(tx, input);
        const slug = input.slug ? await assertSlugFree(tx, slugged.article, input.slug, null) : await uniqueSlug(tx, slugged.article, input.title);
        const article = await tx.article
          .create({ data: { ...articleData(input), slug, authorId: actor.id, status: "DRAFT", version: 1, editingById: actor.id, editingAt: new Date() } })
          .catch(refuseTakenSlug(slugged.article, slug));
        await setOfficials(tx, article.id, input.officialIds);
        await recordRevision(tx, article.id, savedSnapshot(input, slug, "DRAFT", 1), "SAVE", actor.id);
        await recordAudit(tx, { actorId: actor.id, action: "article.create", entity: "Article", entityId: article.id, details: { title: input.title } });
        return { id: article.id, version: 1, slug };
      });
    } catch (error) {
      // Someone created an article with the same title meanwhile and took the slug made from it: the next one.
      if (!input.slug && error instanceof SlugTakenError && attempt < 5) continue;
      throw error;
    }
  }
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
    const written = await writeVersion(tx, actor.id, current, input, "SAVE", { editingById: actor.id, editingAt: new Date() });
    await recordAudit(tx, { actorId: actor.id, action: "article.save", entity: "Article", entityId: articleId, details: { version: written.version } });
    return { result: { version: written.version, slug: written.slug }, change: written.change };
  });
  applyChanges([change]);
  return result;
}

/**
 * Keeps the whole form as it is being typed in an AUTOSAVE revision; the article itself (and so the
 * published version) is never touched. One rolling autosave per person and version: every other
 * revision starts a new version, so an autosave is never mistaken for a newer one's.
 */
export async function autosaveArticle(actor: Actor | null, articleId: number, raw: unknown): Promise<{ savedAt: Date }> {
  const { basedOnVersion, ...input } = parseInput(autosaveInputSchema, raw);
  return db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, "article.edit", current);
    if (basedOnVersion > current.version) throw new ValidationError(INVALID_FORM, { basedOnVersion: ["Phiên bản không hợp lệ"] });
    const data = {
      title: input.title,
      sapo: input.sapo,
      body: bodyToJson(input.body),
      fields: pickRevisionFields(input),
      version: basedOnVersion,
      status: current.status,
    };
    const mine = await tx.articleRevision.findFirst({
      where: { articleId, kind: "AUTOSAVE", authorId: actor.id, version: basedOnVersion },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    if (mine) {
      const row = await tx.articleRevision.update({ where: { id: mine.id }, data: { ...data, createdAt: new Date() } });
      return { savedAt: row.createdAt };
    }
    const row = await tx.articleRevision.create({ data: { ...data, articleId, kind: "AUTOSAVE", authorId: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "article.autosave", entity: "Article", entityId: articleId, details: { revisionId: row.id } });
    return { savedAt: row.createdAt };
  });
}

/**
 * Drops the actor's own autosaves of the article: the editor's "discard my unsaved changes" (also
 * when a conflict is settled by reloading the other person's version), so they are not offered again.
 */
export async function discardAutosaves(actor: Actor | null, articleId: number): Promise<{ discarded: number }> {
  return db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, "article.view", current);
    const { count } = await tx.articleRevision.deleteMany({ where: { articleId, kind: "AUTOSAVE", authorId: actor.id } });
    if (count) await recordAudit(tx, { actorId: actor.id, action: "article.autosave_discard", entity: "Article", entityId: articleId, details: { count } });
    return { discarded: count };
  });
}

/**
 * Restores an old revision (an autosave included) as a new version and a new RESTORE revision: title,
 * sapo, body and the rest of the form, validated as a save. A revision recorded before revisions kept
 * the rest of the form restores title, sapo and body only.
 */
export async function restoreRevision(actor: Actor | null, articleId: number, revisionId: number, expectedVersion: number) {
  const change = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, "article.edit", current);
    const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId } });
    if (!revision) throw new NotFoundError("Không tìm thấy phiên bản.");
    if (current.version !== expectedVersion) throw await conflict(tx, articleId);
    try {
      // An autosave may hold an unfinished title or no category; the article itself must stay publishable.
      const fields = readRevisionFields(revision.fields) ?? articleFields(current);
      const input = { ...parseInput(restorableSchema, { ...fields, title: revision.title, sapo: revision.sapo }), body: parseStoredBody(revision.body) };
      const written = await writeVersion(tx, actor.id, current, input, "RESTORE", {}, `Khôi phục phiên bản #${revision.id}`);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.restore",
        entity: "Article",
        entityId: articleId,
        details: { revisionId, version: written.version },
      });
      return written.change;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const reason = Object.values(error.fieldErrors).flat()[0] ?? error.message;
      throw new ValidationError(
        `Không khôi phục được phiên bản #${revision.id}: ${reason.charAt(0).toLocaleLowerCase("vi") + reason.slice(1)}.`,
        error.fieldErrors,
      );
    }
  });
  applyChanges([change]);
}

const restorableSchema = articleInputSchema.omit({ body: true });

/**
 * Writes `input` over the article as its next version, with the revision that records it (saves and
 * restores store the same fields this way). Refused as a conflict if someone saved in between.
 */
async function writeVersion(
  tx: Tx,
  actorId: number,
  current: Current,
  input: ArticleInput,
  kind: "SAVE" | "RESTORE",
  lock: { editingById?: number; editingAt?: Date },
  note?: string,
) {
  await checkReferences(tx, input);
  const slug = input.slug ? await assertSlugFree(tx, slugged.article, input.slug, current.id) : current.slug;
  const version = current.version + 1;
  const updated = await tx.article
    .updateMany({ where: { id: current.id, version: current.version }, data: { ...articleData(input), slug, version, ...lock } })
    .catch(refuseTakenSlug(slugged.article, slug));
  if (updated.count !== 1) throw await conflict(tx, current.id);
  await setOfficials(tx, current.id, input.officialIds);
  await recordRevision(tx, current.id, savedSnapshot(input, slug, current.status, version), kind, actorId, note);
  const change = await articleChange(
    tx,
    current.id,
    current.authorId,
    { categoryId: current.categoryId, officialIds: current.officials.map((o) => o.officialId), status: current.status },
    { categoryId: input.categoryId, officialIds: input.officialIds, status: current.status },
  );
  return { version, slug, change };
}

/** A save's input as its revision keeps it, with the slug the article has after it. */
function savedSnapshot(input: ArticleInput, slug: string, status: ArticleStatus, version: number): Snapshot {
  return { title: input.title, sapo: input.sapo, body: input.body, fields: pickRevisionFields({ ...input, slug }), status, version };
}

type Current = Awaited<ReturnType<typeof loadForWrite>>;

export async function loadForWrite(tx: Tx, articleId: number) {
  const article = await tx.article.findUnique({ where: { id: articleId }, include: { officials: { select: { officialId: true } } } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  return article;
}

/**
 * Moves every article of one category into another (an admin emptying a category) inside the
 * caller's transaction. Each moved article gets a new version and a revision saying so, so that an
 * editor who has one open cannot save it back into the old category unawares: their save is stale.
 * Returns their cache changes, for the caller to apply once committed.
 */
export async function moveArticlesBetweenCategories(tx: Tx, actorId: number, from: { id: number; name: string }, to: { id: number; name: string }) {
  // Locked first, so that a save committing meanwhile is read, not overwritten (its version kept).
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Article" WHERE "categoryId" = ${from.id} ORDER BY "id" FOR UPDATE`;
  const articles = await tx.article.findMany({
    where: { id: { in: locked.map((row) => row.id) } },
    include: { officials: { select: { officialId: true } } },
    orderBy: { id: "asc" },
  });
  const note = `Chuyển từ chuyên mục "${from.name}" sang "${to.name}"`;
  for (const article of articles) {
    const moved = { ...article, categoryId: to.id, version: article.version + 1 };
    await tx.article.update({ where: { id: article.id }, data: { categoryId: to.id, version: moved.version } });
    await recordRevision(tx, article.id, currentSnapshot(moved, article.status, moved.version), "SAVE", actorId, note);
  }
  const changes = await articleChanges(
    tx,
    articles.map((article) => {
      const officialIds = article.officials.map((o) => o.officialId);
      return {
        articleId: article.id,
        authorId: article.authorId,
        before: { categoryId: from.id, officialIds, status: article.status },
        after: { categoryId: to.id, officialIds, status: article.status },
      };
    }),
  );
  return { articleIds: articles.map((a) => a.id), changes };
}

/** The refusal of a stale save, with what is there now so the editor can show the difference. */
export async function conflict(tx: Tx, articleId: number): Promise<ConflictError> {
  const now = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { officials: { select: { officialId: true } }, featuredImage: { select: featuredImageSelect } },
  });
  const lastWriter = await tx.articleRevision.findFirst({
    where: { articleId, kind: { not: "AUTOSAVE" } },
    orderBy: { id: "desc" },
    select: { author: { select: { displayName: true } } },
  });
  const body = parseStoredBody(now.body);
  const fields = await editorFormFields(tx, articleFields(now), now.featuredImage);
  return new ConflictError(
    `Bài viết vừa được ${lastWriter?.author.displayName ?? "người khác"} lưu (phiên bản ${now.version}). Thay đổi của bạn chưa được lưu: hãy tải lại hoặc xem khác biệt.`,
    { version: now.version, title: now.title, sapo: now.sapo, body, bodyText: bodyText(body), fields, updatedAt: now.updatedAt.toISOString() },
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
  const deletedImages = await findDeletedLibraryImages(tx, bodyImageSources(input.body));
  if (deletedImages.length) {
    errors.body = [`Nội dung có ${deletedImages.length} ảnh đã bị xoá khỏi thư viện; hãy xoá hoặc thay ảnh đó trước khi lưu`];
  }
  if (input.officialIds.length && (await tx.official.count({ where: { id: { in: input.officialIds } } })) !== new Set(input.officialIds).size) {
    errors.officialIds = ["Có lãnh đạo không tồn tại"];
  }
  if (Object.keys(errors).length) throw new ValidationError(INVALID_FORM, errors);
}

async function setOfficials(tx: Tx, articleId: number, officialIds: number[]) {
  await tx.articleOfficial.deleteMany({ where: { articleId } });
  if (officialIds.length) await tx.articleOfficial.createMany({ data: [...new Set(officialIds)].map((officialId) => ({ articleId, officialId })) });
}
