import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/log";
import { db, type Tx } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";

/**
 * Sign-in throttling. Within any WINDOW_MS, an account that has failed ACCOUNT_LIMIT times since its
 * last successful sign-in, or an IP address that has failed IP_LIMIT times, is refused until the
 * oldest of those failures leaves the window — even with the right password. Refused attempts are not
 * counted again, so the lock always ends WINDOW_MS after the failures that caused it.
 * An attempt is counted (beginAttempt) before its password is checked, so a burst of simultaneous
 * requests gets no more password checks than the same requests one after another.
 */
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
export const WINDOW_MS = 15 * 60_000;

export type SignInLock = { locked: false } | { locked: true; retryAfterSeconds: number };

/** The failures that count in the window, newest first: of the account (since its last success) and of the address, at most their limit. */
type WindowFailures = { account: Date[]; address: Date[] };

export async function signInLock(email: string, ip: string, now = new Date(), client: Tx = db): Promise<SignInLock> {
  return lockOf(await failuresInWindow(client, email, ip, now), now);
}

async function failuresInWindow(client: Tx, email: string, ip: string, now: Date): Promise<WindowFailures> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = await client.signInAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [account, address] = await Promise.all([
    recentFailures(client, { email, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } }, ACCOUNT_LIMIT),
    recentFailures(client, { ip, createdAt: { gt: windowStart } }, IP_LIMIT),
  ]);
  return { account, address };
}

async function recentFailures(client: Tx, where: { email?: string; ip?: string; createdAt: { gt: Date } }, limit: number): Promise<Date[]> {
  const rows = await client.signInAttempt.findMany({
    where: { ...where, success: false },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/**
 * Locked while the account or the address has its limit of failures in the window, until the failure
 * that keeps the lock on (the limit-th newest) leaves it: then fewer than the limit remain.
 */
function lockOf(failures: WindowFailures, now: Date): SignInLock {
  const keepers = [failures.account[ACCOUNT_LIMIT - 1], failures.address[IP_LIMIT - 1]].filter((t): t is Date => t !== undefined);
  if (keepers.length === 0) return { locked: false };
  const unlockAt = Math.max(...keepers.map((t) => t.getTime() + WINDOW_MS));
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000)) };
}

/** An attempt that may go on, with how many failures of its account and address the window held before it. */
export type BegunAttempt = { locked: false; attemptId: number; earlierFailures: { account: number; address: number } };

/**
 * Checks the lock and, when the attempt may go on, records it at once as a failure (markAttemptSucceeded
 * turns it into a success), in one transaction serialised per account and per address. Without the
 * serialisation every request of a burst would pass the check while the others are still hashing.
 */
export async function beginAttempt(email: string, ip: string): Promise<{ locked: true; retryAfterSeconds: number } | BegunAttempt> {
  const begun = await db.$transaction(async (tx): Promise<{ locked: true; retryAfterSeconds: number } | BegunAttempt> => {
    await serialiseOn(tx, "sign-in", [`email:${email}`, `ip:${ip}`]);
    const now = new Date();
    const failures = await failuresInWindow(tx, email, ip, now);
    const lock = lockOf(failures, now);
    if (lock.locked) return lock;
    const attempt = await tx.signInAttempt.create({ data: { email, ip, success: false }, select: { id: true } });
    return { locked: false, attemptId: attempt.id, earlierFailures: { account: failures.account.length, address: failures.address.length } };
  });
  await pruneOldAttempts();
  return begun;
}

/** The most rows one attempt deletes: far more than the one it adds, so old rows never pile up. */
export const PRUNE_BATCH = 100;

/**
 * Deletes up to PRUNE_BATCH attempts older than the window, which the throttle never reads again (the
 * audit log keeps the history). Every attempt runs it, so a flood of guesses, even at accounts that do
 * not exist, clears its own old rows: the table holds about one window of attempts.
 */
export async function pruneOldAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - WINDOW_MS);
  return db.$executeRaw`
    DELETE FROM "SignInAttempt" WHERE "id" IN (
      SELECT "id" FROM "SignInAttempt" WHERE "createdAt" < ${cutoff}::timestamp ORDER BY "createdAt" LIMIT ${PRUNE_BATCH}
    )`;
}

/**
 * Serialises the rest of the transaction with every other one that names any of the same keys (an
 * account, an address) in the same namespace: transaction-scoped advisory locks, taken in a fixed order
 * (by key), so two transactions never wait for each other's second lock. Sign-in uses the namespace
 * "sign-in"; the public forms (lib/public-forms/throttle.ts) their own, so neither delays the other.
 */
export async function serialiseOn(tx: Tx, namespace: string, names: string[]): Promise<void> {
  const keys = [...new Set(names)].map((name) => advisoryKey(namespace, name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key})`;
}

/** A signed 64-bit advisory-lock key for one account or address of a namespace. */
function advisoryKey(namespace: string, name: string): bigint {
  return createHash("sha256").update(`toasoan:${namespace}:${name}`).digest().readBigInt64BE(0);
}

/**
 * Audits a failed attempt, in a bounded number of rows whatever a bot sends: the first failure of the
 * account in the window, and the failures that lock the account or the address (their rows say for how
 * long). The other failures, at most ACCOUNT_LIMIT - 2 per account and IP_LIMIT per address in a window,
 * and the attempts refused while locked, are not audited.
 */
export async function auditFailedAttempt(tx: Tx, attempt: BegunAttempt, who: { email: string; ip: string; userId: number | null }): Promise<void> {
  const accountFailures = attempt.earlierFailures.account + 1;
  const addressFailures = attempt.earlierFailures.address + 1;
  const details = { ip: who.ip, email: who.email };
  const account = { actorId: null, entity: "User", entityId: who.userId ?? who.email };
  const lockedFor = { lockedMinutes: WINDOW_MS / 60_000 };
  if (accountFailures === 1) await recordAudit(tx, { ...account, action: "auth.sign_in_failed", details });
  if (accountFailures === ACCOUNT_LIMIT)
    await recordAudit(tx, { ...account, action: "auth.sign_in_locked", details: { ...details, failures: ACCOUNT_LIMIT, ...lockedFor } });
  if (addressFailures === IP_LIMIT) {
    await recordAudit(tx, {
      actorId: null,
      entity: "IP",
      entityId: who.ip,
      action: "auth.sign_in_address_locked",
      details: { ...details, failures: IP_LIMIT, ...lockedFor },
    });
  }
}

/** Marks an attempt begun by beginAttempt as successful (it was counted as a failure until now). */
export async function markAttemptSucceeded(tx: Tx, attemptId: number): Promise<void> {
  await tx.signInAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/**
 * Checks a password outside the sign-in form (the current password on the password form) under the
 * same throttle: a wrong one counts as a failed sign-in of the account, and while the account or the
 * address is locked the password is not checked at all (429 with the lock message). Otherwise a
 * session left open would be a way to guess the password and keep the account.
 */
export async function verifyThrottled(who: { email: string; ip: string; userId: number }, verify: () => Promise<boolean>): Promise<boolean> {
  const attempt = await beginAttempt(who.email, who.ip);
  if (attempt.locked) throw new RateLimitError(lockMessage(attempt.retryAfterSeconds), attempt.retryAfterSeconds);
  const ok = await verify();
  await db.$transaction((tx) => (ok ? markAttemptSucceeded(tx, attempt.attemptId) : auditFailedAttempt(tx, attempt, who)));
  return ok;
}

export function lockMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}
