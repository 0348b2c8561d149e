import {
  cachedAuthorSlugs,
  cachedCategories,
  cachedConsultationSlugs,
  cachedDocumentPaths,
  cachedOfficialSlugs,
  cachedQuestionIds,
  cachedSitemapChunk,
  cachedSitemapCount,
} from "@/lib/site/reader-data";
import { articlePath } from "@/lib/articles/paths";
import { categoryUrl, SITEMAP_MAX_URLS, sitemapIndexDocument, sitemapPlan, urlsetDocument, type SitemapUrl } from "./xml";
import { officialPath } from "@/lib/officials/paths";
import { authorPath } from "@/lib/authors/paths";
import { CONSULTATIONS_PATH, consultationPath } from "@/lib/consultations/rules";
import { documentPath, DOCUMENTS_PATH } from "@/lib/documents/rules";
import { QUESTIONS_PATH } from "@/lib/site/routes";
import { questionPath } from "@/lib/questions/rules";
import { SCHEDULE_PATH } from "@/lib/schedule/paths";

async function pageUrls(): Promise<SitemapUrl[]> {
  const [categories, officials, authors, questions, drafts, documents] = await Promise.all([
    cachedCategories(),
    cachedOfficialSlugs(),
    cachedAuthorSlugs(),
    cachedQuestionIds(),
    cachedConsultationSlugs(),
    cachedDocumentPaths(),
  ]);
  return [
    { path: "/" },
    { path: "/lanh-dao" },
    ...categories.map((c) => ({ path: categoryUrl(c.slug) })),
    ...officials.map((o) => ({ path: officialPath(o.slug), lastModified: o.updatedAt })),
    ...authors.map((a) => ({ path: authorPath(a.slug) })),
    { path: SCHEDULE_PATH },
    { path: QUESTIONS_PATH },
    ...questions.map((q) => ({ path: questionPath(q.id), lastModified: q.updatedAt })),
    { path: CONSULTATIONS_PATH },
    ...drafts.map((d) => ({ path: consultationPath(d.slug), lastModified: d.updatedAt })),
    { path: DOCUMENTS_PATH },
    ...documents.map((d) => ({ path: documentPath(d), lastModified: d.updatedAt })),
  ];
}

async function articleUrls(file: number): Promise<SitemapUrl[]> {
  const rows = await cachedSitemapChunk((file - 1) * SITEMAP_MAX_URLS, SITEMAP_MAX_URLS);
  return rows.map((a) => ({ path: articlePath(a), lastModified: a.updatedAt }));
}

/** /sitemap.xml: one urlset while everything fits in 50,000 URLs, else an index of the files. */
export async function mainSitemap(): Promise<string> {
  const plan = sitemapPlan(await cachedSitemapCount());
  if (!plan.needsIndex) return urlsetDocument([...(await pageUrls()), ...(await articleUrls(1))]);
  const files = ["/sitemaps/trang.xml", ...Array.from({ length: plan.articleFiles }, (_, i) => `/sitemaps/bai-viet-${i + 1}.xml`), "/sitemap-news.xml"];
  return sitemapIndexDocument(files);
}

/** One file of the index: "trang.xml" (home, categories, officials, authors, the schedule, questions, drafts, documents) or "bai-viet-N.xml". */
export async function sitemapFile(name: string): Promise<string | null> {
  if (name === "trang.xml") return urlsetDocument(await pageUrls());
  const match = /^bai-viet-(\d{1,4})\.xml$/.exec(name);
  if (!match) return null;
  const file = Number(match[1]);
  const plan = sitemapPlan(await cachedSitemapCount());
  if (file < 1 || file > plan.articleFiles) return null;
  return urlsetDocument(await articleUrls(file));
}
