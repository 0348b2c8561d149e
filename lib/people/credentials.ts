import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { normalizeText } from "@/lib/text/vietnamese";
import { burnPasswordCheck, verifyPassword } from "./password";
import { auditFailedAttempt, beginAttempt, markAttemptSucceeded } from "./rate-limit";
import type { Role } from "./roles";

export const signInSchema = z.object({
  email: z
    .string()
    .transform((value) => normalizeText(value).toLowerCase())
    .pipe(z.email().max(254)),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: number; email: string; displayName: string; role: Role; sessionVersion: number };

/**
 * Checks an e-mail and password from the given IP address. Returns null for every kind of failure,
 * never saying which part was wrong. While the account or the address is locked (lib/people/rate-limit.ts)
 * even the right password is refused. Every attempt is recorded; failures are audited in bounded rows
 * (auditFailedAttempt).
 */
export async function authenticate(input: unknown, ip = "unknown"): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  // Counted before the password is checked (as a failure until it succeeds): see beginAttempt.
  const attempt = await beginAttempt(email, ip);
  // Not audited: the row of the failure that locked the account or the address says until when.
  if (attempt.locked) return null;

  const user = await db.user.findUnique({ where: { email } });
  let ok = false;
  if (!user || !user.active) await burnPasswordCheck(password);
  else ok = await verifyPassword(user.passwordHash, password);

  await db.$transaction(async (tx) => {
    if (!ok) return auditFailedAttempt(tx, attempt, { email, ip, userId: user?.id ?? null });
    await markAttemptSucceeded(tx, attempt.attemptId);
    await recordAudit(tx, { actorId: user!.id, action: "auth.sign_in", entity: "User", entityId: user!.id, details: { ip } });
  });
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}
