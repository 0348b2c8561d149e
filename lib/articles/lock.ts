import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";

/** The editor sends a heartbeat every 15 s; a lock not refreshed for this long is free again. */
export const LOCK_TTL_MS = 60_000;

export type LockState = { held: true } | { held: false; holder: { id: number; name: string }; since: string };

/**
 * Takes or refreshes the edit lock for the actor, unless someone else holds a fresh one. With
 * takeOver the actor takes it regardless (the other person is told on their next heartbeat).
 * The lock only warns; saves are protected by the article version.
 */
export async function heartbeat(actor: Actor | null, articleId: number, takeOver = false): Promise<LockState> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, editingById: true, editingAt: true } });
    if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
    authorize(actor, "article.edit", article);
    const now = new Date();
    const staleBefore = new Date(now.getTime() - LOCK_TTL_MS);
    // Raw SQL: Prisma's update would also set "updatedAt", and opening an article is not a change to it
    // (the review queue is ordered by it; sitemaps and article pages show it as the modification time).
    const claim = () => tx.$executeRaw`
      UPDATE "Article" SET "editingById" = ${actor.id}, "editingAt" = ${now}
      WHERE "id" = ${articleId}
        AND (${takeOver}::boolean OR "editingById" IS NULL OR "editingById" = ${actor.id} OR "editingAt" IS NULL OR "editingAt" < ${staleBefore})`;
    for (let attempt = 1; attempt <= 3; attempt++) {
      if ((await claim()) === 1) {
        if (takeOver && article.editingById && article.editingById !== actor.id) {
          await recordAudit(tx, {
            actorId: actor.id,
            action: "article.lock_take_over",
            entity: "Article",
            entityId: articleId,
            details: { from: article.editingById },
          });
        }
        return { held: true };
      }
      // Read the holder again: someone may have taken the lock after the first read (two people opening
      // the article at the same moment), or given it back since the refused claim (then claim again).
      const row = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { editingAt: true, editingBy: { select: { id: true, displayName: true } } },
      });
      if (row.editingBy && row.editingAt)
        return { held: false, holder: { id: row.editingBy.id, name: row.editingBy.displayName }, since: row.editingAt.toISOString() };
    }
    throw new ConflictError("Bài viết vừa được người khác mở, vui lòng thử lại.");
  });
}

/** Gives the lock back when the editor closes (only if the actor still holds it). */
export async function releaseLock(actor: Actor | null, articleId: number): Promise<void> {
  if (!actor) throw new UnauthenticatedError();
  await db.$executeRaw`UPDATE "Article" SET "editingById" = NULL, "editingAt" = NULL WHERE "id" = ${articleId} AND "editingById" = ${actor.id}`;
}
