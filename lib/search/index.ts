import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { foldDiacritics, normalizeLine } from "@/lib/text/vietnamese";
import type { ArticleTeaser } from "@/lib/articles/teaser";
import { idSchema } from "@/lib/db/ids";
import { calendarDay, isCalendarDay, vietnamDayStart } from "@/lib/text/date";
import type { CategoryNode } from "@/lib/categories/queries";
import { descendantIds } from "@/lib/categories/tree";
import { listingPageParam } from "@/lib/site/routes";

/**
 * Article search for /tim-kiem. PostgreSQL does the work on both engines: "searchVector" is a stored,
 * diacritic-folded tsvector (title weighted A, sapo B, body C) with a GIN index, built by the text
 * search configuration "vietnamese_unaccent" (prisma/migrations/20261127020000_search). The query goes
 * through the same configuration, so "bi thu tinh uy" finds "Bí thư Tỉnh ủy", and "uỷ" matches "ủy".
 * Punctuation that would glue words or numbers into one token (- / . : @ + ~) separates them on both
 * sides ("article_search_text"), so "2022" finds "tháng 3/2022" and "covid 19" finds "COVID-19"; so do
 * zero-width characters and soft hyphens pasted with the text, which PGlite's parser reads as letters.
 *
 * One statement per results page (prisma/migrations/20261127040000_search_speed):
 * 1. "article_search_matches" finds the newest SEARCH_COUNT_LIMIT + 1 matches, which are also the capped
 *    count. The GIN index also holds each article's publication month, so it looks through the most
 *    recent months first and stops once it has enough: a common word ("tỉnh ủy") never visits its tens
 *    of thousands of older matches.
 * 2. The newest SEARCH_CANDIDATES of them are ranked by relevance, ts_rank over "searchHead" (title A,
 *    sapo B: a title match outranks a sapo match, which outranks a body-only match), then by recency.
 */
export const SEARCH_PAGE_SIZE = 20;
/** Matches ranked by relevance: the newest this many (25 pages of results). */
export const SEARCH_CANDIDATES = 500;
/** Counting stops here: "hơn 1.000 kết quả" is all a reader needs, and counting every match costs. */
export const SEARCH_COUNT_LIMIT = 1000;

export const searchInputSchema = z.object({
  q: z.string().max(200).transform(normalizeLine),
  categoryIds: z.array(idSchema()).nullable(),
  from: z.date().nullable(),
  to: z.date().nullable(),
  /** Any page a `trang` can name (lib/site/routes.ts): one past the results has no articles, and says so. */
  page: z.number().int().min(1).max(99_999),
});

export type SearchInput = z.infer<typeof searchInputSchema>;

/** total is capped at SEARCH_COUNT_LIMIT + 1 (more than the limit). */
export type SearchResult = { total: number; page: number; pageCount: number; articles: ArticleTeaser[] };

/** One row per article of the page, or a single row with a null id when the page is empty. */
type Row = {
  total: bigint;
  id: number | null;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  categoryName: string;
  categorySlug: string;
  imagePath: string | null;
  imageVariants: unknown;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
};

export async function searchArticles(input: SearchInput): Promise<SearchResult> {
  const { q, categoryIds, from, to, page } = searchInputSchema.parse(input);
  if (!queryTerms(q).length || categoryIds?.length === 0) return { total: 0, page: 1, pageCount: 0, articles: [] };
  // The same word separators as the indexed text (prisma/migrations/20261127090000_search_word_separators).
  const query = Prisma.sql`"article_search_query"(${q})`;
  const rows = await db.$queryRaw<Row[]>`
    WITH matches AS MATERIALIZED (
      SELECT * FROM "article_search_matches"(${query}, ${categoryIds}::int[], ${from}::timestamp, ${to}::timestamp, ${SEARCH_COUNT_LIMIT + 1})
    ),
    candidates AS (
      SELECT "id" FROM matches ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${SEARCH_CANDIDATES}
    ),
    results AS (
      SELECT a."id", a."slug", a."title", a."sapo", a."publishedAt", a."categoryId", a."featuredImageId",
             ts_rank(a."searchHead", ${query}) AS "rank"
        FROM candidates
        JOIN "Article" a ON a."id" = candidates."id"
       ORDER BY "rank" DESC, a."publishedAt" DESC, a."id" DESC
       LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT counted."total", r."id", r."slug", r."title", r."sapo", r."publishedAt",
           c."name" AS "categoryName", c."slug" AS "categorySlug",
           m."path" AS "imagePath", m."variants" AS "imageVariants", m."alt" AS "imageAlt", m."width" AS "imageWidth", m."height" AS "imageHeight"
      FROM (SELECT count(*) AS "total" FROM matches) AS counted
      LEFT JOIN (results r
                 JOIN "Category" c ON c."id" = r."categoryId"
                 LEFT JOIN "Media" m ON m."id" = r."featuredImageId") ON true
     ORDER BY r."rank" DESC, r."publishedAt" DESC, r."id" DESC`;
  const total = Number(rows[0]?.total ?? 0);
  return {
    total,
    page,
    pageCount: Math.ceil(Math.min(total, SEARCH_CANDIDATES) / SEARCH_PAGE_SIZE),
    articles: rows
      .filter((r): r is Row & { id: number } => r.id !== null)
      .map((r) => ({
        id: r.id,
        slug: r.slug,
        title: r.title,
        sapo: r.sapo,
        publishedAt: r.publishedAt,
        category: { name: r.categoryName, slug: r.categorySlug },
        featuredImage: r.imagePath
          ? { path: r.imagePath, variants: r.imageVariants, alt: r.imageAlt ?? "", width: r.imageWidth ?? 0, height: r.imageHeight ?? 0 }
          : null,
      })),
  };
}

