import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Change } from "@/lib/cache/tags";
import { parseStoredBody } from "./body";
import { articleChange } from "./changes";
import { articleFields, recordRevision } from "./revisions";

/** The revision note of a publication made by the scheduler. */
export const SCHEDULED_PUBLISH_NOTE = "Tự động đăng theo lịch";

/**
 * Publishes every SCHEDULED article whose time has come. Safe with several app instances: the
 * UPDATE … WHERE status = 'SCHEDULED' claims each row for exactly one caller (row locks make a
 * concurrent UPDATE re-check the condition), and all state lives in the database, so nothing is
 * lost across restarts. An article published before keeps its first publication time, as when it
 * is published by hand (workflow.ts). Returns the cache changes to apply once committed.
 *
 * The publication is the scheduling editor's (Article.scheduledById, set by workflow.ts): the STATUS
 * revision and the audit row name them, and the audit row says the scheduler acted for them
 * (`details.via`). An article whose scheduler is unknown (their account deleted) is audited as the
 * system's, and its revision, which must name someone, falls back to the author.
 */
export async function publishDueArticles(now = new Date()): Promise<{ published: number[]; changes: Change[] }> {
  return db.$transaction(async (tx) => {
    // "scheduledById" is cleared below, once read: RETURNING would give the value after the UPDATE.
    const claimed = await tx.$queryRaw<{ id: number }[]>`
      UPDATE "Article"
      SET "status" = 'PUBLISHED', "publishedAt" = COALESCE("publishedAt", "scheduledAt"), "scheduledAt" = NULL,
          "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "status" = 'SCHEDULED' AND "scheduledAt" <= ${now}
      RETURNING "id"`;
    const changes: Change[] = [];
    for (const { id } of claimed) {
      // Read back as claimed (this transaction's row lock holds it), for its revision.
      const row = await tx.article.findUniqueOrThrow({ where: { id }, include: { officials: { select: { officialId: true } } } });
      const scheduledBy = row.scheduledById;
      const snapshot = { title: row.title, sapo: row.sapo, body: parseStoredBody(row.body), fields: articleFields(row), status: "PUBLISHED" as const, version: row.version };
      await recordRevision(tx, row.id, snapshot, "STATUS", scheduledBy ?? row.authorId, SCHEDULED_PUBLISH_NOTE);
      await recordAudit(tx, {
        actorId: scheduledBy,
        action: "article.publish_scheduled",
        entity: "Article",
        entityId: row.id,
        details: { version: row.version, via: "scheduler", scheduledById: scheduledBy },
      });
      const officialIds = row.officials.map((o) => o.officialId);
      changes.push(await articleChange(tx, row.id, row.authorId, null, { categoryId: row.categoryId, officialIds, status: "PUBLISHED" }));
    }
    if (claimed.length) await tx.article.updateMany({ where: { id: { in: claimed.map((r) => r.id) } }, data: { scheduledById: null, updatedAt: now } });
    return { published: claimed.map((r) => r.id), changes };
  });
}
