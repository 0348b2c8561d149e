import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { signInPath } from "@/lib/site/routes";
import { auth } from "./auth";
import { SESSION_MAX_AGE_SECONDS } from "./auth.config";
import type { Role } from "./roles";

export type StaffUser = { id: number; email: string; displayName: string; slug: string; role: Role };
export type SessionUser = StaffUser & { mustChangePassword: boolean };

/** Where a user whose password was reset by an admin must go before anything else. */
export const CHANGE_PASSWORD_PATH = "/doi-mat-khau";

/**
 * Whoever holds a valid session, including a user who must still change a password an admin reset.
 * The token alone is not trusted: the account must still be active, its session version unchanged
 * (deactivation, role change, password reset and "sign out everywhere" bump it), this device's
 * session not signed out (EndedSession), and the sign-in no older than SESSION_MAX_AGE_SECONDS, so
 * those take effect on the user's next request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.sid || !Number.isInteger(id) || id <= 0 || !isWithinLifetime(session.signedInAt)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      displayName: true,
      slug: true,
      role: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      endedSessions: { where: { id: session.sid }, select: { id: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion || user.endedSessions.length) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, slug: user.slug, role: user.role, mustChangePassword: user.mustChangePassword };
});

function isWithinLifetime(signedInAt: number | undefined): signedInAt is number {
  return typeof signedInAt === "number" && Date.now() / 1000 - signedInAt < SESSION_MAX_AGE_SECONDS;
}

/**
 * Signs this device's session out on the server: its token is refused from now on, even a copy of
 * it or a response still in flight (a link prefetch) that puts the cookie back. Other devices stay
 * signed in. Ended sessions are kept until their token would have expired, then dropped.
 */
export async function endCurrentSession(): Promise<void> {
  const session = await auth();
  const user = await getSessionUser();
  if (!user || !session?.sid || !session.signedInAt) return;
  const expiresAt = new Date((session.signedInAt + SESSION_MAX_AGE_SECONDS) * 1000);
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.create({ data: { id: session.sid, userId: user.id, expiresAt } }),
  ]);
}

/** Ends every session of the current user, on every device (a new session version). */
export async function endAllSessions(): Promise<void> {
  const user = await getSessionUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * The signed-in staff member allowed to work, or null. A user who must change their password
 * counts as nobody here, so every server action and page refuses them until they have.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, slug: user.slug, role: user.role };
});

/** For staff pages: the current user, or a redirect to the sign-in (or forced password change) page. */
export async function requireStaff(returnTo = "/admin"): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (user) return user;
  redirect(await signInPathFor(returnTo));
}

/** Where a browser without a usable staff session goes: the forced password change, else sign-in and back to `returnTo`. */
export async function signInPathFor(returnTo: string): Promise<string> {
  if ((await getSessionUser())?.mustChangePassword) return CHANGE_PASSWORD_PATH;
  return signInPath(returnTo);
}
