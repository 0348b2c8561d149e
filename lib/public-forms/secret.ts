import { randomBytes } from "node:crypto";

let fallback: string | null = null;

/**
 * The key the public forms sign with: AUTH_SECRET, the secret next-auth signs sessions with
 * (`npm start` keeps it in $DATA_DIR/auth-secret; production sets it, the same on every instance).
 * Without one (unit tests, a bare `next dev`), a random key for this process: its tokens are refused by
 * any other process, so a form shown by one instance fails on another — never a forgeable default.
 */
export function formSigningSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.AUTH_SECRET?.trim();
  if (secret) return secret;
  fallback ??= randomBytes(32).toString("base64url");
  return fallback;
}
