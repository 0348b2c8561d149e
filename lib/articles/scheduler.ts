import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Change } from "@/lib/cache/tags";
import { parseStoredBody } from "./body";
import { articleChange } from "./changes";
import { articleFields, recordRevision } from "./revisions";

/**
 * Publishes every SCHEDULED article whose time has come. Safe with several app instances: the
 * UPDATE … WHERE status = 'SCHEDULED' claims each row for exactly one caller (row locks make a
 * concurrent UPDATE re-check the condition), and all state lives in the database, so nothing is
 * lost across restarts. An article published before keeps its first publication time, as when it
 * is published by hand (workflow.ts). Returns the cache changes to apply once committed.
 */
export async function publishDueArticles(now = new Date()): Promise<{ published: number[]; changes: Change[] }> {
  return db.$transaction(async (tx) => {
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
      const snapshot = { title: row.title, sapo: row.sapo, body: parseStoredBody(row.body), fields: articleFields(row), status: "PUBLISHED" as const, version: row.version };
      await recordRevision(tx, row.id, snapshot, "STATUS", row.authorId, "Tự động đăng theo lịch");
      await recordAudit(tx, { actorId: null, action: "article.publish_scheduled", entity: "Article", entityId: row.id, details: { version: row.version } });
      const officialIds = row.officials.map((o) => o.officialId);
      changes.push(await articleChange(tx, row.id, row.authorId, null, { categoryId: row.categoryId, officialIds, status: "PUBLISHED" }));
    }
    return { published: claimed.map((r) => r.id), changes };
  });
}
