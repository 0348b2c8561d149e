import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { QuestionStatus } from "@/lib/db/generated/enums";
import { chosenId, optionalLine, optionalText, requiredLine } from "@/lib/forms/fields";
import { fieldMessages as say } from "@/lib/forms/messages";
import type { ThrottleRule } from "@/lib/public-forms";

/**
 * The rules of "Hỏi đáp": what a reader may send, how much, the tracking code, and the states a
 * sender sees. Every text is NFC (lib/forms/fields.ts) and length-capped; HTML in it is only text.
 */
export const QUESTION_FORM = "question";

/** Per address 10 questions an hour, per e-mail or phone 5: far more than a person asks, far fewer than a bot. */
export const QUESTION_THROTTLE: ThrottleRule = { form: QUESTION_FORM, windowMs: 60 * 60_000, addressLimit: 10, contactLimit: 5 };

/** The same question (same folded text) again within this time is a duplicate. */
export const DUPLICATE_WINDOW_MS = 30 * 24 * 60 * 60_000;

export const LIMITS = { name: 100, email: 200, phone: 20, title: 200, text: 5_000, reason: 1_000, unit: 200 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Vietnamese numbers as people write them: +84 or 0, then 8–10 digits, spaces, dots and dashes allowed. */
const PHONE = /^(\+84|0)\d{8,10}$/;

export const submissionSchema = z
  .object({
    name: requiredLine("họ tên", LIMITS.name),
    email: optionalLine("e-mail", LIMITS.email)
      .transform((value) => value.toLowerCase())
      .refine((value) => value === "" || EMAIL.test(value), say.invalid("e-mail")),
    phone: optionalLine("số điện thoại", LIMITS.phone)
      .transform((value) => value.replace(/[\s.-]/g, ""))
      .refine((value) => value === "" || PHONE.test(value), say.invalid("số điện thoại")),
    topicId: chosenId("chủ đề"),
    title: requiredLine("tiêu đề câu hỏi", LIMITS.title),
    text: optionalText("nội dung câu hỏi", LIMITS.text).refine((value) => value !== "", say.required("nội dung câu hỏi")),
  })
  .superRefine((value, context) => {
    if (!value.email && !value.phone) context.addIssue({ code: "custom", path: ["email"], message: "Vui lòng nhập e-mail hoặc số điện thoại để nhận trả lời" });
  });

export type Submission = z.output<typeof submissionSchema>;

/** The contact the throttle counts by: the e-mail, else the phone, as written once normalised. */
export function contactKey(values: Record<string, unknown>): string | null {
  const email = typeof values.email === "string" ? values.email.normalize("NFC").trim().toLowerCase() : "";
  const phone = typeof values.phone === "string" ? values.phone.replace(/[\s.-]/g, "") : "";
  return (email || phone).slice(0, 200) || null;
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 10;

/** A tracking code: 10 random base32 characters (50 bits), unguessable and short enough to type. */
export function newTrackingCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  return [...bytes].map((byte) => ALPHABET[byte & 31]).join("");
}

/** A typed code as stored: upper case, without spaces or dashes, look-alike letters read as digits; null when it cannot be one. */
export function normaliseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

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
