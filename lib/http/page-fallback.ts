import { MISSING_PAGE_PATH, signInPath, STAFF_NO_ACCESS_PATH } from "@/lib/site/routes";

/**
 * Whether a request is a browser loading a page (a link opened in a tab, an address typed), as
 * opposed to a script's fetch: Sec-Fetch-Dest where the browser sends it, else an Accept that asks
 * for HTML. Playwright's and curl's requests (Accept: * / *) are API callers.
 */
export function wantsPage(request: Request): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  if (destination) return destination === "document" || destination === "iframe";
  return /\btext\/html\b/.test(request.headers.get("accept") ?? "");
}

/**
 * What a browser gets instead of a JSON refusal from a route it opened as a page: signed out, the
 * sign-in page (then back to the same address), or wherever `signInPage` says (lib/people/session.ts's
 * `signInPathFor` sends a user who must change a reset password there first); refused, the staff "Không có quyền truy cập" page
 * (403, from proxy.ts); nothing there, the site's 404 page. Any other response, success included, and
 * every response to an API caller, is returned as it is.
 */
export async function pageInsteadOfRefusal(
  request: Request,
  response: Response,
  signInPage: (returnTo: string) => string | Promise<string> = signInPath,
): Promise<Response> {
  if (!wantsPage(request)) return response;
  const url = new URL(request.url);
  switch (response.status) {
    case 401:
      return seeOther(await signInPage(url.pathname + url.search));
    case 403:
      return seeOther(STAFF_NO_ACCESS_PATH);
    case 404:
    case 422:
      return seeOther(MISSING_PAGE_PATH);
    default:
      return response;
  }
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
