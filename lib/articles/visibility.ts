import { Prisma } from "@/lib/db";
import type { ArticleStatus } from "@/lib/db/generated/enums";

/**
 * "Visible to readers": PUBLISHED, and its publication time has come. The one rule every reader-side
 * read applies, in the three forms the code needs: a Prisma filter, a check of a loaded row, and SQL
 * (the function "article_visible", migration 20261207161000_article_visible, which the search's SQL
 * function calls too).
 */
export function visibleWhere(now = new Date(), since?: Date) {
  return { status: "PUBLISHED" as const, publishedAt: { lte: now, ...(since ? { gte: since } : {}) } };
}

export function isVisible(article: { status: ArticleStatus | string; publishedAt: Date | null }, now = new Date()): boolean {
  return article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now;
}

/** The rule in SQL, for the article table under `alias` in a hand-written statement. */
export function visibleSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.sql`"article_visible"(${Prisma.raw(`${alias}."status"`)}, ${Prisma.raw(`${alias}."publishedAt"`)})`;
}
