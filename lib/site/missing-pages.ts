import { countByAuthor, countInCategories, listingPageCount } from "@/lib/articles/queries";
import { findAuthorIdBySlug } from "@/lib/authors/queries";
import { lookupMemo } from "@/lib/cache/lookup-memo";
import { slugTagOf, tags } from "@/lib/cache/tags";
import { findCategoryIdBySlug, listAllCategories, type CategoryNode } from "@/lib/categories/queries";
import { descendantIds } from "@/lib/categories/tree";
import { decodePathSegment } from "@/lib/http/path-segment";
import { findPublishedConsultationId } from "@/lib/consultations/public";
import { findOfficialIdBySlug } from "@/lib/officials/queries";
import { findQuestionPageId } from "@/lib/questions/public";
import { listingPageParam } from "@/lib/site/routes";

/**
 * Reader pages addressed by a slug (/chuyen-muc/<slug>, /lanh-dao/<slug>, /tac-gia/<slug>,
 * /lay-y-kien/<slug> and its comment form /lay-y-kien/<slug>/gop-y) or an id (/hoi-dap/<id>) that
 * proxy.ts can answer with the 404 page before Next renders them. Only a slug that matches nothing
 * counts as missing, and a listing page of a category or an author ("?trang=N") that is not a page
 * number or lies past its last page; anything else is left to the page. Lookups are memoised under
 * the tags that every change they depend on expires (lib/cache/lookup-memo.ts).
 */
const finders = new Map<string, (slug: string) => Promise<number | null>>([
  ["chuyen-muc", findCategoryIdBySlug],
  ["lanh-dao", findOfficialIdBySlug],
  ["tac-gia", findAuthorIdBySlug],
  ["hoi-dap", findQuestionPageId],
  ["lay-y-kien", findPublishedConsultationId],
]);

/** Pages below a slug's page that exist exactly when it does. */
const SUB_PAGES: Record<string, string[]> = { "lay-y-kien": ["gop-y"] };

const ids = lookupMemo<number | null>("reader-page-ids", { maxAgeMs: 10 * 60_000 });
const pageCounts = lookupMemo<number>("listing-page-counts", { maxAgeMs: 10 * 60_000 });
const categoryTree = lookupMemo<CategoryNode[]>("category-tree", { maxAgeMs: 10 * 60_000 });

/** How many listing pages the category or author with this id has, memoised until a change of what it counts. */
const listingPageCounts = new Map<string, (id: number) => Promise<number>>([
  // The listing covers the sub-categories too: the tree (menu) and any of their lists change it.
  [
    "chuyen-muc",
    (id) =>
      pageCounts(`chuyen-muc/${id}`, [tags.menu, tags.categoryList(id)], async () => {
        const tree = await categoryTree("all", [tags.menu], listAllCategories);
        return listingPageCount(await countInCategories(descendantIds(tree, id)));
      }),
  ],
  ["tac-gia", (id) => pageCounts(`tac-gia/${id}`, [tags.author(id)], async () => listingPageCount(await countByAuthor(id)))],
]);

export async function isMissingReaderPage(pathname: string, search = new URLSearchParams()): Promise<boolean> {
  const match = /^\/([^/]+)\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (match?.[3] !== undefined && !SUB_PAGES[match[1]!]?.includes(match[3])) return false;
  const find = match && finders.get(match[1]!);
  const tag = slugTagOf(pathname);
  if (!find || !tag) return false;
  const slug = decodePathSegment(match[2]!);
  const id = await ids(`${match[1]}/${slug}`, [tag], () => find(slug));
  if (id === null) return true;
  const pageCount = listingPageCounts.get(match[1]!);
  // "?trang=1&trang=99": next.config.ts's rewrite reads the last value, so the check does too.
  const trang = search.getAll("trang").at(-1);
  return pageCount !== undefined && trang !== undefined && !(await isListingPage(trang, () => pageCount(id)));
}

async function isListingPage(trang: string, pageCount: () => Promise<number>): Promise<boolean> {
  const page = listingPageParam(trang);
  if (page === null) return false;
  return page === 1 || page <= (await pageCount());
}

/**
 * /tim-kiem with a `trang` that is not a page number (judged by its last value, as a listing's): the
 * 404 page, as for a category. A page number past the results is left to the page, which says that
 * page has no results: search is rendered per request and knows its results only by running itself.
 */
export function isMissingSearchPage(search: URLSearchParams): boolean {
  const trang = search.getAll("trang").at(-1);
  return trang !== undefined && listingPageParam(trang) === null;
}
