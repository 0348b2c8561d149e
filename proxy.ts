import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { canonicalRedirect } from "@/lib/articles/canonical";
import { authConfig } from "@/lib/people/auth.config";
import { findRedirect } from "@/lib/redirects";

const { auth } = NextAuth(authConfig);

const requireSignIn = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const signIn = new URL("/dang-nhap", request.nextUrl);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
});

function permanentRedirect(request: NextRequest, target: string) {
  const url = new URL(target, request.nextUrl);
  url.search = request.nextUrl.search;
  return NextResponse.redirect(url, 301);
}

export async function proxy(request: NextRequest, event: unknown) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/tin/")) {
    const target = await canonicalRedirect(pathname);
    return target ? permanentRedirect(request, target) : NextResponse.next();
  }
  if (pathname.startsWith("/chuyen-muc/")) {
    // Old category paths (slug changed) answer 301 to the current one: lib/redirects.
    const target = await findRedirect(pathname);
    return target ? permanentRedirect(request, target) : NextResponse.next();
  }
  return (requireSignIn as unknown as (r: NextRequest, e: unknown) => Promise<Response>)(request, event);
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/tin/:path*", "/chuyen-muc/:path*"],
};
