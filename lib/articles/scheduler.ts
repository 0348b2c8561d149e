import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Change } from "@/lib/cache/tags";
import { scheduledPublishRefusal } from "@/lib/people/policy";
import { loadForWrite } from "./editing";
import { applyTransition } from "./workflow";

/** The revision note of a publication made by the scheduler. */
export const SCHEDULED_PUBLISH_NOTE = "Tự động đăng theo lịch";

/** Due articles one run publishes at most; the rest wait for the next run, seconds later. */
const BATCH = 50;

/**
 * Publishes every SCHEDULED article whose time has come, through the same transition a person makes
 * (`applyTransition`), in the name of the editor who scheduled it (Article.scheduledById): the policy
 * is asked again now, so an editor demoted or deactivated since publishes nothing. Such an article stays
 * SCHEDULED with the reason (`scheduleRefusal`) shown to the staff, and is not tried again until an
 * editor schedules or publishes it anew. Safe with several app instances: due rows are claimed with
 * FOR UPDATE SKIP LOCKED, so each is taken by exactly one caller; all state lives in the database.
 * Returns the cache changes to apply once committed.
 */
export async function publishDueArticles(now = new Date()): Promise<{ published: number[]; changes: Change[] }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "Article"
      WHERE "status" = 'SCHEDULED' AND "scheduledAt" <= ${now} AND "scheduleRefusal" IS NULL
      ORDER BY "scheduledAt", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    const published: number[] = [];
    const changes: Change[] = [];
    for (const { id } of claimed) {
      const change = await publishScheduled(tx, id);
      if (change) {
        published.push(id);
        changes.push(change);
      }
    }
    return { published, changes };
  });
}

async function publishScheduled(tx: Tx, articleId: number): Promise<Change | null> {
  const current = await loadForWrite(tx, articleId);
  const scheduler = current.scheduledById
    ? await tx.user.findUnique({ where: { id: current.scheduledById }, select: { id: true, role: true, active: true, displayName: true } })
    : null;
  const refusal = scheduledPublishRefusal(scheduler, current);
  if (refusal) {
    await tx.article.update({ where: { id: articleId }, data: { scheduleRefusal: refusal } });
    await recordAudit(tx, {
      actorId: null,
      action: "article.schedule_refused",
      entity: "Article",
      entityId: articleId,
      details: { scheduledById: current.scheduledById, reason: refusal },
    });
    return null;
  }
  const actor = scheduler ? { id: scheduler.id, role: scheduler.role } : null;
  const { change } = await applyTransition(
    tx,
    current,
    { action: "article.publish", note: "" },
    {
      actor,
      // The publication time is the one scheduled, as readers were told.
      at: current.scheduledAt ?? new Date(),
      via: { audit: "article.publish_scheduled", note: SCHEDULED_PUBLISH_NOTE, details: { via: "scheduler", scheduledById: current.scheduledById } },
    },
  );
  return change;
}
