import { db, type Tx } from "@/lib/db";
import type { ArticleStatus } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/log";
import { ValidationError } from "@/lib/errors";
import { INVALID_FORM } from "@/lib/forms/messages";
import { parseInput } from "@/lib/actions";
import { authorize, TRANSITIONS, type Actor, type TransitionAction } from "@/lib/people/policy";
import { applyChanges, articleChange } from "./changes";
import { conflict, loadForWrite } from "./editing";
import { transitionInputSchema, type TransitionInput } from "./input";
import { currentSnapshot, recordRevision } from "./revisions";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Nháp",
  IN_REVIEW: "Chờ duyệt",
  SCHEDULED: "Hẹn giờ đăng",
  PUBLISHED: "Đã đăng",
  UNPUBLISHED: "Đã gỡ",
};

export const TRANSITION_LABELS: Record<TransitionAction, string> = {
  "article.submit": "Gửi duyệt",
  "article.publish": "Duyệt và đăng ngay",
  "article.schedule": "Hẹn giờ đăng",
  "article.unpublish": "Gỡ bài",
  "article.return": "Trả lại phóng viên",
};

/**
 * Moves an article through the workflow (submit, publish, schedule, unpublish, return) in one
 * transaction: the policy decides who may and from which status; the article, a STATUS revision and
 * an audit row change together or not at all.
 */
export async function transitionArticle(actor: Actor | null, articleId: number, raw: unknown): Promise<{ status: ArticleStatus; version: number }> {
  const input = parseInput(transitionInputSchema, raw);
  const { result, change } = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, input.action, current);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) throw await conflict(tx, articleId);
    return applyTransition(tx, current, input, { actor, at: new Date() });
  });
  applyChanges([change]);
  return result;
}

/** Who makes a step, and when; the scheduler acts for the editor who scheduled (`via`). */
export type TransitionBy = {
  /** null: the system (a schedule older than the record of who scheduled it). */
  actor: Actor | null;
  at: Date;
  via?: { audit: "article.publish_scheduled"; note: string; details: Record<string, unknown> };
};

type Loaded = Awaited<ReturnType<typeof loadForWrite>>;

/**
 * The body of every status change, by a person or by the scheduler: the article row (over the version
 * it was read at), its STATUS revision and the audit row, inside the caller's transaction, which has
 * already authorised the step. Returns the cache change to apply once committed.
 */
export async function applyTransition(tx: Tx, current: Loaded, input: Pick<TransitionInput, "action" | "scheduledAt" | "note">, by: TransitionBy) {
  const { action } = input;
  // Whoever schedules the article is who the scheduler later publishes it for; any other move clears it.
  const data = { ...transitionData(action, input, current, by.at), scheduledById: action === "article.schedule" ? by.actor!.id : null, scheduleRefusal: null };
  const version = current.version + 1;
  const updated = await tx.article.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version } });
  if (updated.count !== 1) throw await conflict(tx, current.id);
  const to = TRANSITIONS[action].to;
  const note = by.via?.note ?? (input.note || TRANSITION_LABELS[action]);
  // A revision must name someone: the system's step is recorded under the article's author.
  await recordRevision(tx, current.id, currentSnapshot(current, to, version), "STATUS", by.actor?.id ?? current.authorId, note);
  await recordAudit(tx, {
    actorId: by.actor?.id ?? null,
    action: by.via?.audit ?? action,
    entity: "Article",
    entityId: current.id,
    details: by.via
      ? { version, ...by.via.details }
      : { from: current.status, to, ...(data.scheduledAt ? { scheduledAt: data.scheduledAt.toISOString() } : {}), ...(input.note ? { note: input.note } : {}) },
  });
  const officialIds = current.officials.map((o) => o.officialId);
  const change = await articleChange(
    tx,
    current.id,
    current.authorId,
    { categoryId: current.categoryId, officialIds, status: current.status },
    { categoryId: current.categoryId, officialIds, status: to },
  );
  return { result: { status: to, version }, change };
}

type Current = { status: ArticleStatus; publishedAt: Date | null; scheduledAt: Date | null };

/** A schedule further ahead is a typo (or year 10000), not a plan. */
const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 3600 * 1000;

function transitionData(action: TransitionAction, input: Pick<TransitionInput, "scheduledAt" | "note">, current: Current, now: Date) {
  switch (action) {
    case "article.submit":
      return { status: "IN_REVIEW" as const, reviewNote: null, scheduledAt: null };
    case "article.publish":
      // An article published before keeps its first publication time.
      return { status: "PUBLISHED" as const, publishedAt: current.publishedAt ?? now, scheduledAt: null, reviewNote: null };
    case "article.schedule": {
      if (!input.scheduledAt || input.scheduledAt.getTime() <= now.getTime()) {
        throw new ValidationError(INVALID_FORM, { scheduledAt: ["Thời điểm hẹn giờ phải ở tương lai"] });
      }
      if (input.scheduledAt.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_MS) {
        throw new ValidationError(INVALID_FORM, { scheduledAt: ["Chỉ hẹn giờ đăng trong vòng một năm"] });
      }
      return { status: "SCHEDULED" as const, scheduledAt: input.scheduledAt, reviewNote: null };
    }
    case "article.unpublish":
      return { status: "UNPUBLISHED" as const, scheduledAt: null };
    case "article.return":
      if (!input.note) throw new ValidationError(INVALID_FORM, { note: ["Vui lòng ghi nhận xét cho phóng viên"] });
      return { status: "DRAFT" as const, reviewNote: input.note, scheduledAt: null };
  }
}
