import type { NextAuthConfig } from "next-auth";
import { SIGN_IN_PATH } from "@/lib/site/routes";
import type { Role } from "./roles";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; sessionVersion: number };
    /** This device's session: its id and when it was signed in (seconds since the epoch). */
    sid?: string;
    signedInAt?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    sid?: string;
    signedInAt?: number;
  }
}

/** How long a session lasts from sign-in, refreshed or not (lib/people/session.ts enforces it). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The part of the auth setup that needs no database (used by proxy.ts). Who the token belongs to
 * and whether it is still valid is checked against the database in lib/people/session.ts.
 */
export const authConfig = {
  pages: { signIn: SIGN_IN_PATH },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = crypto.randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid ?? "";
      session.user.role = token.role ?? "REPORTER";
      session.user.sessionVersion = token.sv ?? 0;
      session.sid = token.sid;
      session.signedInAt = token.signedInAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
