import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./auth";
import type { Role } from "./roles";

export type StaffUser = { id: number; email: string; displayName: string; slug: string; role: Role };
export type SessionUser = StaffUser & { mustChangePassword: boolean };

/** Where a user whose password was reset by an admin must go before anything else. */
export const CHANGE_PASSWORD_PATH = "/doi-mat-khau";

/**
 * Whoever holds a valid session, including a user who must still change a password an admin reset.
 * The token alone is not trusted: the account must still be active and its session version
 * unchanged (deactivation, role change and password reset bump it), so those take effect on the
 * user's next request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, displayName: true, slug: true, role: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, slug: user.slug, role: user.role, mustChangePassword: user.mustChangePassword };
});

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
  if ((await getSessionUser())?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
}
