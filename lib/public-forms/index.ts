import { ValidationError } from "@/lib/errors";
import { honeypotFilled } from "./honeypot";
import { countSubmission, type ThrottleKeys, type ThrottleRule } from "./throttle";
import { checkTimeToken, TIME_TOKEN_FIELD } from "./time-token";

/**
 * The protections of a public form (no third-party captcha), in the order they run: the throttle counts
 * the submission first (lib/public-forms/throttle.ts), then the honeypot, the form's fields and the
 * signed time token are checked. Duplicates (./duplicate.ts) are the form's own rule, after these. A later public
 * form (comments on draft documents) calls the same function with its own rule.
 */
export { HONEYPOT_FIELD } from "./honeypot";
export { issueTimeToken, TIME_TOKEN_FIELD, MIN_FILL_MS } from "./time-token";
export { contentHash } from "./duplicate";
export type { ThrottleRule } from "./throttle";

const TOKEN_MESSAGES = {
  missing: "Biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
  forged: "Biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
  "too-fast": "Bạn gửi quá nhanh sau khi mở trang. Vui lòng kiểm tra lại nội dung rồi bấm gửi lần nữa.",
  expired: "Biểu mẫu đã mở quá lâu. Vui lòng gửi lại.",
} as const;

export const BOT_MESSAGE = "Không gửi được biểu mẫu. Nếu bạn không phải máy, hãy để trống các trường ẩn rồi gửi lại.";

/**
 * Runs the protections around the form's own field check (`validate`, which throws a ValidationError
 * naming the fields): the throttle and the honeypot before it, the time token after it, so that a
 * person who sends an empty form at once is told which fields to fill in rather than to wait.
 */
export async function guardPublicForm<T>(
  rule: ThrottleRule,
  values: Record<string, unknown>,
  keys: ThrottleKeys,
  validate: () => T,
  { now = new Date(), minFillMs }: { now?: Date; minFillMs?: number } = {},
): Promise<T> {
  await countSubmission(rule, keys, now);
  if (honeypotFilled(values)) throw new ValidationError(BOT_MESSAGE, { _: [BOT_MESSAGE] });
  const valid = validate();
  const token = checkTimeToken(rule.form, values[TIME_TOKEN_FIELD], now, minFillMs);
  if (!token.ok) throw new ValidationError(TOKEN_MESSAGES[token.reason], { _: [TOKEN_MESSAGES[token.reason]] });
  return valid;
}
