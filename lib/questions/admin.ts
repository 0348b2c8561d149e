import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { bodySchema, bodyText, bodyToJson, parseStoredBody, type ArticleBody } from "@/lib/articles/body";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db, Prisma } from "@/lib/db";
import type { QuestionStatus } from "@/lib/db/generated/enums";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { chosenId, expectedUpdatedAt, idField, nullableLine, optionalId, optionalText, requiredLine } from "@/lib/forms/fields";
import { fieldMessages as say, INVALID_FORM } from "@/lib/forms/messages";
import { authorize, can, type Actor } from "@/lib/people/policy";
import { slugged, uniqueSlug } from "@/lib/slugs";
import { LIMITS, QUESTION_STATUSES } from "./rules";

/**
 * The staff side of "Hỏi đáp": the moderation queue, one question with its original wording, and the
 * changes (assign, edit the wording, answer, publish, unpublish, refuse), each with an audit row in its
 * transaction and an optimistic version (updatedAt): a second moderator saving over a first is refused.
 * The sender's e-mail and phone are returned only to staff who may see them (questions.viewPersonal),
 * and each such reading writes an audit row.
 */
export const QUEUE_PAGE_SIZE = 50;

export async function listQuestionQueue(actor: Actor | null, status: QuestionStatus) {
  authorize(actor, "questions.moderate");
  const [counts, questions] = await Promise.all([
    db.question.groupBy({ by: ["status"], _count: { _all: true } }),
    db.question.findMany({
      where: { status },
      orderBy: status === "PUBLISHED" ? { publishedAt: "desc" } : { createdAt: status === "NEW" ? "asc" : "desc" },
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        askerName: true,
        createdAt: true,
        assignedUnit: true,
        assignee: { select: { displayName: true } },
        topic: { select: { name: true } },
      },
    }),
  ]);
  const byStatus = Object.fromEntries(QUESTION_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0])) as Record<
    QuestionStatus,
    number
  >;
  return { counts: byStatus, questions };
}

export type StaffQuestion = Awaited<ReturnType<typeof getQuestionForStaff>>;

/** One question for its moderation screen; personal data only for those who may see it, and that reading audited. */
export async function getQuestionForStaff(actor: Actor | null, id: number) {
  authorize(actor, "questions.moderate");
  const row = await db.question.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      status: true,
      askerName: true,
      email: true,
      phone: true,
      originalTitle: true,
      originalText: true,
      title: true,
      text: true,
      answer: true,
      refusalReason: true,
      assignedUnit: true,
      assigneeId: true,
      answeredAt: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      topicId: true,
      answeredBy: { select: { displayName: true } },
    },
  });
  if (!row) throw new NotFoundError("Câu hỏi không tồn tại.");
  const showPersonal = can(actor, "questions.viewPersonal");
  if (showPersonal && (row.email || row.phone)) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, action: "question.view_personal", entity: "Question", entityId: row.id, details: { fields: ["email", "phone"] } }),
    );
  }
  const { email, phone, answer, ...rest } = row;
  return { ...rest, answer: answer === null ? null : parseStoredBody(answer), personal: showPersonal ? { email, phone } : null };
}

/** Staff who may be given a question: every active account (a person answers on behalf of their unit). */
export async function listAssignableStaff(actor: Actor | null) {
  authorize(actor, "questions.moderate");
  return db.user.findMany({ where: { active: true }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } });
}

const answerField = z.preprocess((value) => {
  if (value === "" || value == null) return { type: "doc", content: [] };
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}, bodySchema);

const moderationSchema = z.object({
  id: idField("câu hỏi"),
  expectedUpdatedAt,
  intent: z.enum(["save", "publish", "unpublish", "refuse"], { error: say.invalid("thao tác") }),
  topicId: chosenId("chủ đề"),
  title: requiredLine("tiêu đề câu hỏi", LIMITS.title),
  text: optionalText("nội dung câu hỏi", LIMITS.text).refine((value) => value !== "", say.required("nội dung câu hỏi")),
  answer: answerField,
  assignedUnit: nullableLine("đơn vị trả lời", LIMITS.unit),
  assigneeId: optionalId("người trả lời"),
  refusalReason: nullableLine("lý do không tiếp nhận", LIMITS.reason),
});

const hasText = (body: ArticleBody) => bodyText(body).trim() !== "";

/** What a save, a publish, an unpublish or a refusal makes of the question's status. */
function nextStatus(
  intent: z.output<typeof moderationSchema>["intent"],
  before: QuestionStatus,
  data: { answered: boolean; assigned: boolean },
): QuestionStatus {
  if (intent === "publish") return "PUBLISHED";
  if (intent === "refuse") return "REFUSED";
  if (intent === "save" && before === "PUBLISHED") return "PUBLISHED";
  return data.answered ? "ANSWERED" : data.assigned ? "ASSIGNED" : "NEW";
}

