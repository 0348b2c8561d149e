import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { canonicalRedirect } from "@/lib/articles/canonical";
import { authConfig } from "@/lib/people/auth.config";

const { auth } = NextAuth(authConfig);

const requireSignIn = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const signIn = new URL("/dang-nhap", request.nextUrl);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
});

export async function proxy(request: NextRequest, event: unknown) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/tin/")) {
    const target = await canonicalRedirect(pathname);
    if (!target) return NextResponse.next();
    const url = new URL(target, request.nextUrl);
    url.search = request.nextUrl.search;
    return NextResponse.redirect(url, 301);
  }
  return (requireSignIn as unknown as (r: NextRequest, e: unknown) => Promise<Response>)(request, event);
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/tin/:path*"],
};
