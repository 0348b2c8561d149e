import { optionalLine } from "@/lib/forms/fields";
import { fieldMessages as say } from "@/lib/forms/messages";

/**
 * How a reader of a public form leaves a way to be reached (a question's answer, a comment's follow-up):
 * an e-mail or a Vietnamese phone number, normalised as stored, and the key the throttle counts by.
 */
export const CONTACT_LIMITS = { email: 200, phone: 20 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Vietnamese numbers as people write them: +84 or 0, then 8–10 digits, spaces, dots and dashes allowed. */
const PHONE = /^(\+84|0)\d{8,10}$/;

export const emailField = optionalLine("e-mail", CONTACT_LIMITS.email)
  .transform((value) => value.toLowerCase())
  .refine((value) => value === "" || EMAIL.test(value), say.invalid("e-mail"));

export const phoneField = optionalLine("số điện thoại", CONTACT_LIMITS.phone)
  .transform((value) => value.replace(/[\s.-]/g, ""))
  .refine((value) => value === "" || PHONE.test(value), say.invalid("số điện thoại"));

export const CONTACT_REQUIRED = "Vui lòng nhập e-mail hoặc số điện thoại";

/** The contact the throttle counts by: the e-mail, else the phone, as written once normalised. */
export function contactKey(values: Record<string, unknown>): string | null {
  const email = typeof values.email === "string" ? values.email.normalize("NFC").trim().toLowerCase() : "";
  const phone = typeof values.phone === "string" ? values.phone.replace(/[\s.-]/g, "") : "";
  return (email || phone).slice(0, 200) || null;
}
