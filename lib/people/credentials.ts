import { z } from "zod";
import { db } from "@/lib/db";
import { normalizeText } from "@/lib/text/vietnamese";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { Role } from "./roles";

export const signInSchema = z.object({
  email: z.string().transform((value) => normalizeText(value).toLowerCase()).pipe(z.email().max(254)),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: number; email: string; displayName: string; role: Role; sessionVersion: number };

/** Checks an e-mail and password. Returns null for every kind of failure, never saying which part was wrong. */
export async function authenticate(input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}
