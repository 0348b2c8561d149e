import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { safeReturnPath } from "@/lib/http/return-path";
import { signInSchema } from "./credentials";
import { signIn, signOut } from "./auth";
import { lockMessage, signInLock } from "./rate-limit";
import { endAllSessions, endCurrentSession } from "./session";

export type SignInState = { error: string | null };

export const SIGN_IN_FAILED = "Email hoặc mật khẩu không đúng.";

export async function signInWithPassword(formData: FormData): Promise<SignInState> {
  // The action can be posted any decodable arguments, not only the form: anything else signs nobody in.
  if (!(formData instanceof FormData)) formData = new FormData();
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeReturnPath(formData.get("callbackUrl")),
    });
    return { error: null };
  } catch (error) {
    // A successful sign-in "throws" Next's redirect; only authentication failures are answered here.
    if (error instanceof AuthError) return { error: await failureMessage(formData) };
    throw error;
  }
}

/** Generic, except that a throttled account or address is told to wait (lib/people/rate-limit.ts). */
async function failureMessage(formData: FormData): Promise<string> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return SIGN_IN_FAILED;
  const lock = await signInLock(parsed.data.email, clientAddress(await headers()));
  return lock.locked ? lockMessage(lock.retryAfterSeconds) : SIGN_IN_FAILED;
}

/** Signs the current browser in again after a password change ended its older sessions. */
export async function signInAgain(email: string, password: string, redirectTo: string): Promise<void> {
  await signIn("credentials", { email, password, redirectTo });
}

/** Signs this device out (its session is ended on the server too), then goes to the home page. */
export async function signOutToHome(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/" });
}

/** Ends the user's sessions on every device, this one included, then goes to the sign-in page. */
export async function signOutEverywhere(): Promise<void> {
  await endAllSessions();
  await signOut({ redirectTo: "/dang-nhap" });
}
