import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/http/client-address";
import { authConfig } from "./auth.config";
import { authenticate } from "./credentials";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const user = await authenticate(credentials, clientAddress(request.headers));
        if (!user) return null;
        return {
          id: String(user.id),
          email: user.email,
          name: user.displayName,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
});
