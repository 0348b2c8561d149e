import { HOME_SLOTS, type HomeSlotKey } from "@/lib/home/slots";
import { db } from "@/lib/db";
import { findArticleWithEverything } from "./page-query";
import { teaserSelect, type ArticleTeaser } from "./teaser";
import { isVisible, visibleWhere } from "./visibility";

/** Reader-side queries: only articles visible to readers (lib/articles/visibility.ts) are ever returned. */

export const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

/** A published article with everything its page shows: one query. */
export function getPublishedArticle(id: number) {
  return findArticleWithEverything(id, { publishedOnly: true });
}

/** Any article whatever its status, for staff previewing in draft mode (the caller checks who asks). */
export function getArticleForPreview(id: number) {
  return findArticleWithEverything(id, { publishedOnly: false });
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

export const SAME_CATEGORY_LIMIT = 16;
export const RELATED_LIMIT = 6;

/** Where an article page's lists come from: the newest articles of a category, of an official. */
export type ListSources = {
  categoryNewest: (categoryId: number) => Promise<ArticleTeaser[]>;
  officialNewest: (officialId: number) => Promise<ArticleTeaser[]>;
};

/**
 * Uncached sources, each list long enough to still fill its slot once the article itself is left out
 * (and, for an official's list, every article "Tin cùng chuyên mục" already shows).
 */
export const listSources: ListSources = {
  categoryNewest: (categoryId) => listInCategories([categoryId], SAME_CATEGORY_LIMIT + 1),
  officialNewest: (officialId) => listByOfficial(officialId, RELATED_LIMIT + 1 + SAME_CATEGORY_LIMIT),
};

/**
 * The lists around an article: "Tin cùng chuyên mục" (the newest others of its category) and "Tin liên
 * quan" (the newest others mentioning any of its officials and not in the first list: each official's
 * newest few, merged). They are built from per-category and per-official lists, which the reader cache
 * shares between all the articles of a category or of an official, so that a first render of an
 * article costs one query.
 */
export async function listAround(
  article: { id: number; categoryId: number; officials: { official: { id: number } }[] },
  sources: ListSources = listSources,
): Promise<{ sameCategory: ArticleTeaser[]; related: ArticleTeaser[] }> {
  const [categoryNewest, ...officialLists] = await Promise.all([
    sources.categoryNewest(article.categoryId),
    ...article.officials.map(({ official }) => sources.officialNewest(official.id)),
  ]);
  const sameCategory = categoryNewest!.filter((other) => other.id !== article.id).slice(0, SAME_CATEGORY_LIMIT);
  // An article already under "Tin cùng chuyên mục" is not offered a second time under "Tin liên quan".
  const shown = new Set([article.id, ...sameCategory.map((other) => other.id)]);
  return { sameCategory, related: mergeNewest(officialLists, shown, RELATED_LIMIT) };
}

/** The newest `limit` teasers of several newest-first lists, each article once, those in `exclude` left out. */
export function mergeNewest(lists: ArticleTeaser[][], exclude: ReadonlySet<number>, limit: number): ArticleTeaser[] {
  const byId = new Map<number, ArticleTeaser>();
  for (const list of lists) for (const teaser of list) if (!exclude.has(teaser.id)) byId.set(teaser.id, teaser);
  return [...byId.values()].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id).slice(0, limit);
}

/** Everything an article page shows, uncached (draft-mode previews; the reader cache has its own). */
export async function getArticlePage(id: number) {
  const article = await getPublishedArticle(id);
  return article && { article, ...(await listAround(article)) };
}

export function listLatest(limit = 20, excludeIds: number[] = []): Promise<ArticleTeaser[]> {
  return db.article.findMany({
    where: { ...visibleWhere(), ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
    orderBy: newestFirst,
    take: limit,
    select: teaserSelect,
  });
}

/** "Đọc nhiều" looks at this many newest published articles: about a week of a provincial portal's news. */
export const MOST_READ_WINDOW = 200;

/**
 * "Đọc nhiều": the most viewed of the newest published articles (MOST_READ_WINDOW), most views first,
 * the newer first between equals. Articles nobody has read yet are left out, so a quiet site shows a
 * short list (or none) rather than repeating "Tin mới nhất".
 */
export async function listMostRead(limit: number): Promise<ArticleTeaser[]> {
  const newest = await db.article.findMany({ where: visibleWhere(), orderBy: newestFirst, take: MOST_READ_WINDOW, select: { id: true, viewCount: true } });
  // A stable sort: equal counts keep the newest-first order.
  const ranked = newest
    .filter((article) => article.viewCount > 0)
    .sort((a, b) => b.viewCount - a.viewCount)
    .slice(0, limit);
  if (!ranked.length) return [];
  const teasers = new Map(
    (await db.article.findMany({ where: { id: { in: ranked.map((article) => article.id) } }, select: teaserSelect })).map((t) => [t.id, t]),
  );
  return ranked.flatMap((article) => teasers.get(article.id) ?? []);
}

/** Articles of a set of categories (a category and its descendants), newest first. */
export function listInCategories(categoryIds: number[], limit: number, skip = 0): Promise<ArticleTeaser[]> {
  return db.article.findMany({
    where: { categoryId: { in: categoryIds }, ...visibleWhere() },
    orderBy: newestFirst,
    take: limit,
    skip,
    select: teaserSelect,
  });
}

export function countInCategories(categoryIds: number[]): Promise<number> {
  return db.article.count({ where: { categoryId: { in: categoryIds }, ...visibleWhere() } });
}

/** Articles per page of a listing (a category's, an author's). */
export const LISTING_PAGE_SIZE = 20;

/** How many pages `total` articles make: an empty listing still has its page 1. */
export function listingPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / LISTING_PAGE_SIZE));
}

