import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { articleRoute } from "@/lib/articles/canonical";
import { documentRoute } from "@/lib/documents/canonical";
import { authConfig } from "@/lib/people/auth.config";
import { findRedirect } from "@/lib/redirects";
import { SCHEDULE_PATH } from "@/lib/schedule/paths";
import { isMissingReaderPage, isMissingSearchPage } from "@/lib/site/missing-pages";
import {
  CONSULTATIONS_PATH,
  DOCUMENTS_PATH,
  isInternalRoute,
  MISSING_PAGE_EDITION,
  MISSING_PAGE_PATH,
  OFFICIALS_DIRECTORY_PATH,
  QUESTIONS_PATH,
  SEARCH_PATH,
  SIGN_IN_PATH,
  STAFF_NO_ACCESS_PATH,
} from "@/lib/site/routes";

const { auth } = NextAuth(authConfig);

const requireSignIn = auth((request) => {
  if (request.auth?.user) {
    // The staff "Không có quyền truy cập" page is a refusal: its status says so (a page cannot set it).
    if (request.nextUrl.pathname === STAFF_NO_ACCESS_PATH) return NextResponse.rewrite(new URL(STAFF_NO_ACCESS_PATH, request.nextUrl), { status: 403 });
    return NextResponse.next();
  }
  const signIn = new URL(SIGN_IN_PATH, request.nextUrl);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
});

function permanentRedirect(request: NextRequest, target: string) {
  const url = new URL(target, request.nextUrl);
  url.search = request.nextUrl.search;
  return NextResponse.redirect(url, 301);
}

/**
 * The site's 404 page, server-rendered, with a 404 status and the address left as the reader typed
 * it. A page that calls notFound() answers 404 too, but Next 16.4 then sends the page body only in
 * the RSC payload (blank without JavaScript: README "Reader URLs"), so addresses known to be missing
 * are answered here before their page renders.
 */
function missingPage(request: NextRequest, status: 400 | 404 = 404) {
  return NextResponse.rewrite(new URL(`${MISSING_PAGE_PATH}/${MISSING_PAGE_EDITION}`, request.nextUrl), { status });
}

/** Staff previewing a draft (draft mode) get the article page whatever the article's status. */
function isPreview(request: NextRequest) {
  return request.cookies.has("__prerender_bypass");
}

const REDIRECTED_PREFIXES = ["/chuyen-muc/", "/lanh-dao/", "/tac-gia/"];

export async function proxy(request: NextRequest, event: unknown) {
  const { pathname } = request.nextUrl;
  // A broken percent-escape ("/chuyen-muc/%E0%A4%A") cannot name a page; Next would fail decoding it (500).
  // The reader gets the site's "not found" page, with 400: the address itself is malformed.
  if (!isDecodable(pathname)) return missingPage(request, 400);
  if (isInternalRoute(pathname)) return missingPage(request);
  if (pathname.startsWith("/tin/")) {
    const route = await articleRoute(pathname);
    if (route.kind === "moved") return permanentRedirect(request, route.to);
    return route.kind === "missing" && !isPreview(request) ? missingPage(request) : NextResponse.next();
  }
  if (REDIRECTED_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    // Old category, official and author paths (slug changed) answer 301 to the current one: lib/redirects.
    const target = await findRedirect(pathname);
    if (target) return permanentRedirect(request, target);
    return (await isMissingReaderPage(pathname, request.nextUrl.searchParams)) ? missingPage(request) : NextResponse.next();
  }
  if (pathname === MISSING_PAGE_PATH) return missingPage(request);
  if (pathname === SEARCH_PATH) return isMissingSearchPage(request.nextUrl.searchParams) ? missingPage(request) : NextResponse.next();
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const gated = await (requireSignIn as unknown as (r: NextRequest, e: unknown) => Promise<Response>)(request, event);
    return withoutSessionRefresh(gated);
  }
  if (pathname === OFFICIALS_DIRECTORY_PATH) return NextResponse.next();
  // The work schedule's weeks, leader filter and feeds: a week that is no Monday is the page's 404.
  if (pathname === SCHEDULE_PATH || pathname.startsWith(`${SCHEDULE_PATH}/`)) return NextResponse.next();
  // "Hỏi đáp" (lib/questions) and "Lấy ý kiến dự thảo" (lib/consultations): an unknown question or
  // draft is the 404 page here; a file or a code that names nothing is answered by its own route.
  if ([QUESTIONS_PATH, CONSULTATIONS_PATH].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)))
    return (await isMissingReaderPage(pathname)) ? missingPage(request) : NextResponse.next();
  // "Văn bản" (lib/documents): a document's address is checked as an article's is.
  if (pathname === DOCUMENTS_PATH) return NextResponse.next();
  if (pathname.startsWith(`${DOCUMENTS_PATH}/`)) {
    const route = await documentRoute(pathname);
    if (route.kind === "moved") return permanentRedirect(request, route.to);
    return route.kind === "missing" ? missingPage(request) : NextResponse.next();
  }
  // An address under no route of the site ("/khong-co", "/tin" alone): the site's 404 page.
  return missingPage(request);
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * next-auth's wrapper re-issues the session cookie on every request it gates. A prefetch of an
 * admin page still in flight when the user signs out would then answer with a fresh cookie and sign
 * them back in. The gate here only reads the cookie (every page checks the session against the
 * database), so its Set-Cookie headers are dropped; a session lasts its maxAge from sign-in.
 */
function withoutSessionRefresh(response: Response): Response {
  if (!response.headers.has("set-cookie")) return response;
  const headers = new Headers();
  response.headers.forEach((value, key) => {
    if (key.toLowerCase() !== "set-cookie") headers.append(key, value);
  });
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// Every address but Next's own files, the API, the sign-in pages and the site's files (feeds,
// sitemaps, robots.txt, the icon, public/): tests/unit/proxy-matcher.test.ts checks this list against
// app/ and public/.
export const config = {
  matcher: [
    "/((?!(?:_next|api|dang-nhap|doi-mat-khau|sitemaps|banners)(?:/|$)|(?:icon\\.svg|robots\\.txt|rss\\.xml|sitemap\\.xml|sitemap-news\\.xml|og-mac-dinh\\.png)$).+)",
  ],
};
