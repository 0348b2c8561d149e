import { createHmac, timingSafeEqual } from "node:crypto";
import { formSigningSecret } from "./secret";

/**
 * The form-issued time token: when the form was shown, signed (HMAC-SHA-256 with the AUTH secret) for
 * one form, so that a submission can prove a person had it open for a while. A bot that posts at once,
 * or posts a token made up or taken from another form, is refused; so is a token older than MAX_AGE_MS
 * (the re-rendered form carries a fresh one).
 */
export const TIME_TOKEN_FIELD = "formToken";
/** The least time between showing a form and sending it: nobody types a question faster. */
export const MIN_FILL_MS = 3_000;
export const MAX_AGE_MS = 24 * 60 * 60_000;

export function issueTimeToken(form: string, now = new Date()): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${sign(form, issuedAt)}`;
}

export type TimeTokenCheck = { ok: true } | { ok: false; reason: "missing" | "forged" | "too-fast" | "expired" };

export function checkTimeToken(form: string, token: unknown, now = new Date(), minFillMs = MIN_FILL_MS): TimeTokenCheck {
  if (typeof token !== "string" || !token) return { ok: false, reason: "missing" };
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "forged" };
  const expected = Buffer.from(sign(form, match[1]!));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "forged" };
  const age = now.getTime() - Number(match[1]);
  if (age > MAX_AGE_MS) return { ok: false, reason: "expired" };
  // A token from the future (clock skew between instances) counts as just issued.
  if (age < minFillMs) return { ok: false, reason: "too-fast" };
  return { ok: true };
}

function sign(form: string, issuedAt: string): string {
  return createHmac("sha256", formSigningSecret()).update(`toasoan:form-time:${form}:${issuedAt}`).digest("base64url");
}
