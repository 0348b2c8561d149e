import { db } from "@/lib/db";

/** The public profile of a staff member (/tac-gia/<slug>): never the e-mail or anything private. */
export function getAuthorBySlug(slug: string) {
  return db.user.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true, bio: true, avatar: true } });
}
