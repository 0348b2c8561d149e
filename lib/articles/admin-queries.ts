import { z } from "zod";
import { treeOrder } from "@/lib/categories/tree";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { authorize, can, type Actor } from "@/lib/people/policy";
import { foldDiacritics, normalizeLine } from "@/lib/text/vietnamese";
import { parseStoredBody } from "./body";
import { editorFormFields, featuredImageSelect, type FeaturedMedia } from "./editor-form";
import { readRevisionFields } from "./input";
import { articleFields } from "./revisions";
import { LOCK_TTL_MS } from "./lock";
import { idSchema } from "@/lib/db/ids";
import { escapeLike } from "@/lib/db/like";

export const PAGE_SIZE = 20;

export const listFiltersSchema = z.object({
  status: z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"]).optional().catch(undefined),
  categoryId: idSchema().optional().catch(undefined),
  authorId: idSchema().optional().catch(undefined),
  q: z
    .string()
    .optional()
    .transform((v) => (v ? normalizeLine(v) : ""))
    .catch(""),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ListFilters = z.output<typeof listFiltersSchema>;

/** The admin article list: editors see everyone's articles, reporters their own. */
export async function listArticlesForAdmin(actor: Actor, filters: ListFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...(can(actor, "article.viewAll") ? (filters.authorId ? { authorId: filters.authorId } : {}) : { authorId: actor.id }),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
    ...(filters.q ? { OR: textMatch(filters.q) } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: adminRowSelect,
    }),
  ]);
  return { total, rows: withEditing(rows), pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Anywhere in the title or sapo, diacritics and case ignored ("dang bo" finds "Đảng bộ"), or in the slug. */
function textMatch(q: string): Prisma.ArticleWhereInput[] {
  const folded = escapeLike(foldDiacritics(q));
  return [{ foldedText: { contains: folded } }, { slug: { contains: folded.replace(/\s+/g, "-") } }];
}

const adminRowSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  createdAt: true,
  reviewNote: true,
  scheduleRefusal: true,
  category: { select: { id: true, name: true } },
  author: { select: { id: true, displayName: true } },
  editingBy: { select: { displayName: true } },
  editingAt: true,
} as const;

export type AdminArticleRow = Prisma.ArticleGetPayload<{ select: typeof adminRowSelect }> & { editingNow: string | null };

/** Who has the article open in the editor right now (a fresh lock), for the lists. */
function withEditing<T extends { editingBy: { displayName: string } | null; editingAt: Date | null }>(rows: T[]): (T & { editingNow: string | null })[] {
  const freshAfter = Date.now() - LOCK_TTL_MS;
  return rows.map((row) => ({ ...row, editingNow: row.editingBy && row.editingAt && row.editingAt.getTime() > freshAfter ? row.editingBy.displayName : null }));
}

const DASHBOARD_LIST_SIZE = 30;

/** The dashboard: my articles by status; for editors the review queue (oldest first) and the schedule. */
/** The authors the article list can be filtered by: everyone who has an article, for those who see all. */
export async function listArticleAuthors(actor: Actor) {
  if (!can(actor, "article.viewAll")) return [];
  return db.user.findMany({ where: { articles: { some: {} } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } });
}