/** The folded words of a query, as the database sees them. */
export function queryTerms(q: string): string[] {
  return foldDiacritics(q.normalize("NFC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export type Highlighted = { text: string; match: boolean }[];

/** Splits text into runs, marking the words whose folded form is one of the query's terms. */
export function highlight(text: string, q: string): Highlighted {
  const terms = new Set(queryTerms(q));
  const parts = text.split(/([\p{L}\p{N}]+)/u).filter((part) => part !== "");
  const runs: Highlighted = [];
  for (const part of parts) {
    const match = terms.has(foldDiacritics(part));
    const last = runs.at(-1);
    if (last && last.match === match) last.text += part;
    else runs.push({ text: part, match });
  }
  // Spaces between two highlighted words join them into one run.
  return runs.reduce<Highlighted>((merged, run, i) => {
    const prev = merged.at(-1);
    const next = runs[i + 1];
    if (!run.match && /^\s+$/.test(run.text) && prev?.match && next?.match) {
      prev.text += run.text;
      return merged;
    }
    if (run.match && prev?.match) prev.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (params: SearchParams, key: string) => {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
};

/** A repeated `trang` is read by its last value, as a listing's is (the one proxy.ts judges). */
const lastValue = (params: SearchParams, key: string) => {
  const value = params[key];
  return Array.isArray(value) ? value.at(-1) : value;
};

/** The words searched for in /tim-kiem's query string, as the page shows and searches them. */
export function searchQueryOf(params: SearchParams): string {
  return normalizeLine(firstValue(params, "q")).slice(0, 200);
}

/**
 * Parses /tim-kiem's query string; bad values are dropped rather than failing the page. A category
 * slug that names no category (an old link after a rename, a typo) is dropped too: the form then shows
 * "Tất cả chuyên mục", and the results are those of every category, not none.
 */
export function parseSearchParams(params: SearchParams, categories: CategoryNode[]) {
  const one = (key: string) => firstValue(params, key);
  const q = searchQueryOf(params);
  const chosen = categories.find((c) => c.slug === one("chuyen-muc"));
  const category = chosen?.slug ?? "";
  const given = [one("tu-ngay"), one("den-ngay")];
  const days = given.map((text) => (parseDay(text) ? text : ""));
  // Dates given the wrong way round still mean the days between them (ISO days sort as text).
  const [fromText, toText] = days[0] && days[1] && days[0] > days[1] ? [days[1], days[0]] : days;
  const from = parseDay(fromText!);
  const toDay = parseDay(toText!);
  const trang = lastValue(params, "trang");
  return {
    q,
    category,
    fromText: fromText!,
    toText: toText!,
    /** Dates in the address that are no calendar day ("2022-02-31"): left out, and the page says so. */
    ignoredDays: given.filter((text, i) => text && !days[i]),
    /** Something was asked for (filters, blank words) but there are no words to search. */
    needsWords: !q && ["q", "chuyen-muc", "tu-ngay", "den-ngay"].some((key) => key in params),
    input: {
      q,
      categoryIds: chosen ? descendantIds(categories, chosen.id) : null,
      from,
      // The "to" day is inclusive: up to the start of the next day in Vietnam.
      to: toDay ? new Date(toDay.getTime() + 86_400_000) : null,
      // proxy.ts answers a `trang` that is not a page number with the 404 page (lib/site/missing-pages.ts).
      page: listingPageParam(trang ?? "1") ?? 1,
    } satisfies SearchInput,
  };
}

/** "2022-03-23" → the start of that day in Vietnam (UTC+7). */
function parseDay(value: string): Date | null {
  return isCalendarDay(value) ? vietnamDayStart(calendarDay(value)) : null;
}
