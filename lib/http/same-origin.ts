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

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}
