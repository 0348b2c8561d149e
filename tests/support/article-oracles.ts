// Independent oracles for the article page's lists: the plain Prisma queries that "Tin cùng chuyên
// mục" and "Tin liên quan" must agree with. The site builds them from shared cached lists instead
// (lib/articles/queries.ts listAround); tests compare the two.
import { db } from "@/lib/db";
import { newestFirst } from "@/lib/articles/queries";
import { teaserSelect, type ArticleTeaser } from "@/lib/articles/teaser";
import { visibleWhere } from "@/lib/articles/visibility";

/** "Tin cùng chuyên mục": the newest other published articles of the same category. */
export function listSameCategory(article: { id: number; categoryId: number }, limit = 16): Promise<ArticleTeaser[]> {
  return db.article.findMany({
    where: { categoryId: article.categoryId, id: { not: article.id }, ...visibleWhere() },
    orderBy: newestFirst,
    take: limit,
    select: teaserSelect,
  });
}

/** "Tin liên quan": the newest other articles mentioning any of the same officials, `alsoExcluded` left out. */
export function listRelatedByOfficials(articleId: number, officialIds: number[], limit = 6, alsoExcluded: number[] = []): Promise<ArticleTeaser[]> {
  if (!officialIds.length) return Promise.resolve([]);
  return db.article.findMany({
    where: { id: { notIn: [articleId, ...alsoExcluded] }, officials: { some: { officialId: { in: officialIds } } }, ...visibleWhere() },
    orderBy: newestFirst,
    take: limit,
    select: teaserSelect,
  });
}
