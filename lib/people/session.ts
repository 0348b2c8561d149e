import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./auth";
import type { Role } from "./roles";

export type StaffUser = { id: number; email: string; displayName: string; slug: string; role: Role };

/**
 * The signed-in staff member, or null. The token alone is not trusted: the account must still be
 * active and its session version unchanged (deactivation, role change and password reset bump it),
 * so those take effect on the user's next request.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, displayName: true, slug: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, slug: user.slug, role: user.role };
});

/** For staff pages: the current user, or a redirect to the sign-in page. */
export async function requireStaff(returnTo = "/admin"): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
