import { db } from "@/lib/db";

/**
 * Sign-in throttling. Within any WINDOW_MS, an account that has failed ACCOUNT_LIMIT times since its
 * last successful sign-in, or an IP address that has failed IP_LIMIT times, is refused until the
 * oldest of those failures leaves the window — even with the right password. Refused attempts are
 * audited but not counted again, so the lock always ends WINDOW_MS after the failures that caused it.
 */
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
export const WINDOW_MS = 15 * 60_000;

export type SignInLock = { locked: false } | { locked: true; retryAfterSeconds: number };

export async function signInLock(email: string, ip: string, now = new Date()): Promise<SignInLock> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [byAccount, byIp] = await Promise.all([
    recentFailures({ email, createdAt: { gt: accountSince } }, ACCOUNT_LIMIT),
    recentFailures({ ip, createdAt: { gt: windowStart } }, IP_LIMIT),
  ]);
  const unlockTimes = [byAccount, byIp].filter((t): t is Date => t !== null).map((t) => t.getTime() + WINDOW_MS);
  if (unlockTimes.length === 0) return { locked: false };
  const unlockAt = Math.max(...unlockTimes);
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000)) };
}

/**
 * With at least `limit` failures matching, the time of the one that keeps the lock on (the
 * limit-th newest): once it leaves the window, fewer than `limit` remain.
 */
async function recentFailures(where: { email?: string; ip?: string; createdAt: { gt: Date } }, limit: number): Promise<Date | null> {
  const rows = await db.signInAttempt.findMany({
    where: { ...where, success: false },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.length >= limit ? rows[limit - 1]!.createdAt : null;
}

export function lockMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

/**
 * The client's address as the reverse proxy in front of the app reports it: X-Real-IP when set (the
 * proxy's own view of the peer), else the first X-Forwarded-For entry (Next.js fills it with the
 * socket's address when absent). Deploy behind a proxy that overwrites these headers; a client
 * reaching the app directly could otherwise choose its IP — the per-account limit still applies.
 */
export function clientIp(headers: Headers): string {
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp) return realIp.slice(0, 64);
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "unknown";
}
