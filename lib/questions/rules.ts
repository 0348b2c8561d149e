import { z } from "zod";
import type { QuestionStatus } from "@/lib/db/generated/enums";
import { chosenId, optionalText, requiredLine } from "@/lib/forms/fields";
import { fieldMessages as say } from "@/lib/forms/messages";
import type { ThrottleRule } from "@/lib/public-forms";
import { CONTACT_LIMITS, CONTACT_REQUIRED, emailField, phoneField } from "@/lib/public-forms/contact";

export { contactKey } from "@/lib/public-forms/contact";

/**
 * The rules of "Hỏi đáp": what a reader may send, how much, the tracking code, and the states a
 * sender sees. Every text is NFC (lib/forms/fields.ts) and length-capped; HTML in it is only text.
 */
export const QUESTION_FORM = "question";

/** Per address 10 questions an hour, per e-mail or phone 5: far more than a person asks, far fewer than a bot. */
export const QUESTION_THROTTLE: ThrottleRule = { form: QUESTION_FORM, windowMs: 60 * 60_000, addressLimit: 10, contactLimit: 5 };

/** The same question (same folded text) again within this time is a duplicate. */
export const DUPLICATE_WINDOW_MS = 30 * 24 * 60 * 60_000;

export const LIMITS = { name: 100, ...CONTACT_LIMITS, title: 200, text: 5_000, reason: 1_000, unit: 200 } as const;

export const submissionSchema = z
  .object({
    name: requiredLine("họ tên", LIMITS.name),
    email: emailField,
    phone: phoneField,
    topicId: chosenId("chủ đề"),
    title: requiredLine("tiêu đề câu hỏi", LIMITS.title),
    text: optionalText("nội dung câu hỏi", LIMITS.text).refine((value) => value !== "", say.required("nội dung câu hỏi")),
  })
  .superRefine((value, context) => {
    if (!value.email && !value.phone) context.addIssue({ code: "custom", path: ["email"], message: `${CONTACT_REQUIRED} để nhận trả lời` });
  });

export type Submission = z.output<typeof submissionSchema>;

/** Tracking codes are the public forms' receipt codes (lib/public-forms/code.ts). */
export { CODE_LENGTH, newReceiptCode as newTrackingCode, normaliseReceiptCode as normaliseTrackingCode } from "@/lib/public-forms/code";

/** What the sender sees at the code's page: an answer written but not yet published is still being handled. */
export const PUBLIC_STATES: Record<QuestionStatus, string> = {
  NEW: "Đã tiếp nhận",
  ASSIGNED: "Đang xử lý",
  ANSWERED: "Đang xử lý",
  PUBLISHED: "Đã trả lời",
  REFUSED: "Không tiếp nhận",
};

/** The queue's tabs in the staff area. */
export const STAFF_STATES: Record<QuestionStatus, string> = {
  NEW: "Mới",
  ASSIGNED: "Đã phân công",
  ANSWERED: "Đã trả lời (chưa đăng)",
  PUBLISHED: "Đã đăng",
  REFUSED: "Không tiếp nhận",
};

export const QUESTION_STATUSES = Object.keys(STAFF_STATES) as QuestionStatus[];

export function questionPath(id: number): string {
  return `/hoi-dap/${id}`;
}

export function trackingPath(code: string): string {
  return `/hoi-dap/tra-cuu/${code}`;
}
