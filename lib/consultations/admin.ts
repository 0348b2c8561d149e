import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { ConsultationCommentStatus } from "@/lib/db/generated/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import {
  expectedUpdatedAt,
  idField,
  nullableLine,
  optionalDateTime,
  optionalExpectedUpdatedAt,
  optionalId,
  optionalText,
  requiredLine,
  slugField,
} from "@/lib/forms/fields";
import { fieldMessages as say } from "@/lib/forms/messages";
import { authorize, can, type Actor } from "@/lib/people/policy";
import { assertSlugFree, refuseTakenSlug, slugged, uniqueSlug } from "@/lib/slugs";
import { commentsCsv, commentsXlsx } from "./export";
import { COMMENT_STATES, COMMENT_STATUSES, DRAFT_LIMITS } from "./rules";

/**
 * The staff side of "Lấy ý kiến dự thảo": the drafts, one draft's form, and the moderation of its
 * comments. Every change has its audit row in its transaction and an optimistic version (updatedAt):
 * a second editor saving over a first is refused. Commenters' e-mail and phone are returned only to
 * staff who may see them (consultations.viewPersonal), and each such reading writes an audit row.
 * Files are ./files.ts; the export's formats ./export.ts.
 */
export const STAFF_COMMENTS_PAGE_SIZE = 100;

const CONFLICT = "Dự thảo vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.";

export async function listConsultationsForStaff(actor: Actor | null) {
  authorize(actor, "consultations.manage");
  const [drafts, counts] = await Promise.all([
    db.consultation.findMany({
      orderBy: [{ closesAt: "desc" }, { id: "desc" }],
      select: { id: true, slug: true, title: true, opensAt: true, closesAt: true, publishedAt: true },
    }),
    db.consultationComment.groupBy({ by: ["consultationId", "status"], _count: { _all: true } }),
  ]);
  return drafts.map((draft) => ({ ...draft, comments: countsOf(counts.filter((c) => c.consultationId === draft.id)) }));
}

function countsOf(rows: { status: ConsultationCommentStatus; _count: { _all: number } }[]): Record<ConsultationCommentStatus, number> {
  return Object.fromEntries(COMMENT_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?._count._all ?? 0])) as Record<ConsultationCommentStatus, number>;
}

export type StaffConsultation = NonNullable<Awaited<ReturnType<typeof getConsultationForStaff>>>;

export async function getConsultationForStaff(actor: Actor | null, id: number) {
  authorize(actor, "consultations.manage");
  const draft = await db.consultation.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      draftingBody: true,
      opensAt: true,
      closesAt: true,
      publishedAt: true,
      outcome: true,
      updatedAt: true,
      createdBy: { select: { displayName: true } },
      files: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, fileName: true, mime: true, size: true, createdAt: true } },
    },
  });
  if (!draft) throw new NotFoundError("Dự thảo không tồn tại.");
  const counts = await db.consultationComment.groupBy({ by: ["status"], where: { consultationId: id }, _count: { _all: true } });
  return { ...draft, comments: countsOf(counts) };
}

/** One tab of a draft's comments, oldest first; e-mail and phone only for those who may see them, that reading audited. */
export async function listCommentsForStaff(actor: Actor | null, consultationId: number, status: ConsultationCommentStatus) {
  authorize(actor, "consultations.manage");
  const rows = await db.consultationComment.findMany({
    where: { consultationId, status },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: STAFF_COMMENTS_PAGE_SIZE,
    select: {
      id: true,
      code: true,
      authorName: true,
      organisation: true,
      email: true,
      phone: true,
      section: true,
      text: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      moderatedAt: true,
      moderatedBy: { select: { displayName: true } },
    },
  });
  const showPersonal = can(actor, "consultations.viewPersonal");
  const withContact = rows.filter((r) => r.email || r.phone).map((r) => r.id);
  if (showPersonal && withContact.length) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "consultation_comment.view_personal",
        entity: "Consultation",
        entityId: consultationId,
        details: { commentIds: withContact, fields: ["email", "phone"] },
      }),
    );
  }
  return rows.map(({ email, phone, ...rest }) => ({ ...rest, personal: showPersonal ? { email, phone } : null }));
}

const draftSchema = z
  .object({
    id: optionalId("dự thảo"),
    expectedUpdatedAt: optionalExpectedUpdatedAt,
    // The form's main button sends no intent: it saves.
    intent: z.preprocess(
      (value) => (value === undefined || value === "" ? "save" : value),
      z.enum(["save", "publish", "unpublish"], { error: say.invalid("thao tác") }),
    ),
    title: requiredLine("tên dự thảo", DRAFT_LIMITS.title),
    slug: slugField,
    summary: optionalText("nội dung tóm tắt", DRAFT_LIMITS.summary).refine((value) => value !== "", say.required("nội dung tóm tắt")),
    draftingBody: nullableLine("cơ quan chủ trì soạn thảo", DRAFT_LIMITS.draftingBody),
    opensAt: optionalDateTime("thời gian bắt đầu").refine((value) => value !== null, say.required("thời gian bắt đầu")),
    closesAt: optionalDateTime("thời gian kết thúc").refine((value) => value !== null, say.required("thời gian kết thúc")),
    outcome: optionalText("kết quả tiếp thu, giải trình", DRAFT_LIMITS.outcome).transform((value) => value || null),
  })
  .superRefine((value, context) => {
    if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt)
      context.addIssue({ code: "custom", path: ["closesAt"], message: "Thời gian kết thúc phải sau thời gian bắt đầu" });
    if (value.id && !value.expectedUpdatedAt)
      context.addIssue({ code: "custom", path: ["expectedUpdatedAt"], message: "Thiếu phiên bản dữ liệu, hãy tải lại trang" });
  });

