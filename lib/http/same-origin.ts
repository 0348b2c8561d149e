import { ForbiddenError } from "@/lib/errors";

/**
 * Refuses a cross-site request that changes something (CSRF): a browser names the page that sent a
 * POST, PUT, PATCH or DELETE in Origin, which must be this host. GET and HEAD change nothing. An
 * opaque Origin ("null": a sandboxed frame, a file) or an unreadable one counts as another site.
 */
export function checkSameOrigin(request: Request) {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && hostOf(origin) !== host) throw new ForbiddenError("Yêu cầu từ trang khác bị từ chối.");
}

/**
 * Refuses a GET that changes something (turning on draft mode) when a browser says another site sent
 * it (Sec-Fetch-Site: cross-site): a link on another site must not switch a signed-in staff member's
 * reader pages. A typed address (none) or a link from this site passes; so do non-browser callers.
 */
export function checkNotCrossSite(request: Request) {
  if (request.headers.get("sec-fetch-site") === "cross-site") throw new ForbiddenError("Liên kết xem trước chỉ mở được từ trang quản trị của toà soạn.");
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}
