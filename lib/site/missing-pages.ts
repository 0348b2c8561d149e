import { categoryPageCount, countInCategories } from "@/lib/articles/queries";
import { findAuthorIdBySlug } from "@/lib/authors/queries";
import { lookupMemo } from "@/lib/cache/lookup-memo";
import { slugTagOf, tags } from "@/lib/cache/tags";
import { descendantIds, findCategoryIdBySlug, listAllCategories, type CategoryNode } from "@/lib/categories/queries";
import { decodePathSegment } from "@/lib/http/path-segment";
import { findOfficialIdBySlug } from "@/lib/officials/queries";
import { categoryPageParam } from "@/lib/site/routes";

/**
 * Reader pages addressed by a slug (/chuyen-muc/<slug>, /lanh-dao/<slug>, /tac-gia/<slug>) that
 * proxy.ts can answer with the 404 page before Next renders them. Only a slug that matches nothing
 * counts as missing, and a category's listing page ("?trang=N") that is not a page number or lies
 * past its last page; anything else is left to the page. Lookups are memoised under the tags that
 * every change they depend on expires (lib/cache/lookup-memo.ts).
 */
const finders = new Map<string, (slug: string) => Promise<number | null>>([
  ["chuyen-muc", findCategoryIdBySlug],
  ["lanh-dao", findOfficialIdBySlug],
  ["tac-gia", findAuthorIdBySlug],
]);

const ids = lookupMemo<number | null>("reader-page-ids", { maxAgeMs: 10 * 60_000 });
const pageCounts = lookupMemo<number>("category-page-counts", { maxAgeMs: 10 * 60_000 });
const categoryTree = lookupMemo<CategoryNode[]>("category-tree", { maxAgeMs: 10 * 60_000 });

export async function isMissingReaderPage(pathname: string, search = new URLSearchParams()): Promise<boolean> {
  const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  const find = match && finders.get(match[1]!);
  const tag = slugTagOf(pathname);
  if (!find || !tag) return false;
  const slug = decodePathSegment(match[2]!);
  const id = await ids(`${match[1]}/${slug}`, [tag], () => find(slug));
  if (id === null) return true;
  // "?trang=1&trang=99": next.config.ts's rewrite reads the last value, so the check does too.
  const trang = search.getAll("trang").at(-1);
  return match[1] === "chuyen-muc" && trang !== undefined && !(await isCategoryPage(id, trang));
}

async function isCategoryPage(categoryId: number, trang: string): Promise<boolean> {
  const page = categoryPageParam(trang);
  if (page === null) return false;
  if (page === 1) return true;
  // The listing covers the sub-categories too: the tree (menu) and any of their lists change it.
  const count = await pageCounts(String(categoryId), [tags.menu, tags.categoryList(categoryId)], async () => {
    const tree = await categoryTree("all", [tags.menu], listAllCategories);
    return categoryPageCount(await countInCategories(descendantIds(tree, categoryId)));
  });
  return page <= count;
}
