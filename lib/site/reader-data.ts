import { cache } from "react";
import * as articles from "@/lib/articles/queries";
import { findAuthorIdBySlug, getAuthorBySlug, listPublishedAuthorSlugs } from "@/lib/authors/queries";
import { listActiveBanners } from "@/lib/banners/queries";
import { listAllCategories } from "@/lib/categories/queries";
import { findOfficialIdBySlug, getOfficialBySlug, listOfficialSlugs, listOfficialsDirectory } from "@/lib/officials/queries";
import { getSiteSettings } from "@/lib/settings";
import { listEntriesBetween, listScheduleLeaders, listWeekEntries, findLeaderIdBySlug } from "@/lib/schedule/queries";
import { parseWeekParam, shiftWeek, weekRange } from "@/lib/schedule/week";
import * as questions from "@/lib/questions/public";
import * as consultations from "@/lib/consultations/public";
import * as documents from "@/lib/documents/public";
import type { DocumentFilters } from "@/lib/documents/filters";
import { calendarDay } from "@/lib/text/date";
import { cachedData, tagCurrentPage } from "@/lib/cache/data";
import { tags } from "@/lib/cache/tags";

/**
 * The reader site's data: each read cached in Next's data cache (lib/cache/data.ts) under the tags of
 * lib/cache/tags.ts, so that `invalidate(change)` re-renders exactly the pages that read changed data.
 */

// Read by the header, the footer and the page of the same render: once per request.
export const cachedCategories = cache(cachedData("categories", listAllCategories, () => [tags.menu]));
export const cachedSettings = cache(cachedData("settings", getSiteSettings, () => [tags.settings]));
export const cachedBanners = cachedData("banners", listActiveBanners, () => [tags.banners]);

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
export const cachedLatest = cachedData(
  "latest",
  (limit: number, excludeIds: number[]) => articles.listLatest(limit, excludeIds),
  () => [tags.home],
);
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

const TWO_DAYS_MS = 48 * 3600_000;

/**
 * The Google News sitemap's articles (published in the last 48 hours): cached for at most a minute,
 * since articles age out of the window without any change, and expired at once by any publish.
 */
export const cachedNewsSitemap = cachedData(
  "news-sitemap",
  async () => articles.listPublishedSince(new Date(Date.now() - TWO_DAYS_MS)),
  () => [tags.sitemap],
  60,
);
export const cachedOfficialSlugs = cachedData("sitemap-officials", listOfficialSlugs, () => [tags.sitemap, tags.officialsDirectory]);
// Tagged "sitemap" (any article published or withdrawn) and "authors" (a slug changed).
export const cachedAuthorSlugs = cachedData("sitemap-authors", listPublishedAuthorSlugs, () => [tags.sitemap, tags.authors]);

/**
 * The work schedule: a week's entries (all leaders, or one official's: the schedule page filtered and
 * the official's page), under "schedule" and the official's tag. The week is its Monday, "2026-12-07".
 */
export const cachedScheduleWeek = cachedData(
  "schedule-week",
  (week: string, officialId: number | null) => listWeekEntries(parseWeekParam(week)!, officialId),
  (_week, officialId) => (officialId === null ? [tags.schedule] : [tags.schedule, tags.official(officialId)]),
);
export const cachedScheduleLeaders = cachedData("schedule-leaders", listScheduleLeaders, () => [tags.officialsDirectory]);
export const cachedScheduleLeaderId = cachedData("schedule-leader-id", findLeaderIdBySlug, () => [tags.officialsDirectory]);
/** An .ics feed's entries: four weeks back to twelve ahead of the week named. */
export const cachedScheduleFeed = cachedData(
  "schedule-feed",
  (week: string, officialId: number | null) => {
    const monday = parseWeekParam(week)!;
    return listEntriesBetween(weekRange(shiftWeek(monday, -4)).from, weekRange(shiftWeek(monday, 12)).from, officialId);
  },
  (_week, officialId) => (officialId === null ? [tags.schedule] : [tags.schedule, tags.official(officialId)]),
);

/**
 * "Hỏi đáp": the topics, the published list (by topic and page) and one published pair, under the
 * questions' tags: only publishing (or unpublishing, or editing a published pair) expires them; a
 * reader sending a question expires nothing. Searches (words typed) are not cached, as /tim-kiem's.
 */
export const cachedQuestionTopics = cache(cachedData("question-topics", questions.listQuestionTopics, () => [tags.questions]));
export const cachedQuestionList = cachedData(
  "question-list",
  (topicId: number | null, page: number) => questions.listPublishedQuestions({ topicId, q: "", page }),
  () => [tags.questions],
);
export const cachedQuestion = cache(cachedData("question", questions.getPublishedQuestion, (id) => [tags.question(id)]));

/**
 * "Lấy ý kiến dự thảo": the published drafts and one draft with its files and published comments,
 * under one tag: publishing, editing a shown draft or moderating its comments expires it; a reader's
 * comment arriving expires nothing.
 */
export const cachedConsultationList = cachedData("consultation-list", consultations.listPublishedConsultations, () => [tags.consultations]);
export const cachedConsultation = cache(cachedData("consultation", consultations.getPublishedConsultation, () => [tags.consultations]));

/** The sitemap's questions and drafts: expired by their own tags, as their pages are. */
export const cachedQuestionIds = cachedData("sitemap-questions", questions.listPublishedQuestionIds, () => [tags.sitemap, tags.questions]);
export const cachedConsultationSlugs = cachedData("sitemap-consultations", consultations.listPublishedConsultationSlugs, () => [
  tags.sitemap,
  tags.consultations,
]);

/**
 * The documents (/van-ban): a list with its filters (searches are not kept: their words are endless),
 * the filters' values, and one document, each for a Vietnam calendar day ("2026-12-08"), so that a
 * status derived from the dates turns at midnight without anyone publishing.
 */
export const cachedDocumentList = cachedData(
  "document-list",
  (filters: DocumentFilters, day: string) => documents.listPublishedDocuments(filters, calendarDay(day)),
  () => [tags.documents],
);
export const cachedDocumentFacets = cachedData("document-facets", documents.documentFacets, () => [tags.documents]);
export const cachedDocument = cache(
  cachedData(
    "document",
    (id: number, day: string) => documents.getPublishedDocument(id, calendarDay(day)),
    () => [tags.documents],
  ),
);
export const cachedDocumentPaths = cachedData("sitemap-documents", documents.listPublishedDocumentPaths, () => [tags.sitemap, tags.documents]);
export const cachedDocumentFeed = cachedData("document-feed", documents.listDocumentFeed, () => [tags.documents, tags.feeds]);
export const cachedSignedDocuments = cachedData("signed-documents", documents.listDocumentsSignedBy, () => [tags.documents]);
