import { unstable_cache } from "next/cache";
import { cache } from "react";
import * as articles from "@/lib/articles/queries";
import { findAuthorIdBySlug, getAuthorBySlug } from "@/lib/authors/queries";
import { listActiveBanners } from "@/lib/banners/queries";
import { listAllCategories } from "@/lib/categories/queries";
import { findOfficialIdBySlug, getOfficialBySlug, listOfficialsDirectory } from "@/lib/officials/queries";
import { getSiteSettings } from "@/lib/settings";
import { tags } from "./tags";

/**
 * The reader site's data, cached in Next's data cache under the tags of lib/cache/tags.ts. Pages are
 * ISR-cached as a whole; the tags these reads carry are what `invalidate(change)` expires, so a publish
 * re-renders exactly the pages that read the changed data. Cache entries go through Next's cache
 * handler, so several instances can share them (cacheHandler / cacheHandlers in next.config.ts).
 *
 * The data cache stores JSON: dates are stored marked ({ $date: "…" }) and revived here, so that a
 * string that merely looks like a date (a title "2022-03-23T01:30:00.000Z") stays a string.
 */
export function cachedData<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tagsOf: (...args: A) => string[], revalidate = 86_400) {
  return async (...args: A): Promise<R> => {
    const run = unstable_cache(async () => markDates(await fn(...args)), [name, JSON.stringify(args)], { tags: tagsOf(...args), revalidate });
    return reviveDates(await run()) as R;
  };
}

const DATE_KEY = "$date";

export function markDates(value: unknown): unknown {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(markDates);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markDates(v)]));
  return value;
}

export function reviveDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveDates);
  if (value && typeof value === "object") {
    const date = (value as Record<string, unknown>)[DATE_KEY];
    if (typeof date === "string" && Object.keys(value).length === 1) return new Date(date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveDates(v)]));
  }
  return value;
}

// Read by the header, the footer and the page of the same render: once per request.
export const cachedCategories = cache(cachedData("categories", listAllCategories, () => [tags.menu]));
export const cachedSettings = cache(cachedData("settings", getSiteSettings, () => [tags.settings]));
export const cachedBanners = cachedData("banners", listActiveBanners, () => [tags.banners]);

/**
 * Tags the page being rendered without caching any data: a no-op entry whose tags the ISR page
 * collects. Used where the page's data comes from one query whose tags are only known after it ran.
 */
async function tagCurrentPage(pageTags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["page-tags", ...pageTags], { tags: pageTags })();
}

/** The newest articles of one category and of one official, shared by all the article pages around them. */
const cachedListSources: articles.ListSources = {
  categoryNewest: cachedData("category-newest", articles.listSources.categoryNewest, (categoryId) => [tags.categoryList(categoryId)]),
  officialNewest: cachedData("official-newest", articles.listSources.officialNewest, (officialId) => [tags.official(officialId)]),
};

/**
 * An article page's data, once per request (generateMetadata and the page share it): the article in
 * one SQL query, and its lists from the shared cached lists (whose tags the page collects: a sibling's
 * publish refreshes "Tin cùng chuyên mục", an official's new article "Tin liên quan"). The article
 * itself is not kept in the data cache (the page is), but the page carries its tags: the article, its
 * author (the name shown) and its featured image (alt text and credit edited in the media library).
 */
export const articlePageData = cache(async (id: number) => {
  const article = await articles.getPublishedArticle(id);
  const around = article ? [tags.author(article.authorId)] : [];
  if (article?.featuredImageId) around.push(tags.media(article.featuredImageId));
  await tagCurrentPage([tags.article(id), ...around]);
  return article && { article, ...(await articles.listAround(article, cachedListSources)) };
});
export const cachedHomeFeatured = cachedData("home-featured", articles.getHomeFeatured, () => [tags.home]);
export const cachedLatest = cachedData("latest", (limit: number, excludeIds: number[]) => articles.listLatest(limit, excludeIds), () => [tags.home]);
/**
 * "Đọc nhiều": views are counted without touching the cache (lib/articles/views.ts), so the list is
 * recomputed every MOST_READ_REVALIDATE seconds, and at once by anything that changes the home page.
 */
export const MOST_READ_REVALIDATE = 600;
export const cachedMostRead = cachedData("most-read", articles.listMostRead, () => [tags.home], MOST_READ_REVALIDATE);
export const cachedCategoryBlock = cachedData(
  "category-block",
  (categoryId: number, ids: number[], limit: number) => articles.listInCategories(ids, limit),
  (categoryId) => [tags.home, tags.categoryList(categoryId)],
);
export const cachedCategoryPage = cachedData(
  "category-page",
  (categoryId: number, ids: number[], page: number) => articles.getCategoryPage(ids, page),
  (categoryId) => [tags.categoryList(categoryId)],
);
export const cachedFeed = cachedData(
  "feed",
  (categoryId: number | null, ids: number[] | null) => articles.listForFeed(ids),
  (categoryId) => (categoryId === null ? [tags.feeds] : [tags.feeds, tags.categoryList(categoryId)]),
);
export const cachedOfficialsDirectory = cachedData("officials", listOfficialsDirectory, () => [tags.officialsDirectory]);

/** Pages are addressed by slug but invalidated by id: the slug → id lookup carries the directory-wide tag. */
export const cachedOfficialId = cachedData("official-id", findOfficialIdBySlug, () => [tags.officialsDirectory]);
export const cachedOfficial = cachedData(
  "official",
  async (slug: string, id: number) => {
    const official = await getOfficialBySlug(slug);
    return official && official.id === id ? { ...official, articles: await articles.listByOfficial(id, 10) } : null;
  },
  (_slug, id) => [tags.official(id)],
);

export const cachedAuthorId = cachedData("author-id", findAuthorIdBySlug, () => [tags.authors]);
export const cachedAuthor = cachedData(
  "author",
  async (slug: string, id: number) => {
    const author = await getAuthorBySlug(slug);
    return author && author.id === id ? author : null;
  },
  (_slug, id) => [tags.author(id)],
);
/** A page of an author's articles: every page carries the author's tag, which their publish or unpublish expires. */
export const cachedAuthorPage = cachedData("author-page", articles.getAuthorPage, (id) => [tags.author(id)]);

export const cachedSitemapCount = cachedData("sitemap-count", articles.countPublished, () => [tags.sitemap]);
export const cachedSitemapChunk = cachedData("sitemap-chunk", articles.listForSitemap, () => [tags.sitemap]);
