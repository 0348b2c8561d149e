import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";
import { serialiseOn } from "@/lib/people/rate-limit";

/**
 * Throttling of public forms, with sign-in's guarantees (lib/people/rate-limit.ts): a submission is
 * counted before anything in it is checked, in a transaction serialised per address and per contact
 * (e-mail or phone) through the same advisory-lock helper, so a burst of simultaneous posts gets no
 * more through than the same posts one after another. A refused submission is not counted, so the
 * block ends one window after the submissions that caused it, and the table holds at most `limit`
 * rows per key and window: every counted submission prunes up to PRUNE_BATCH of the form's rows older
 * than its window. Sign-in keeps its own table and lock namespace: a flood here never locks a sign-in.
 */
export type ThrottleRule = {
  /** The form's name ("question"); also its advisory-lock namespace. */
  form: string;
  windowMs: number;
  /** Submissions per address within the window. */
  addressLimit: number;
  /** Submissions per e-mail or phone within the window. */
  contactLimit: number;
};

export const PRUNE_BATCH = 100;
export type ThrottleKeys = { address: string; contact: string | null };

/** Counts one submission, or throws RateLimitError (429, Vietnamese, with Retry-After) while one of its keys is at its limit. */
export async function countSubmission(rule: ThrottleRule, keys: ThrottleKeys, now = new Date()): Promise<void> {
  const names = [`ip:${keys.address}`, ...(keys.contact ? [`contact:${keys.contact}`] : [])];
  const retryAfter = await db.$transaction(async (tx) => {
    await serialiseOn(tx, `form:${rule.form}`, names);
    const windowStart = new Date(now.getTime() - rule.windowMs);
    const keepers: Date[] = [];
    for (const [key, limit] of [[names[0]!, rule.addressLimit], ...(names[1] ? ([[names[1], rule.contactLimit]] as const) : [])] as const) {
      const rows = await tx.publicFormAttempt.findMany({
        where: { form: rule.form, key, createdAt: { gt: windowStart } },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: { createdAt: true },
      });
      if (rows.length >= limit) keepers.push(rows[limit - 1]!.createdAt);
    }
    if (keepers.length) {
      const unlockAt = Math.max(...keepers.map((t) => t.getTime() + rule.windowMs));
      return Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000));
    }
    await tx.publicFormAttempt.createMany({ data: names.map((key) => ({ form: rule.form, key, createdAt: now })) });
    return null;
  });
  if (retryAfter !== null) throw new RateLimitError(throttleMessage(retryAfter), retryAfter);
  await pruneOldSubmissions(rule, now);
}

export function throttleMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút.`;
}

/** Deletes up to PRUNE_BATCH of the form's submissions older than its window, which the throttle never reads again. */
export async function pruneOldSubmissions(rule: ThrottleRule, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - rule.windowMs);
  return db.$executeRaw`
    DELETE FROM "PublicFormAttempt" WHERE "id" IN (
      SELECT "id" FROM "PublicFormAttempt" WHERE "form" = ${rule.form} AND "createdAt" < ${cutoff}::timestamp ORDER BY "createdAt" LIMIT ${PRUNE_BATCH}
    )`;
}