/** Saves the moderation form (wording, topic, assignment, answer) and applies its intent; returns the new version. */
export async function moderateQuestion(actor: Actor | null, input: unknown): Promise<{ id: number; status: QuestionStatus; updatedAt: Date }> {
  authorize(actor, "questions.moderate");
  const data = parseInput(moderationSchema, input);
  const answered = hasText(data.answer);
  if (data.intent === "publish" && !answered) throw new ValidationError(INVALID_FORM, { answer: ["Vui lòng viết câu trả lời trước khi đăng"] });
  if (data.intent === "refuse" && !data.refusalReason) throw new ValidationError(INVALID_FORM, { refusalReason: [say.required("lý do không tiếp nhận")] });
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const before = await tx.question.findUnique({ where: { id: data.id }, select: { status: true, publishedAt: true, answeredAt: true, answer: true } });
    if (!before) throw new NotFoundError("Câu hỏi không tồn tại.");
    if (data.intent === "unpublish" && before.status !== "PUBLISHED") throw new ConflictError("Câu hỏi chưa được đăng.");
    if (data.intent === "save" && before.status === "PUBLISHED" && !answered)
      throw new ValidationError(INVALID_FORM, { answer: ["Câu hỏi đã đăng phải có câu trả lời; hãy gỡ câu hỏi trước khi xoá câu trả lời"] });
    if (!(await tx.questionTopic.findUnique({ where: { id: data.topicId }, select: { id: true } }))) throw new NotFoundError("Chủ đề không còn tồn tại.");
    if (data.assigneeId && !(await tx.user.findUnique({ where: { id: data.assigneeId }, select: { id: true } })))
      throw new NotFoundError("Người được phân công không còn tồn tại.");
    const status = nextStatus(data.intent, before.status, { answered, assigned: Boolean(data.assignedUnit || data.assigneeId) });
    const answerChanged = JSON.stringify(before.answer ?? null) !== JSON.stringify(answered ? data.answer : null);
    const { count } = await tx.question.updateMany({
      where: { id: data.id, updatedAt: data.expectedUpdatedAt },
      data: {
        topicId: data.topicId,
        title: data.title,
        text: data.text,
        answer: answered ? bodyToJson(data.answer) : Prisma.DbNull,
        assignedUnit: data.assignedUnit,
        assigneeId: data.assigneeId,
        status,
        refusalReason: status === "REFUSED" ? data.refusalReason : null,
        ...(answered && answerChanged ? { answeredById: actor.id, answeredAt: now } : {}),
        ...(!answered ? { answeredById: null, answeredAt: null } : {}),
        publishedAt: status === "PUBLISHED" ? (before.publishedAt ?? now) : null,
        updatedAt: now,
      },
    });
    if (count !== 1) throw new ConflictError("Câu hỏi vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
    const action =
      data.intent === "publish"
        ? "question.publish"
        : data.intent === "refuse"
          ? "question.refuse"
          : data.intent === "unpublish"
            ? "question.unpublish"
            : "question.update";
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entity: "Question",
      entityId: data.id,
      details: { title: data.title, from: before.status, to: status, ...(status === "REFUSED" ? { reason: data.refusalReason } : {}) },
    });
    return { id: data.id, status, updatedAt: now, wasPublic: before.status === "PUBLISHED" };
  });
  invalidate({ kind: "question", questionId: result.id, public: result.wasPublic || result.status === "PUBLISHED" });
  return { id: result.id, status: result.status, updatedAt: result.updatedAt };
}

const topicSchema = z.object({ id: optionalId(), name: requiredLine("tên chủ đề", 100), position: z.coerce.number().int().min(0).max(10_000).catch(0) });

/** Adds or renames a topic of the questions (admins). */
export async function saveQuestionTopic(actor: Actor | null, input: unknown) {
  authorize(actor, "questions.topics");
  const data = parseInput(topicSchema, input);
  const topic = await db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, slugged.questionTopic, data.name, data.id);
    const saved = data.id
      ? await tx.questionTopic.update({ where: { id: data.id }, data: { name: data.name, slug, position: data.position } })
      : await tx.questionTopic.create({ data: { name: data.name, slug, position: data.position } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.id ? "question_topic.update" : "question_topic.create",
      entity: "QuestionTopic",
      entityId: saved.id,
      details: { name: data.name },
    });
    return saved;
  });
  invalidate({ kind: "questionTopics" });
  return topic;
}

export async function listTopicsForStaff(actor: Actor | null) {
  authorize(actor, "questions.moderate");
  return db.questionTopic.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, position: true, _count: { select: { questions: true } } },
  });
}
