import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { normalizeLine } from "@/lib/text/vietnamese";
import { slugged, uniqueSlug } from "@/lib/slugs";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";

export const DEFAULT_ADMIN_EMAIL = "admin@toasoan.vn";
export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = z
  .string()
  .transform((value) => normalizeLine(value).toLowerCase())
  .pipe(z.email("Email không hợp lệ").max(254));

export function passwordSchema(email: string) {
  return z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`)
    .max(200, "Mật khẩu quá dài")
    .refine((password) => password.toLowerCase() !== email.toLowerCase(), "Mật khẩu không được trùng với email");
}

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

export type EnsureAdminResult = { email: string; created: boolean; passwordChanged: boolean; generatedPassword: string | null };

/**
 * Makes sure the admin account exists. With a password given (ADMIN_PASSWORD) the account gets
 * exactly that password; without one, a new account gets a random password, returned once for the
 * caller to print. Nothing ever falls back to a built-in password.
 */
export async function ensureAdminAccount(tx: Tx, input: { email?: string; password?: string; displayName?: string }): Promise<EnsureAdminResult> {
  const email = emailSchema.parse(input.email ?? DEFAULT_ADMIN_EMAIL);
  const wanted = input.password ? passwordSchema(email).parse(input.password.normalize("NFC")) : null;
  const existing = await tx.user.findUnique({ where: { email } });

  if (existing) {
    if (wanted && !(await verifyPassword(existing.passwordHash, wanted))) {
      await tx.user.update({
        where: { id: existing.id },
        data: { passwordHash: await hashPassword(wanted), sessionVersion: { increment: 1 }, active: true, role: "ADMIN" },
      });
      return { email, created: false, passwordChanged: true, generatedPassword: null };
    }
    return { email, created: false, passwordChanged: false, generatedPassword: null };
  }

  const password = wanted ?? generatePassword();
  const displayName = normalizeLine(input.displayName ?? "Quản trị viên");
  await tx.user.create({
    data: {
      email,
      displayName,
      slug: await uniqueSlug(tx, slugged.user, displayName),
      passwordHash: await hashPassword(password),
      role: "ADMIN" satisfies Role,
    },
  });
  return { email, created: true, passwordChanged: false, generatedPassword: wanted ? null : password };
}
