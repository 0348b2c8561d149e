import { isSlug } from "@/lib/text/vietnamese";
import { visibleWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db";

/** The id of the author at /tac-gia/<slug>, or null. */
export async function findAuthorIdBySlug(slug: string): Promise<number | null> {
  if (!isSlug(slug)) return null;
  return (await db.user.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

/** The public profile of a staff member (/tac-gia/<slug>): never the e-mail or anything private. */
export async function getAuthorBySlug(slug: string) {
  if (!isSlug(slug)) return null;
  return db.user.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true, bio: true, avatar: true } });
}

/** The authors whose page lists at least one article a reader can see (the sitemap's author pages). */
export function listPublishedAuthorSlugs() {
  return db.user.findMany({ where: { articles: { some: visibleWhere() } }, orderBy: { id: "asc" }, select: { slug: true } });
}
