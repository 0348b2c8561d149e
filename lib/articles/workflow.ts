import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/log";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/actions";
import { authorize, TRANSITIONS, type Actor, type TransitionAction } from "@/lib/people/policy";
import { parseStoredBody } from "./body";
import { applyChanges, articleChange } from "./changes";
import { conflict, loadForWrite } from "./editing";
import { transitionInputSchema } from "./input";
import { articleFields, recordRevision } from "./revisions";

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
  const action = input.action;
  const { result, change } = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, articleId);
    authorize(actor, action, current);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) throw await conflict(tx, articleId);
    const now = new Date();
    // Whoever schedules the article is who the scheduler later publishes it for; any other move clears it.
    const data = { ...transitionData(action, input, current, now), scheduledById: action === "article.schedule" ? actor.id : null };
    const version = current.version + 1;
    const updated = await tx.article.updateMany({ where: { id: articleId, version: current.version }, data: { ...data, version } });
    if (updated.count !== 1) throw await conflict(tx, articleId);
    const to = TRANSITIONS[action].to;
    await recordRevision(tx, articleId, { title: current.title, sapo: current.sapo, body: parseStoredBody(current.body), fields: articleFields(current), status: to, version }, "STATUS", actor.id, input.note || TRANSITION_LABELS[action]);
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entity: "Article",
      entityId: articleId,
      details: { from: current.status, to, ...(data.scheduledAt ? { scheduledAt: data.scheduledAt.toISOString() } : {}), ...(input.note ? { note: input.note } : {}) },
    });
    const officialIds = current.officials.map((o) => o.officialId);
    const change = await articleChange(tx, articleId, current.authorId, { categoryId: current.categoryId, officialIds, status: current.status }, { categoryId: current.categoryId, officialIds, status: to });
    return { result: { status: to, version }, change };
  });
  applyChanges([change]);
  return result;
}

type Current = { status: ArticleStatus; publishedAt: Date | null };

/** A schedule further ahead is a typo (or year 10000), not a plan. */
const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 3600 * 1000;

function transitionData(action: TransitionAction, input: ReturnType<typeof transitionInputSchema.parse>, current: Current, now: Date) {
  switch (action) {
    case "article.submit":
      return { status: "IN_REVIEW" as const, reviewNote: null, scheduledAt: null };
    case "article.publish":
      // An article published before keeps its first publication time (so does the scheduler's SQL).
      return { status: "PUBLISHED" as const, publishedAt: current.publishedAt ?? now, scheduledAt: null, reviewNote: null };
    case "article.schedule": {
      if (!input.scheduledAt || input.scheduledAt.getTime() <= now.getTime()) {
        throw new ValidationError("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.", { scheduledAt: ["Thời điểm hẹn giờ phải ở tương lai"] });
      }
      if (input.scheduledAt.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_MS) {
        throw new ValidationError("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.", { scheduledAt: ["Chỉ hẹn giờ đăng trong vòng một năm"] });
      }
      return { status: "SCHEDULED" as const, scheduledAt: input.scheduledAt, reviewNote: null };
    }
    case "article.unpublish":
      return { status: "UNPUBLISHED" as const, scheduledAt: null };
    case "article.return":
      if (!input.note) throw new ValidationError("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.", { note: ["Vui lòng ghi nhận xét cho phóng viên"] });
      return { status: "DRAFT" as const, reviewNote: input.note, scheduledAt: null };
  }
}