/** Creates or saves a draft and applies its intent (publish shows it on the site, unpublish takes it down). */
export async function saveConsultation(actor: Actor | null, input: unknown): Promise<{ id: number; slug: string; published: boolean }> {
  authorize(actor, "consultations.manage");
  const data = parseInput(draftSchema, input);
  const now = new Date();
  const fields = {
    title: data.title,
    summary: data.summary,
    draftingBody: data.draftingBody,
    opensAt: data.opensAt!,
    closesAt: data.closesAt!,
    outcome: data.outcome,
  };
  const result = await db
    .$transaction(async (tx) => {
      const before = data.id ? await tx.consultation.findUnique({ where: { id: data.id }, select: { publishedAt: true } }) : null;
      if (data.id && !before) throw new NotFoundError("Dự thảo không tồn tại.");
      if (data.intent === "unpublish" && !before?.publishedAt) throw new ConflictError("Dự thảo chưa được đăng.");
      const slug = data.slug
        ? await assertSlugFree(tx, slugged.consultation, data.slug, data.id)
        : await uniqueSlug(tx, slugged.consultation, data.title, data.id);
      const publishedAt = data.intent === "publish" ? (before?.publishedAt ?? now) : data.intent === "unpublish" ? null : (before?.publishedAt ?? null);
      let id: number;
      if (data.id) {
        const { count } = await tx.consultation.updateMany({
          where: { id: data.id, updatedAt: data.expectedUpdatedAt! },
          data: { ...fields, slug, publishedAt, updatedAt: now },
        });
        if (count !== 1) throw new ConflictError(CONFLICT);
        id = data.id;
      } else {
        ({ id } = await tx.consultation.create({
          data: { ...fields, slug, publishedAt, createdById: actor.id, createdAt: now, updatedAt: now },
          select: { id: true },
        }));
      }
      const action =
        data.intent === "publish"
          ? "consultation.publish"
          : data.intent === "unpublish"
            ? "consultation.unpublish"
            : data.id
              ? "consultation.update"
              : "consultation.create";
      await recordAudit(tx, { actorId: actor.id, action, entity: "Consultation", entityId: id, details: { title: data.title, slug } });
      return { id, slug, published: publishedAt !== null, wasPublic: Boolean(before?.publishedAt) };
    })
    .catch(refuseTakenSlug(slugged.consultation, data.slug));
  invalidate({ kind: "consultation", public: result.published || result.wasPublic });
  return { id: result.id, slug: result.slug, published: result.published };
}

const moderationSchema = z.object({
  id: idField("góp ý"),
  expectedUpdatedAt,
  status: z.enum(["NEW", "PUBLISHED", "HIDDEN"], { error: say.invalid("trạng thái") }),
});

/** Publishes a comment on its draft's page, hides it, or puts it back in the queue. A comment is never deleted. */
export async function moderateComment(actor: Actor | null, input: unknown): Promise<{ consultationId: number; status: ConsultationCommentStatus }> {
  authorize(actor, "consultations.manage");
  const data = parseInput(moderationSchema, input);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const before = await tx.consultationComment.findUnique({
      where: { id: data.id },
      select: { status: true, consultationId: true, consultation: { select: { publishedAt: true } } },
    });
    if (!before) throw new NotFoundError("Góp ý không tồn tại.");
    const { count } = await tx.consultationComment.updateMany({
      where: { id: data.id, updatedAt: data.expectedUpdatedAt },
      data: { status: data.status, moderatedById: actor.id, moderatedAt: now, updatedAt: now },
    });
    if (count !== 1) throw new ConflictError("Góp ý vừa được người khác duyệt. Hãy tải lại trang để xem trạng thái mới.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "consultation_comment.moderate",
      entity: "ConsultationComment",
      entityId: data.id,
      details: { from: before.status, to: data.status },
    });
    const shown = before.consultation.publishedAt !== null && (before.status === "PUBLISHED" || data.status === "PUBLISHED");
    return { consultationId: before.consultationId, status: data.status, shown };
  });
  invalidate({ kind: "consultation", public: result.shown });
  return { consultationId: result.consultationId, status: result.status };
}

export type ExportFormat = "csv" | "xlsx";

const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Every comment of a draft, in the order received, as CSV or Excel: the summary staff write up for the
 * drafting body. It carries the senders' contacts, so it needs consultations.viewPersonal and is audited.
 */
export async function exportComments(actor: Actor | null, consultationId: number, format: ExportFormat) {
  authorize(actor, "consultations.viewPersonal");
  const draft = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      title: true,
      slug: true,
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { authorName: true, organisation: true, email: true, phone: true, section: true, text: true, status: true, createdAt: true },
      },
    },
  });
  if (!draft) throw new NotFoundError("Dự thảo không tồn tại.");
  const rows = draft.comments.map((c, index) => ({
    number: index + 1,
    receivedAt: c.createdAt,
    name: c.authorName,
    organisation: c.organisation,
    email: c.email,
    phone: c.phone,
    section: c.section,
    text: c.text,
    status: COMMENT_STATES[c.status],
  }));
  const input = { title: draft.title, rows };
  const data = format === "csv" ? Buffer.from(commentsCsv(input), "utf8") : await commentsXlsx(input);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "consultation.export",
      entity: "Consultation",
      entityId: consultationId,
      details: { format, comments: rows.length },
    }),
  );
  return { data, mime: EXPORT_TYPES[format], fileName: `gop-y-${draft.slug}.${format}` };
}
