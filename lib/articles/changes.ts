import type { Tx } from "@/lib/db";
import { invalidate, type Change } from "@/lib/cache/tags";
import { forgetStoredViews } from "./views";

/** A category with every ancestor: a change to an article affects the lists of all of them. */
async function withAncestors(tx: Tx, categoryIds: number[]): Promise<number[]> {
  const out = new Set<number>();
  let pending = [...new Set(categoryIds)];
  while (pending.length) {
    pending.forEach((id) => out.add(id));
    const rows = await tx.category.findMany({ where: { id: { in: pending } }, select: { parentId: true } });
    pending = rows.map((r) => r.parentId).filter((id): id is number => id !== null && !out.has(id));
  }
  return [...out];
}

type Side = { categoryId: number; officialIds: number[]; status: string };

/**
 * The cache change an article write causes. Readers only see it when the article was or is
 * published; a draft saved touches nothing but the article's own tag.
 */
export async function articleChange(tx: Tx, articleId: number, authorId: number, before: Side | null, after: Side): Promise<Change> {
  const sides = before ? [before, after] : [after];
  return {
    kind: "article",
    articleId,
    authorId,
    public: sides.some((s) => s.status === "PUBLISHED"),
    categoryIds: await withAncestors(tx, sides.map((s) => s.categoryId)),
    officialIds: [...new Set(sides.flatMap((s) => s.officialIds))],
  };
}

/**
 * Applies cache invalidation after the transaction committed, and drops this process's view-counter
 * memo of the article (an unpublished article stops counting at once). Outside a Next.js request
 * (scripts, tests) there is no page cache to expire and Next refuses the call; the scheduler therefore
 * runs inside a route handler (app/api/lich-dang/route.ts) so its changes do reach the cache.
 */
export function applyChanges(changes: Change[]): void {
  for (const change of changes) {
    if (change.kind === "article") forgetStoredViews(change.articleId);
    try {
      invalidate(change);
    } catch (error) {
      if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
    }
  }
}
