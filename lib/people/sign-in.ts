import { AuthError } from "next-auth";
import { db } from "@/lib/db";
import { signIn, signOut } from "./auth";
import { getCurrentUser } from "./session";

export type SignInState = { error: string | null };

export const SIGN_IN_FAILED = "Email hoặc mật khẩu không đúng.";

/** Only local paths may be returned to after signing in (no open redirect). */
export function safeReturnPath(value: unknown, fallback = "/admin"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : fallback;
}

export async function signInWithPassword(formData: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeReturnPath(formData.get("callbackUrl")),
    });
    return { error: null };
  } catch (error) {
    // A successful sign-in "throws" Next's redirect; only authentication failures are answered here.
    if (error instanceof AuthError) return { error: SIGN_IN_FAILED };
    throw error;
  }
}

/**
 * Signing out also retires the token on the server (a new session version): the JWT cookie is
 * re-issued by every authenticated request, so a response still in flight (a link prefetch) could
 * otherwise put a working session cookie back after it was cleared.
 */
export async function signOutToHome(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  await signOut({ redirectTo: "/" });
}
