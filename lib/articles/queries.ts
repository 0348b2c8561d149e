import { db } from "@/lib/db";
import { parseStoredBody } from "./body";

/** Reader-side queries: only PUBLISHED articles whose publication time has come are ever returned. */
const visible = () => ({ status: "PUBLISHED" as const, publishedAt: { lte: new Date() } });

const teaserSelect = {
  id: true,
  slug: true,
  title: true,
  sapo: true,
  publishedAt: true,
  category: { select: { name: true, slug: true } },
} as const;

export type ArticleTeaser = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date | null;
  category: { name: string; slug: string };
};

export async function getPublishedArticle(id: number) {
  const article = await db.article.findFirst({
    where: { id, ...visible() },
    include: {
      category: { include: { parent: { include: { parent: true } } } },
      author: { select: { displayName: true, slug: true } },
    },
  });
  return article && { ...article, body: parseStoredBody(article.body) };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

/** "Tin cùng chuyên mục": the newest other published articles of the same category. */
export function listSameCategory(article: { id: number; categoryId: number }, limit = 16): Promise<ArticleTeaser[]> {
  return db.article.findMany({
    where: { categoryId: article.categoryId, id: { not: article.id }, ...visible() },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: teaserSelect,
  });
}

export function listLatest(limit = 20): Promise<ArticleTeaser[]> {
  return db.article.findMany({
    where: visible(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: teaserSelect,
  });
}

/** Current slug of a published article, for canonical redirects; null when it is not public. */
export async function findPublishedSlug(id: number): Promise<string | null> {
  const row = await db.article.findFirst({ where: { id, ...visible() }, select: { slug: true } });
  return row?.slug ?? null;
}
