import { z } from "zod";
import type { ConsultationCommentStatus } from "@/lib/db/generated/enums";
import { optionalLine, optionalText, requiredLine } from "@/lib/forms/fields";
import { fieldMessages as say } from "@/lib/forms/messages";
import type { ThrottleRule } from "@/lib/public-forms";
import { CONTACT_LIMITS, CONTACT_REQUIRED, emailField, phoneField } from "@/lib/public-forms/contact";
import { CONSULTATIONS_PATH } from "@/lib/site/routes";

/**
 * The rules of "Lấy ý kiến dự thảo": when a draft takes comments, what a reader may send and how
 * much, and the states of a comment. Every text is NFC (lib/forms/fields.ts) and length-capped; HTML
 * in it is only text.
 */
export { CONSULTATIONS_PATH };
export const COMMENT_FORM = "consultation-comment";

/** Per address 10 comments an hour, per e-mail or phone 5: enough for a person commenting clause by clause. */
export const COMMENT_THROTTLE: ThrottleRule = { form: COMMENT_FORM, windowMs: 60 * 60_000, addressLimit: 10, contactLimit: 5 };

/** The same comment (same folded text) on the same draft within this time is a duplicate. */
export const DUPLICATE_WINDOW_MS = 30 * 24 * 60 * 60_000;

export const LIMITS = { name: 100, organisation: 200, ...CONTACT_LIMITS, section: 200, text: 10_000 } as const;
export const DRAFT_LIMITS = { title: 300, summary: 5_000, draftingBody: 200, outcome: 20_000 } as const;

/** Where a draft stands for readers, derived from its dates as of now: never stored. */
export type ConsultationPhase = "upcoming" | "open" | "closed";

export function phaseOf(draft: { opensAt: Date; closesAt: Date }, now = new Date()): ConsultationPhase {
  if (now < draft.opensAt) return "upcoming";
  return now < draft.closesAt ? "open" : "closed";
}

export const PHASE_LABELS: Record<ConsultationPhase, string> = {
  upcoming: "Sắp lấy ý kiến",
  open: "Đang lấy ý kiến",
  closed: "Đã kết thúc lấy ý kiến",
};

export const CLOSED_MESSAGE = "Đã hết thời gian lấy ý kiến đối với dự thảo này. Góp ý gửi sau thời hạn không được tiếp nhận.";
export const NOT_YET_OPEN_MESSAGE = "Dự thảo này chưa đến thời gian lấy ý kiến.";

export const commentSchema = z
  .object({
    name: requiredLine("họ tên", LIMITS.name),
    organisation: optionalLine("cơ quan, đơn vị", LIMITS.organisation),
    email: emailField,
    phone: phoneField,
    section: optionalLine("điều, khoản góp ý", LIMITS.section),
    text: optionalText("nội dung góp ý", LIMITS.text).refine((value) => value !== "", say.required("nội dung góp ý")),
  })
  .superRefine((value, context) => {
    if (!value.email && !value.phone) context.addIssue({ code: "custom", path: ["email"], message: CONTACT_REQUIRED });
  });

export type CommentInput = z.output<typeof commentSchema>;

export const COMMENT_STATES: Record<ConsultationCommentStatus, string> = {
  NEW: "Chờ duyệt",
  PUBLISHED: "Đã công khai",
  HIDDEN: "Không công khai",
};

/** What the sender sees at their receipt: a comment is received whether or not it is ever published. */
export const RECEIPT_STATES: Record<ConsultationCommentStatus, string> = {
  NEW: "Đã tiếp nhận",
  PUBLISHED: "Đã tiếp nhận và công khai",
  HIDDEN: "Đã tiếp nhận",
};

export const COMMENT_STATUSES = Object.keys(COMMENT_STATES) as ConsultationCommentStatus[];

export function consultationPath(slug: string): string {
  return `${CONSULTATIONS_PATH}/${slug}`;
}

export function commentFormPath(slug: string): string {
  return `${CONSULTATIONS_PATH}/${slug}/gop-y`;
}

export function receiptPath(slug: string, code: string): string {
  return `${commentFormPath(slug)}?ma=${code}`;
}

/** A stored file's address: under its draft, with the original name for the reader's eyes (the id decides). */
export function filePath(slug: string, fileId: number): string {
  return `${CONSULTATIONS_PATH}/${slug}/tep/${fileId}`;
}
