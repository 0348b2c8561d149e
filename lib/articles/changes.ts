import type { Tx } from "@/lib/db";
import { invalidate, type Change } from "@/lib/cache/tags";
import { ancestorChains } from "@/lib/categories/tree";
import { forgetStoredViews } from "./views";

type Side = { categoryId: number; officialIds: number[]; status: string };
export type ArticleWrite = { articleId: number; authorId: number; before: Side | null; after: Side };

/**
 * The cache changes of article writes, with one query for all their categories' ancestors: a change
 * to an article affects the lists of its categories (old and new on a move) and of all their
 * ancestors. Readers only see it when the article was or is published; a draft saved touches nothing
 * but the article's own tag.
 */
export async function articleChanges(tx: Tx, writes: ArticleWrite[]): Promise<Change[]> {
  const sidesOf = (write: ArticleWrite) => (write.before ? [write.before, write.after] : [write.after]);
  const chains = await ancestorChains(
    tx,
    writes.flatMap((write) => sidesOf(write).map((side) => side.categoryId)),
  );
  return writes.map((write) => {
    const sides = sidesOf(write);
    return {
      kind: "article",
      articleId: write.articleId,
      authorId: write.authorId,
      public: sides.some((side) => side.status === "PUBLISHED"),
      categoryIds: [...new Set(sides.flatMap((side) => chains.get(side.categoryId) ?? []))],
      officialIds: [...new Set(sides.flatMap((side) => side.officialIds))],
    };
  });
}

export async function articleChange(tx: Tx, articleId: number, authorId: number, before: Side | null, after: Side): Promise<Change> {
  const [change] = await articleChanges(tx, [{ articleId, authorId, before, after }]);
  return change!;
}

/**
 * Applies cache invalidation after the transaction committed, and drops this process's view-counter
 * memo of the article (an unpublished article stops counting at once). Must run where Next's cache
 * is: in a request (the scheduler therefore runs inside a route handler, app/api/lich-dang/route.ts);
 * tests stand next/cache in with the cache store's double (tests/support/next-cache.ts).
 */
export function applyChanges(changes: Change[]): void {
  for (const change of changes) {
    if (change.kind === "article") forgetStoredViews(change.articleId);
    invalidate(change);
  }
}
