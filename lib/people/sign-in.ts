import { AuthError } from "next-auth";
import { signIn, signOut } from "./auth";

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

export async function signOutToHome(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