export type ListingPage = { articles: ArticleTeaser[]; total: number; page: number; pageCount: number };

/** One page (1-based) of a listing, read with `list(take, skip)` and `count()`; null when out of range. */
async function listingPage(
  page: number,
  list: (take: number, skip: number) => Promise<ArticleTeaser[]>,
  count: () => Promise<number>,
): Promise<ListingPage | null> {
  if (!Number.isInteger(page) || page < 1) return null;
  const [articles, total] = await Promise.all([list(LISTING_PAGE_SIZE, (page - 1) * LISTING_PAGE_SIZE), count()]);
  const pageCount = listingPageCount(total);
  if (page > pageCount) return null;
  return { articles, total, page, pageCount };
}

/** One page of a category listing (the category and its descendants); null when out of range. */
export function getCategoryPage(categoryIds: number[], page: number): Promise<ListingPage | null> {
  return listingPage(
    page,
    (take, skip) => listInCategories(categoryIds, take, skip),
    () => countInCategories(categoryIds),
  );
}

/** One page of an author's published articles (/tac-gia/<slug>); null when out of range. */
export function getAuthorPage(authorId: number, page: number): Promise<ListingPage | null> {
  return listingPage(
    page,
    (take, skip) => listByAuthor(authorId, take, skip),
    () => countByAuthor(authorId),
  );
}

/**
 * The home page's featured news, as editors chose it in the slots of /admin/trang-chu: the lead
 * ("Home-latest-1") and the featured articles of slots 2–5, in order. A slot left on automatic, or
 * whose article is not public (unpublished, scheduled) or already shown, takes the newest article not
 * shown or chosen elsewhere.
 */
export async function getHomeFeatured(): Promise<{ lead: ArticleTeaser | null; featured: ArticleTeaser[] }> {
  const [slots, newest] = await Promise.all([
    db.homeSlot.findMany({
      where: { key: { in: HOME_SLOTS.map((slot) => slot.key) } },
      select: { key: true, article: { select: { ...teaserSelect, status: true } } },
    }),
    listLatest(HOME_SLOTS.length * 2),
  ]);
  const now = new Date();
  const chosen = new Map<string, ArticleTeaser>();
  for (const { key, article } of slots) {
    if (article && isVisible(article, now)) {
      chosen.set(key, {
        id: article.id,
        slug: article.slug,
        title: article.title,
        sapo: article.sapo,
        publishedAt: article.publishedAt,
        category: article.category,
        featuredImage: article.featuredImage,
      });
    }
  }
  const reserved = new Set([...chosen.values()].map((article) => article.id));
  const shown = new Set<number>();
  const pick = (key: HomeSlotKey): ArticleTeaser | null => {
    const mine = chosen.get(key);
    const article = mine && !shown.has(mine.id) ? mine : newest.find((candidate) => !shown.has(candidate.id) && !reserved.has(candidate.id));
    if (article) shown.add(article.id);
    return article ?? null;
  };
  const [lead, ...featured] = HOME_SLOTS.map((slot) => pick(slot.key));
  return { lead: lead ?? null, featured: featured.filter((article): article is ArticleTeaser => article !== null) };
}

export const HOME_LEAD_SLOT: HomeSlotKey = "Home-latest-1";

export function listByOfficial(officialId: number, limit = 10): Promise<ArticleTeaser[]> {
  return db.article.findMany({
    where: { officials: { some: { officialId } }, ...visibleWhere() },
    orderBy: newestFirst,
    take: limit,
    select: teaserSelect,
  });
}

export function listByAuthor(authorId: number, limit: number, skip = 0): Promise<ArticleTeaser[]> {
  return db.article.findMany({ where: { authorId, ...visibleWhere() }, orderBy: newestFirst, take: limit, skip, select: teaserSelect });
}

export function countByAuthor(authorId: number): Promise<number> {
  return db.article.count({ where: { authorId, ...visibleWhere() } });
}

/** Feed items: the newest 50 of the site or of a set of categories. */
export function listForFeed(categoryIds: number[] | null, limit = 50) {
  return db.article.findMany({
    where: { ...visibleWhere(), ...(categoryIds ? { categoryId: { in: categoryIds } } : {}) },
    orderBy: newestFirst,
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      sapo: true,
      publishedAt: true,
      updatedAt: true,
      byline: true,
      category: { select: { name: true } },
      author: { select: { displayName: true } },
    },
  });
}

/** Sitemap entries, in stable id order so that the split into files of 50,000 is deterministic. */
export function listForSitemap(skip: number, take: number) {
  return db.article.findMany({ where: visibleWhere(), orderBy: { id: "asc" }, skip, take, select: { id: true, slug: true, updatedAt: true } });
}

export function countPublished(): Promise<number> {
  return db.article.count({ where: visibleWhere() });
}

/** Google News sitemap: articles published in the last 48 hours. */
export function listPublishedSince(since: Date) {
  return db.article.findMany({
    where: visibleWhere(new Date(), since),
    orderBy: newestFirst,
    take: 1000,
    select: { id: true, slug: true, title: true, publishedAt: true },
  });
}

/** Current slug of a published article, for canonical redirects; null when it is not public. */
export async function findPublishedSlug(id: number): Promise<string | null> {
  const row = await db.article.findFirst({ where: { id, ...visibleWhere() }, select: { slug: true } });
  return row?.slug ?? null;
}