export async function dashboard(actor: Actor) {
  const mine = await db.article.groupBy({ by: ["status"], where: { authorId: actor.id }, _count: { _all: true } });
  const myRecent = await db.article.findMany({ where: { authorId: actor.id }, orderBy: { updatedAt: "desc" }, take: 8, select: adminRowSelect });
  const returned = await db.article.findMany({
    where: { authorId: actor.id, status: "DRAFT", reviewNote: { not: null } },
    orderBy: { updatedAt: "asc" },
    take: 20,
    select: adminRowSelect,
  });
  const editor = can(actor, "article.viewAll");
  // The lists show the first DASHBOARD_LIST_SIZE; the headings count them all.
  const [reviewQueue, scheduled, inReview, scheduledCount] = editor
    ? await Promise.all([
        db.article.findMany({
          where: { status: "IN_REVIEW" },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take: DASHBOARD_LIST_SIZE,
          select: adminRowSelect,
        }),
        db.article.findMany({ where: { status: "SCHEDULED" }, orderBy: [{ scheduledAt: "asc" }], take: DASHBOARD_LIST_SIZE, select: adminRowSelect }),
        db.article.count({ where: { status: "IN_REVIEW" } }),
        db.article.count({ where: { status: "SCHEDULED" } }),
      ])
    : [[], [], 0, 0];
  const activity = await db.auditLog.findMany({
    where: { entity: "Article", ...(editor ? {} : { userId: actor.id }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 15,
    include: { user: { select: { displayName: true } } },
  });
  return {
    counts: Object.fromEntries(mine.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>,
    myRecent: withEditing(myRecent),
    returned: withEditing(returned),
    reviewQueue: withEditing(reviewQueue),
    scheduled: withEditing(scheduled),
    totals: { inReview, scheduled: scheduledCount },
    activity,
  };
}

/**
 * Everything the editor screen needs, including the actor's own autosave when it is newer than the
 * actor's last save or restore: the whole form as it was typed. `newerVersion` is set when the
 * article has moved on since the version the autosave was based on (someone saved, or changed its
 * status): the editor then offers the autosave instead of putting it in the form, and saving it goes
 * through the usual version conflict, so the other person's version is never silently overwritten.
 */
export async function loadForEditor(actor: Actor | null, articleId: number) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      officials: { select: { officialId: true } },
      featuredImage: { select: featuredImageSelect },
      author: { select: { id: true, displayName: true } },
      editingBy: { select: { id: true, displayName: true } },
    },
  });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  authorize(actor, "article.view", article);
  const canEdit = can(actor, "article.edit", article);
  return {
    article: { ...article, body: parseStoredBody(article.body) },
    fields: await editorFormFields(db, articleFields(article), article.featuredImage),
    autosave: canEdit ? await offeredAutosave(actor, article) : null,
    canEdit,
  };
}

type LoadedArticle = Parameters<typeof articleFields>[0] & { id: number; version: number; featuredImage: FeaturedMedia | null };

async function offeredAutosave(actor: Actor, article: LoadedArticle) {
  const articleId = article.id;
  const autosave = await db.articleRevision.findFirst({
    where: { articleId, kind: "AUTOSAVE", authorId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!autosave) return null;
  const savedSince = await db.articleRevision.findFirst({
    where: { articleId, authorId: actor.id, kind: { in: ["SAVE", "RESTORE"] }, createdAt: { gte: autosave.createdAt } },
    select: { id: true },
  });
  if (savedSince) return null;
  // Every revision but an autosave starts a new version: a different version means someone moved on.
  const latest =
    autosave.version === article.version
      ? null
      : await db.articleRevision.findFirst({
          where: { articleId, kind: { not: "AUTOSAVE" } },
          orderBy: { id: "desc" },
          select: { createdAt: true, author: { select: { displayName: true } } },
        });
  // An autosave recorded before autosaves kept the whole form brings back title, sapo and body only.
  const fields = readRevisionFields(autosave.fields) ?? articleFields(article);
  return {
    title: autosave.title,
    sapo: autosave.sapo,
    body: parseStoredBody(autosave.body),
    ...(await editorFormFields(db, fields, article.featuredImage)),
    savedAt: autosave.createdAt,
    basedOnVersion: autosave.version,
    newerVersion: latest && { version: article.version, savedBy: latest.author.displayName, savedAt: latest.createdAt },
  };
}

/** Categories as an indented list for the editor's select, and the officials that can be tagged. */
export async function editorOptions() {
  const [categories, officials] = await Promise.all([
    db.category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, parentId: true } }),
    db.official.findMany({ orderBy: [{ groupId: "asc" }, { position: "asc" }, { id: "asc" }], select: { id: true, fullName: true } }),
  ]);
  const ordered = treeOrder(categories).map((c) => ({ id: c.id, label: `${"— ".repeat(c.depth - 1)}${c.name}` }));
  return { categories: ordered, officials };
}
